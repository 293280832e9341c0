"""Accuracy on a forty-eighth set of requests written by others (issue 8): ATTACHED FILES
MADE THE WAYS EARLIER SETS DID NOT. Word: inline content controls in a paragraph form
(a Thai-calendar date picker, a province drop-down), legacy FORMTEXT fields between
dotted leaders (a default hint typed over, a date-typed field), LibreOffice FILLIN input
fields whose hint is the label, a tracked correction of the mobile and of a group of the
ID left unaccepted, her own letterhead in the page header, section tables nested in an
outer table, a grid with the address label merged down three rows, values typed over
underscore tab leaders, an Apple Pages export (label and value split by a line break in
one paragraph, runs cut mid-word), values in anchored text boxes (DrawingML with its VML
fallback). PDF: a form turned a quarter with /Rotate 90 or 270 turning it back, the
whole page one form XObject scaled to fit, a flattened fillable form (one XObject per
field, another font), values added by an editor in another font after all the labels, a
four-column ruled table, her column beside the office's column. Sheets: section labels
merged down with a proxy's section, one record row with number formats (ID as a number,
the mobile as a number shown with ten digits, a Thai Buddhist date format). Text: a
Notepad .txt and an Excel CSV in windows-874 (charset declared or not). HTML: an
e-service confirmation page saved from Chrome, an old windows-874 .htm with read-only
inputs.

unseen_requests_48.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 45 and 46, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values as the file finally shows them; a tracked change counts as
accepted (the inserted digits, never the deleted); the proxy's name, ID and mobile, the
office's phone and e-mail (its column, its footer), a receipt or request number are
never hers; the mobile stored as a number is hers with its leading zero as its format
shows it; a grid that has room for only one of soi/road/moo gives the address as it
stands. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_48 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_48.py -s -p
# no:randomly, set at 8f262ba on main's 6178ef6), 22 styles, 44 requests, 352 fields:
# 336/352 right (0.955), 2 wrong flagged, 2 wrong without a flag (0.568%), 12 missing, 0
# n/a; 32 of the right values flagged for a look. By kind (right/fields; flagged, silent,
# missing): Word 152/160 (0, 2, 6), PDF 88/96 (2, 0, 6), sheet 32/32, text 32/32, HTML
# 32/32.
# Silent, 2: docx_inline_controls, both variants, address "112 หมู่ที่ 5 ตำบลบ้านเป็ด
# อำเภอเมืองขอนแก่น จังหวัด ขอนแก่น" and "74 ม.8 ต.วัดจันทร์ อ.เมืองพิษณุโลก จังหวัด พิษณุโลก":
# the paragraph's literal "จังหวัด " joined to the province drop-down control's shown
# value with its space; the accepted forms write จังหวัดขอนแก่น (no space) or จ.ขอนแก่น.
# The words are hers and right; the space is what the harness's exact match refuses.
# Left as written (not changed after seeing the reader): the lead's call.
# Missing, 6: docx_letterhead_header, both variants, address, province and postal code:
# her home is only in the page header (the letterhead) under her name, the body says
# "อยู่ตามที่อยู่ข้างต้น"; her name, mobile and e-mail were read (the From and the
# header's contact line give them too), the address line was not.
# pdf_flattened_fields, both variants (the flattened form, one form XObject per value,
# labels in the page): national_id, birth_date and phone missing (each with an
# invalid_format / invalid_date issue) and the address flagged (implausible_value) with
# the mobile "086-552-9017" / "0918847326" in it: the values paired with the wrong labels,
# the page's text having all six labels first and the six values after them.
# Right everywhere else: inline text controls, a Thai-calendar date picker, FORMTEXT and
# FILLIN fields, a tracked correction (the inserted digits), nested and merged tables,
# underscore tab leaders, a Pages export's line breaks, text boxes, /Rotate 90 and 270,
# a page drawn as one scaled XObject, editor-added values in another font, four-column
# and office-column PDFs (the office's phone, e-mail and receipt never hers), the proxy's
# section in a sheet, numbers formatted as an ID, a mobile and a Buddhist date, cp874
# text and CSV with and without a charset, a saved confirmation page and a cp874 .htm.
# No builder slips found: every miss's file was rendered and read back.
# Floors: the three styles below 0.99 at first sight; the silent share held at 2/352.
# After (fix48, each fix's unit test seen failing first on a fresh made-up file):
# a value drawn over a form's underline, raised above its caption's row, joins that
# caption's row (pdf_layout._lift_onto_rules, test_pdf_raised_values): pdf_flattened_fields
# 8 -> 16/16; her own letterhead's unlabelled address line read when the body points to
# the address above or the header bears her name, flagged as every margin value
# (own_letterhead.py, test_docx_own_letterhead): docx_letterhead_header 10 -> 16/16;
# "จังหวัด ขอนแก่น" typed apart at the address's end written "จังหวัดขอนแก่น" (the full word
# only: "จ. X" and spaced ต./อ. inside stay as typed, as sets 16, 17 and 25 accept them;
# address_tail._province_joined, test_address_tail): docx_inline_controls 14 -> 16/16.
# 352/352 right (1.000), 0 flagged, 0 silent, 0 missing; 30 of the right values flagged
# for a look (the flattened form's 8 no longer; the letterhead's 6 new ones, as margin
# values are). By kind: Word 160/160, PDF 96/96, sheet, text and HTML 32/32 each. Every
# other set's "all styles" line identical before and after (47 files, -k unseen_styles).
# Floors: none below the harness's 0.99; the silent share at the harness's line (0).
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 2 of 352 at first sight (docx_inline_controls' "จังหวัด ขอนแก่น"), 0 since fix48:
    # held at none.
    HELD_OUT.assert_silent_at_most()
