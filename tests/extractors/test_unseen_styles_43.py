"""Accuracy on a forty-third set of requests written by others (issue 8): TYPED
ATTACHMENTS MADE BY TOOLS AND HABITS THE EARLIER ATTACHMENT SETS DID NOT USE: Google Docs
exports (a DOCX with Google's styles and one table per section, a DOCX of bold "label:"
runs, a PDF from Google's renderer); a WPS Office DOCX with underlined values two pairs a
line; LibreOffice Writer (a DOCX of tab-aligned colons, an .odt table cut into spans, an
.odt letter with line breaks, an .odt with form controls); the agency's sheets (an .xlsx
with merged title rows, a value column and an instruction sheet with an example, address
part rows with a date cell, the same as .ods, a Microsoft Forms export); fillable PDFs
from LibreOffice (default text left in unfilled fields) and Acrobat (Thai names, title
check boxes, a comb ID, a province dropdown exporting codes); web forms printed from
Chrome (print date and URL in header and footer); Notepad text in UTF-16 LE/BE with BOM
and UTF-8 with tabs; a form service's CSV; the citizen's own first mail attached as .eml;
an old and a corrected form in one mail.

unseen_requests_43.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 40 and 41, the helpers they import and
the earlier sets' first docstrings). Conventions written down there before any run: the
applicant's own values only (never the instruction sheet's example, the form service's
submission date, ID or IP, the print header's date or the footer's URL); the ticked
title check box joined to a name field without its title; the form's default text
("ระบุ", "กรอกอีเมล (ถ้ามี)") is no value, the From address then the applicant's e-mail;
the dropdown's displayed province, never its export code; the corrected attachment
(named and pointed to as such) over the old one, whichever comes first. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_43 import KIND, build_outcomes, build_set

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
