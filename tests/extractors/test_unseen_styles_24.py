"""Accuracy on a twenty-fourth set of requests written by others (issue 8): typed text
only (mail bodies, HTML bodies, Word, PDF text layers, sheets, text files), in shapes sets
1-23 do not hold (a formal letter named only at its foot, a curator writing for a person
under curatorship, a child's and a guardian's details side by side, web tables copied one
cell per line or in two header bands, utility and booking numbers beside the request,
zero-width spaces, soft hyphens and word joiners inside words and numbers, foreign
residents writing in English with IDs beginning 8 or 6, Thai voice typing, a body and an
attachment that disagree, a headman forwarding a villager's mail as an attached .eml).

unseen_requests_24.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 23's test and builder, the file makers of sets 5, 11, 13 and
17 and the earlier sets' style names). Conventions written down there: the applicant is
the person the request is for (the child, the person under curatorship), and where a
body and an attachment disagree only a flag (or no value) is right. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_24 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_24.py -s), 26
# styles, 52 requests, as first run: 359/414 right (0.867), 20 wrong flagged, 7 wrong
# without a flag (1.691%), 28 missing; outcomes 4/4. Two builder slips were mended after
# that run: the curator's relation word did not follow the person's sex (no figure
# changed), and the PDF table in two header bands let a long address run over the next
# boxes instead of wrapping inside its own. Measured again with the readers unchanged
# (the set run against /work/main's extractors at c57edd8): 365/414 right (0.882), 20
# wrong flagged, 7 wrong without a flag (1.691%), 22 missing. By kind (right/fields;
# flagged, silent, missing): plain 115/126 (6, 0, 5), HTML 58/64 (6, 0, 0), Word 57/64
# (0, 2, 5), PDF 48/64 (2, 4, 10), sheet 39/48 (6, 1, 2), text file 48/48. Per style
# (right/16): the formal letter named only at its foot 12 in a body, 12 in HTML, 4 in a
# PDF (its age "อายุ 42 ปี" read as the name, the date under the house number as the
# address, flagged; the PDF's prose missing); curator 12/14 (the curator taken,
# flagged); cells one per line 15 (a birth date missing); English resident 15 (the
# American date missing); voice typing 13 (spoken e-mail and spoken phone missing);
# child and guardian: HTML 14, Word 9 (2 silent: the guardian's name and ID when his
# part came first; 5 missing), sheet 10 (6 flagged: the guardian's row); body and PDF
# disagreeing on the birth year 14 (2 silent: the PDF's year taken without a flag); a
# PDF table in two header bands 14 (2 silent: the address cut at its cell's first
# line); a "|" export 13 (BE compact birth date missing, 1 silent: the address without
# its AMPHUR column). Run time: about 12 s for the file on the shared machine.
# Fixes (each commit names its styles; unit tests in test_shapes_24.py): a guardian's
# section (ผู้ปกครอง, ผู้อนุบาล...) makes the child's or ward's section beside it the
# applicant's and is read as a proxy's; a name holding a digit ("อายุ 42 ปี" after
# ข้าพเจ้า) yields to one that holds none, a house number alone to a whole address; a
# letter's foot name read after up to three blank lines; a prose address stops at a date line; a
# birth date the body says of its writer ("ดิฉันเกิดวันที่") stays a rival of the form's;
# a value wrapped inside its box under a caption row goes on with it (PDF and text);
# "Amphur" names the district box.
# After them (PYTHONPATH=. /work/main/.venv/bin/python -m pytest
# tests/extractors/test_unseen_styles_24.py -s): 386/414 right (0.932), 11 wrong flagged,
# 0 wrong without a flag, 17 missing; outcomes 4/4. By kind (right/fields; flagged,
# silent, missing): plain 119/126 (2, 0, 5), HTML 62/64 (2, 0, 0), Word 64/64, PDF 53/64
# (1, 0, 10), sheet 40/48 (6, 0, 2), text file 48/48.
# After issue 8's left24 mends (unit tests in test_shapes_left24.py): a letter printed to
# PDF read as prose (extractors/letter_prose.py); dates in the order the writer states,
# month-first only when unambiguous and flagged, compact BE/CE dates (date_orders.py); a
# sheet's child row the applicant and the guardian's a flagged proxy (sheet_people.py);
# voice-typed e-mails, dashes and digits (spoken.py); a curator writing for a ward
# (acting_for.py); every header then every value one per line (stacked_labels.py); a
# guardian's HTML table under its heading a proxy's. Measured (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_24.py -s -p
# no:randomly): 414/414 right (1.000), 0 wrong flagged, 0 wrong without a flag, 0
# missing; by kind plain 126/126, HTML 64/64, Word 64/64, PDF 64/64, sheet 48/48, text
# file 48/48. Every style is at the target (0.99): no floor below it is left.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=52, styles=26, fields=410)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 1.691% (7 of 414), 0 after.
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
