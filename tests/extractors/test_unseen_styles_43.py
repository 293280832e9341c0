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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_43.py -s -p
# no:randomly, set at a6ddd3b on main's adf0e01), 22 styles, 44 requests, 352 fields:
# 322/352 right (0.915), 4 wrong flagged, 4 wrong without a flag (1.136%), 22 missing, 0
# n/a (every request read with general_request); 26 of the right values flagged for a
# look. By kind (right/fields; flagged, silent, missing): Google Docs 48/48, Word (WPS,
# LibreOffice DOCX) 32/32, ODT 32/48 (0, 0, 16), sheets 62/64 (0, 0, 2), fillable PDFs
# 27/32 (0, 2, 3), Chrome-printed PDFs 29/32 (0, 2, 1), text (UTF-16, UTF-8 tabs, CSV)
# 48/48, attached .eml 16/16, two versions 28/32 (4, 0, 0). Outcomes 2/2.
# Silent, 4: acro_libreoffice_defaults address both variants, the form's default "ระบุ"
# in the unfilled ซอย and ถนน fields read as parts ("88/14 หมู่ที่ 6 ซอยระบุ ถนนระบุ
# ตำบลบางรักพัฒนา อำเภอบางบัวทอง", "59 หมู่ที่ 8 ซอยระบุ ถนนระบุ ตำบลหนองจะบก
# อำเภอเมืองนครราชสีมา"); pdf_chrome_webform address both variants, the web form's
# required-field mark "*" between label and value kept ("* 23/1 ถ.กาญจนวนิช ต.หาดใหญ่
# อ.หาดใหญ่", "* 144 หมู่ที่ 10 ตำบลขามใหญ่ อำเภอเมืองอุบลราชธานี").
# Flagged, 4: two_versions_docx both variants phone and address taken from the OLD form
# attached first ("+66817730254", "88/714 ม.6 ..."; "+66951127763", "590 หมู่ที่ 8 ..."),
# flagged sources_disagree; the body's "ใช้ไฟล์ที่ชื่อ แบบคำร้อง_แก้ไข.docx" and the file
# name not used. two_versions_pdf (corrected attached first) right, the same 4 flagged.
# Missing, 22: odt_form_controls all 16 (the values only in the .odt's form controls,
# form:current-value; nothing read, name, ID and phone flagged missing);
# xlsx_ms_forms_export address both variants (Bangkok homes under the question
# "บ้านเลขที่ หมู่ ซอย ถนน" with แขวง/เขต in their own columns; province, postal code
# and the title column joined to the name right); acro_acrobat_comb_dropdown province both
# variants (the dropdown's export code "50"/"73" read, flagged unknown_province, the
# display name in /Opt not used); acro_libreoffice_defaults variant 0 email (the field's
# default "กรอกอีเมล (ถ้ามี)" flagged invalid_format; the From address not taken);
# pdf_chrome_webform variant 0 birth_date ("วันเดือนปีเกิด * 05/09/2542", flagged
# invalid_date).
# Right everywhere else: Google's section tables, bold-label runs and its PDF; WPS's
# underlined pairs two a line; LibreOffice's tab colons with a line break, its .odt table
# cut into spans and its letter; the agency's xlsx/ods with merged titles and an
# instruction sheet's example person never taken; the date cells; the MS Forms title
# column; the Acrobat title check boxes joined to the name and the comb ID; Chrome's
# print date and URL never taken; the label-above print; Notepad UTF-16 LE/BE and
# UTF-8; the form service's CSV (submission date, ID and IP never taken); the own .eml.
# No builder slips found: each miss's file was read back with python-docx, openpyxl,
# pdfplumber, pypdf or unzip. Doubtful, kept as written: that LibreOffice saves a text
# box's typed value as form:current-value (odt_form_controls).
# Cost: the whole file ~11 s on 2 cores under load.
# After (branch fix43, each fix's unit test seen failing first): 351/352 (0.997), 0 wrong
# flagged, 0 silent (was 4, 1.136%), 1 missing (was 22). By kind (was -> now): ODT 32 ->
# 48/48, sheets 62 -> 64/64, fillable PDFs 27 -> 31/32, Chrome-printed PDFs 29 -> 32/32,
# two versions 28 -> 32/32; the rest unchanged at 48/48, 32/32, 48/48, 16/16.
# - pdf_form + extractors/unfilled.py (test_pdf_form_unfilled): a field still at its
#   default (/DV) or holding a fill-in prompt ("ระบุ", "กรอกอีเมล (ถ้ามี)", "(ถ้ามี)", "-") is
#   unfilled; a dropdown's /Opt [export, display] pair gives the display name:
#   acro_libreoffice_defaults 13 -> 15/16 (both silent addresses right),
#   acro_acrobat_comb_dropdown 14 -> 16/16.
# - body_form (test_required_mark): "*" between a label and the value beside it is the
#   label's: pdf_chrome_webform 13 -> 16/16 (both silent addresses, the birth date).
# - extractors/odt_controls.py (test_odt_controls): a form control's form:current-value
#   (the typed Text; form:value is the maker's DefaultText, per xmloff's
#   valueproperties.cxx) read where its draw:control sits: odt_form_controls 0 -> 16/16.
# - extractors/corrected_file.py (test_corrected_file): the attachment the body points at,
#   else the one named corrected (แก้ไข, corrected, v2), over the others for the fields
#   it gives: two_versions_docx 12 -> 16/16 (the old form kept as a flagged rival).
# - body_form._house_line_caption (test_house_line_caption): "บ้านเลขที่ หมู่ ซอย ถนน" is
#   the house line's caption as its slashed form is: xlsx_ms_forms_export 14 -> 16/16.
# Every other set's line (-k unseen_styles, 42 lines, at ae42deb) identical to main's 11edb29.
# Since (stop 36, extractors/sender_email.py): acro_libreoffice_defaults variant 0's e-mail,
# the field at its default, is the From address, flagged: 352/352.
# Floors: none below 0.99; the silent share at the harness's line (0).
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 4 of 352 at first sight, none after fix43: held at none.
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
