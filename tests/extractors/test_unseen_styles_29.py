"""Accuracy on a twenty-ninth set of requests written by others (issue 8): requests that
reach the agency through machines and office tools (web-form services' notification
mails, a LINE OA chat, a Facebook page message and an e-Saraban notice forwarded by
clerks, a LINE chatbot's summary, an Outlook template with the form twice in conditional
comments, scanners' searchable PDFs with OCR slips in their text layer, a form service's
PDF summary, Word templates with content controls, comments and tracked changes, a sheet
printed from Excel with gridlines, an XLSX of merged cells with one digit per cell, an ODS
with a label spanning two rows).

unseen_requests_29.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 27's test and builder, the file makers of sets 5, 11, 13 and
17 and the earlier sets' style names). Its conventions are written at its top. Same
harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per style
and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_29 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
