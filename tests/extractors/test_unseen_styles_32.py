"""Accuracy on a thirty-second set of requests written by others (issue 8): ONE ORDINARY
WEEK OF A SMALL THAI AGENCY'S INBOX (a เทศบาลตำบล / อบต.), typed text only: an elder's
one-line phone mail in Thai digits, a young person's emoji and English, a reply to the
agency's auto-acknowledgement, a request in the Subject, forwards from a relative's
mailbox, letters with the values in prose (plain, HTML, Word, PDF), Outlook on the web's
divs, Gmail signatures with an office address and a second phone, a phone's notes
exported to PDF, a sign-tax sheet; dates, phones, IDs and addresses in the ways a clerk
meets them in a week.

unseen_requests_32.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 30's test and builder with the helpers it imports, and the
earlier sets' docstrings and style names). Its conventions (the applicant's own mobile,
home address and mailbox; a two-digit Buddhist year read as the plausible one; the
subject only where the request names its work in the Subject) are in its docstring.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_32 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=52, styles=26, fields=370)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
