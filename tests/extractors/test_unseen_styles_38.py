"""Accuracy on a thirty-eighth set of requests written by others (issue 8): HOW THAI TEXT
REALLY ARRIVES WHEN PEOPLE TYPE IT ON PHONES AND OLD PCS: labels with the typos Thais
really type (ชือ-สกุน, นามสกุน, เบอ, เบอโทร, เบอร์โท, ทีอยู่, ที่อยุ่, อีเมล์, เมล,
เลขบัตรประชาชาชน, เลขปชช., บัตรปชช, วันเกิก, ว/ด/ป เกิด, จ./อ./ต./ม.); sara am as nikhahit +
sara aa (plain, HTML entities, Word, a converter's PDF), tone marks before their vowel and
doubled, zero-width spaces between Thai words, no-break spaces, soft hyphens, full-width
digits and colons, Thai digits mixed with Arabic in one number; phones with spaces, dots
and a landline after a slash; an ID in groups or with a group one digit short; a title
typed with a space and doubled spaces in the name; emoji between fields; a name typed with
the keyboard in English; chat-style run-on messages. Plain and HTML bodies, a Word file and
a text PDF.

unseen_requests_38.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 35 and 37, the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: a clerk
keeps clean Unicode (ำ composed, tone after vowel, no zero-width or no-break spaces or soft
hyphens, one space between the titled given name and the family name, Arabic digits); the
short ID is no ID (none or a flag is right); the Latin-gibberish name is no name unless
the mail signs with the real one; of a mobile and a landline after a slash, the mobile.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_38 import KIND, build_set

# First sight: (to be filled from the first run)
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=46, styles=23, fields=360)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
