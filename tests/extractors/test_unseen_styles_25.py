"""Accuracy on a twenty-fifth set of requests written by others (issue 8): typed text
only (mail bodies, HTML bodies, Word, PDF text layers, sheets, text files), in shapes sets
1-24 do not hold (a phone app's signature with a company's switchboard and a secretary's
mobile, a spouse's details on lines labelled "...คู่สมรส", a 16-digit welfare card number,
EMS tracking numbers and receipt numbers, Thai and Arabic digits switched inside one
number, Gmail's Thai forward with the forwarder's phone, a reply quoting the agency's
question and the citizen's first mail two levels deep, WhatsApp's ~struck~ old values,
Outlook's Word HTML from a soldier, emoji as <img alt>, dotted-underlined value spans,
answers after the agency's sample values, "อื่น ๆ (ระบุ)" ranks, a monk's form, witnesses'
signature blocks, underscore blanks in a PDF, an e-service receipt, an officer's form with
his commander's block, a spouse's consent page, merged group headers, title tick columns,
pandas' floats, YAML front matter, Google Lens's copy of an ID card).

unseen_requests_25.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 24's test and builder, the file makers of sets 5, 11, 13 and
17 and the earlier sets' style names). Conventions written down there: the applicant is
the one the request is for and who signs it (never the spouse, a witness, a forwarder, a
commander or the agency). Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_25 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_25.py -s), 25
# styles, 50 requests: 341/395 right (0.863), 3 wrong flagged, 2 wrong without a flag
# (0.506%), 49 missing; outcomes 5/5. By kind (right/fields; flagged, silent, missing):
# plain 118/125 (1, 0, 6), HTML 59/64 (0, 0, 5), Word 62/64 (2, 0, 0), PDF 62/64 (0, 0,
# 2), sheet 28/48 (0, 0, 20), text file 12/30 (0, 2, 16). Per style (right/16 unless
# said): the EMS follow-up 14 (the Bangkok address after "ที่อยู่จัดส่ง" missing);
# WhatsApp's strikes 11 (the name missing in both variants, the struck old phone taken,
# flagged; the address after "*ที่อยู่*" missing); emoji <img alt> 15 (a birth date
# missing); dotted-underlined spans 12 (birth date and province, the second pair of a
# paragraph, missing); "อื่น ๆ (ระบุ)" ranks 14 (the name without its rank, flagged);
# underscore blanks in a PDF 14 (the address in parts missing); title tick columns 0/16
# (nothing read from the sheet); pandas' floats 12 (the phone without its 0 and the
# timestamp birth date missing); YAML front matter 0/16 (the .md file not read);
# Google Lens's copy of an ID card 12/14 (2 silent: the address runs on into the card's
# issue and expiry lines). Every other style 16/16 (the spouse's "...คู่สมรส" lines, the
# witnesses, the monk, the e-service receipt, the commander's block, the consent page,
# merged group headers, Outlook's Word HTML, the two-level quotes, the Thai forward).
# Run time: about 9 s for the file on the shared machine.
# Fixes (unit tests in test_shapes_25.py, examples written afresh): an address stops at a
# line that is a date alone; any text/* attachment is read as text; a chat app's *bold*
# label ends at its stars and a ~struck~ value before the new one is dropped; YAML block
# values are read on their key's line; "ที่อยู่จัดส่ง" joins the vocabulary; a sheet's
# header in two bands is read by column, a group of option columns giving the ticked
# option; a CSV's "815502918.0" and "1985-01-12 00:00:00" are the number and the day;
# a row of pairs two spaces apart splits when labels and values alternate; a row of
# address boxes one space from their answers is one address; the ticked "other" title
# and its rank is the title, kept beside the name parts; an emoji sent as <img alt> is
# read as the emoji.
# After them (PYTHONPATH=. /work/main/.venv/bin/python -m pytest
# tests/extractors/test_unseen_styles_25.py -s): 395/395 right (1.000), 0 wrong flagged,
# 0 wrong without a flag, 0 missing; outcomes 5/5. By kind: plain 125/125, HTML 64/64,
# Word 64/64, PDF 64/64, sheet 48/48, text file 30/30. No style needs a floor.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=50, styles=25, fields=390)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line is 0.5%; first sight 0.506% (2 of 395), 0 after: held at 0, so the
    # next silent error in these shapes is seen, not absorbed under the line.
    HELD_OUT.assert_silent_at_most(0.0)


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
