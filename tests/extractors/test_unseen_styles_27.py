"""Accuracy on a twenty-seventh set of requests written by others (issue 8): typed text
only (mail bodies, HTML bodies, Word, PDF text layers, sheets), in shapes sets 1-26 do
not hold (a phone-typed request in one line with spaces only, nicknames in brackets, IDs
in spaced groups or with the check digit apart, phones with the country code in brackets,
condo rooms and village estates in addresses, an older person's letter sent by a
grandchild, Thai and English mixed by a younger writer, the ID only in the Subject, a form
typed twice and corrected, a web-mail signature with a colleague's phone, <dl> pairs, two
attachments of which one is the form, a Google Forms CSV whose phone lost its zero).

unseen_requests_27.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 24's test and builder, the file makers of sets 5, 11, 13 and
17 and the earlier sets' style names). Conventions written down there: the applicant is
the person whose details the form holds, the phone the applicant's own, a nickname not
part of the name, the second of two forms in one mail the right one. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_27 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_27.py -s -p
# no:randomly, at 8a5fe6d on main's ed8eba4), 20 styles, 40 requests, as first run:
# 313/316 right (0.991), 2 wrong flagged, 1 wrong without a flag (0.316%), 0 missing;
# outcomes 4/4. By kind (right/fields; flagged, silent, missing): plain 155/158 (2, 1, 0),
# HTML 62/62, Word 32/32, PDF 32/32, sheet 32/32. One builder slip was mended after that
# run: by the builder's own convention (the address with or without the province as
# typed) the Bangkok condo's address ending "กทม. 10310" was right, but the expectation
# held only "กรุงเทพมหานคร"/"จ.กรุงเทพมหานคร" forms (both address misses: the one-line
# phone request's, flagged, and the condo's, silent). Measured again with the readers
# unchanged: 315/316 right (0.997), 1 wrong flagged, 0 wrong without a flag (0.000%), 0
# missing; by kind plain 157/158 (1, 0, 0), HTML 62/62, Word 32/32, PDF 32/32, sheet
# 32/32. Per style (right/fields): every style 16/16 (the elder's letters 14/14) but the
# form typed twice in one mail, 15/16: where the second copy corrects a phone digit the
# first copy's phone is taken (flagged); where it corrects an ID whose check digit failed
# the second is taken. Right but flagged (a clerk asked to look): the one-line phone
# request 16/16, both elder's letters 14/14 each, the two-attachment styles 4 each, the
# ID in the Subject 2, the condo 2. Run time: about 3 s for the file on the shared
# machine.
# The form typed twice: once the line between the copies ("พิมพ์เบอร์โทรผิด แก้ไขใหม่ตาม
# นี้") is read as announcing corrected values below (body_form._CORRECTED_BELOW, stop 32,
# test_shapes_27.py), 316/316 right (1.000), 0 flagged wrong, 0 silent; floor removed.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line is 0.5%; first sight 0.316% (1 of 316, the builder's slip), 0 on the
    # set as mended: any value wrong without a flag is a regression.
    HELD_OUT.assert_silent_at_most(0.0)


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
