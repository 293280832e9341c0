"""Accuracy of the OCR readers on a held-out set of scanned and photographed paper forms
written by others (issue 8: at least 90% of fields right for scans and photos).

ocr_held_out.py was written before reading the OCR readers or the project's own survey
generator: its own renderer draws Thai government paper forms (dotted lines with the
value written on the dots, the ID in 13 boxes, the title ticked in a row of boxes, the
agency's header with its own phone, the date of writing) and captures them as a flatbed
scan (PDF), a phone photo (JPEG, PNG), a fax (1-bit TIFF) and a photocopy (PDF). The
first measurement, before any reader was read, is the estimate of how forms written by
others go. Only fonts CI has (fonts-thai-tlwg) are used here; `python
tests/extractors/ocr_held_out.py --fonts local --kinds all --forms 2` measures more.

Run with `-s` to see the table per style and kind; it is also in every failure message.
"""

from __future__ import annotations

import os
import shutil
from functools import cache

import pytest
from ocr_held_out import HeldOut, build_set, score
from ocr_sample import pages_to_read, what_was_read
from parallel_reads import OCR_SETS
from unseen_harness import StyleScore, below_floor, render, totals

IN_CI = os.environ.get("CI") == "true"
pytestmark = [
    OCR_SETS,
    pytest.mark.skipif(
        (shutil.which("tesseract") is None or shutil.which("pdftoppm") is None) and not IN_CI,
        reason="needs tesseract (tha) and pdftoppm (in CI their absence fails)",
    ),
]

FORMS = 2  # per style and kind
# First measurement, before any OCR reader or the survey generator was read (CI=true
# OMP_THREAD_LIMIT=1 pytest tests/extractors/test_ocr_held_out.py -s, 24 forms, 188 s on a
# shared 2-core machine): 34/168 right (0.202), 52 wrong flagged, 0 silent, 82 missing.
# Floors = measured, so the test fails if a change makes a style worse. After the printed
# dotted line was read as a gap (ocr_text.without_dot_leaders) and two labelled values on
# one line were left to the label reader to split: 44/168 (0.262), 52 flagged, 0 silent.
# After printed boxes were taken off the page before OCR (extractors/ocr_rules.py):
# 51/168 (0.304), 52 flagged, 0 silent.
# After a typed value's label inside a line was read (อายุ 58 ปี เลขประจำตัวประชาชน ...):
# 53/168 (0.315), 52 flagged, 0 silent.
# Up to here the captures' grain came from Image.effect_noise, which no seed reaches: the
# pages differed a little from run to run (the first figure came out the same twice, but
# a style can move by 2 fields). Grain drawn from the style's own seed since: the same
# code reads 57/168 (0.339), 54 flagged, 0 silent, 57 missing, every run.
# After a page turned upright got every reading, the form's printed dotted leaders were
# taken off the page (extractors/ocr_leaders.py), boxes whose rules a blurred photo
# thinned were looked for at the Otsu cut, and text rules for what the print does to
# written values (a name's นามสกุล label, an address's place names by the province read,
# a date from its parts, a letterhead's phone ranked below the applicant's, an item's
# number before its label): 93/168 (0.554), 39 flagged, 0 silent, 36 missing; floors =
# that.
# After a national ID was chosen by its check digit among the ways it could be read
# (extractors/ocr_ids.py: box sides among its digits, a digit another reading saw, a
# misread ID label taken on a value the check digit completes) and an abbreviated month
# read as Latin look-alikes (nw. for ก.พ.) was read as the month: 95/168 (0.565), 41
# flagged, 0 silent, 32 missing (two of the IDs chosen are wrong, flagged doubtful).
# After tick boxes were found and taken off the page (extractors/ocr_ticks.py, the
# ticked title given to the name) and the ID's 13 boxes were cut apart and read as
# digits (extractors/ocr_id_boxes.py): 94/168 (0.560), 41 flagged, 0 silent, 33
# missing. One field lower, and the floor of checkbox_title/fax lowered with it, the
# only floor ever lowered here: on one fax, with the title boxes gone from the page,
# Tesseract no longer reads the birth date line (a whole-page segmentation change, not
# a rule); the other fax's ticked title now comes right, but its name keeps ู for ุ.
# Kept because on 32 tick-box forms of my own (scratch renders: scan, JPEG, PNG, fax;
# drawn and glyph boxes; tick, cross, blot) titles came right on 26 with the boxes
# taken off (13 of the first 15; 8 of those 15 with them left on). The held-out
# photos' tick rows are not found, nor are most ID rows (13 boxes are found on the
# faxes only), so neither gain shows here.
# After a mark one reading misread was no longer given to another reading where it
# unmade a known word (ั over โทรศัพท์'s ร took the applicant's phone line's label away,
# and the letterhead's fax number was taken for the phone): 95/168 (0.565), 40 flagged,
# 0 silent, 33 missing.
# After a misread label inside a line was repaired as one at a line's start is, on a
# value of its type (`any ๒๕ ปี บัตรประจำตัวประชาชนเลขท/ ๑๔๐...`: อายุ and ที่ misread):
# 96/168 (0.571), 40 flagged, 0 silent, 32 missing.
# After the ID's boxes were found from their runs too (a run n heights wide holds n
# boxes; the lone end boxes of 1-4-5-2-1 placed by the groups' spacing; the gap between
# groups no longer taken for a box) and read from the lighting-flattened page on two
# strips that must agree, a date out of a lifetime made to lose the vote, and a phone
# beside a fax number above every other field (the letterhead's) no longer taken:
# 97/168 (0.577), 37 flagged, 0 silent, 34 missing (national_id 12 right, was 10; three
# letterhead phones now missing rather than wrong). Measured with OCR run inline
# (scratch run.py, same set and verdicts); command for this file:
# CI=true OMP_THREAD_LIMIT=1 .venv/bin/python -m pytest tests/extractors/test_ocr_held_out.py -s
# Round 20 (skew on a grid finer than a ruled table's peak, a misread พ.ศ. restored, the
# ID on its line re-read as digits only; measured on its own blind set, ocr_blind20.py):
# 97/168 (0.577), 37 flagged, 0 silent, 34 missing here, field for field as before. A
# first version that took the finer grid's angle everywhere read 98/168, but moved
# five styles by one or two fields each way (a few hundredths of a degree reshuffle
# what Tesseract reads): the finer angle is now taken only where its peak is far sharper.
# Round 21 (a label's ที read without its mai ek mended, a misread typed field no longer
# taking the next field on its line; measured on its own blind set, ocr_blind21.py):
# 101/168 (0.601), 37 flagged, 0 silent, 30 missing; no style lower. Floors raised.
# Round 22 (labels above their values, an address after a label read as Latin, a ruled
# cell's side before a label made the gap between cells, a standard-mode fax's pixels
# made square; measured on its own blind set, ocr_blind22.py), at 4bcd313: 102/168
# (0.607), 37 flagged, 0 silent, 29 missing; two_column_table/photo_jpeg 11 -> 12/14,
# no style lower. Floor raised.
# Round 23 (the ID's boxes also cut from the page with their rules on, ocr._boxed_id):
# kor_ror_general/photo_jpeg 12 -> 13/14 and full_name_line/scan_pdf 8 -> 9/14, both an
# ID read from its boxes (on the page the painted rules cut its digits). Measured on a
# shared machine at load 15-19 where whole pages hit the OCR child's time limit (four
# styles lost whole forms to it, 90/168 overall), so only these two floors are raised.
# Round 25 (a province and postal code the page lost proved by the address's place
# names, extractors/ocr_address_places.py; rows of boxes other than the ID read digit by
# digit, ocr_char_boxes.py): 105/168 before (0.625) at 97992f7, 107/168 (0.637) after,
# 37 wrong flagged, 0 silent, 24 missing; checkbox_title/fax and
# two_column_table/photocopy 7/14 -> 8/14, no style lower. Floors raised to the
# figures reached, full_name_line/photocopy's to its 8/14 of both runs.
# Round 32 (a carbon copy's faint values read again beside their labels,
# extractors/ocr_faint.py; a title's น read as ห mended), at 699e8bb: 108/168 (0.643),
# 37 wrong flagged, 0 silent, 23 missing; typewriter/photo_png 6/14 -> 7/14 (a postal
# code on a line with pale ink beside it), no style lower. Floor raised.
# Round 33 (an address's house and village numbers read again alone as digits,
# extractors/ocr_address_numbers.py), at cc5a538: 110/168 (0.655), 35 wrong flagged, 0
# silent, 23 missing; full_name_line/scan_pdf 9/14 -> 10/14, typewriter/fax 10/14 ->
# 11/14, no style lower. (A run of the base under load 12 read 100/168: one
# checkbox_title photo's page past its time limit, every field missing.) Floors raised.
# Round 34 (an address's garbled place names mended by the postal code read with it,
# extractors/ocr_postal_places.py), at 8539f63: 111/168 (0.661), 34 wrong flagged, 0
# silent, 23 missing; full_name_line/scan_pdf 10/14 -> 11/14 (อำเภอ แก๊งครัด under
# 36150 made แก้งคร้อ), no style lower. Floor raised.
# Round 35 (an address number's crop read with white either side, ocr._margined; a name
# the word list "mended" put back as the signature writes it, ocr.with_name_as_signed),
# at fc7d65e: checkbox_title/fax 8/14 -> 9/14 (หมู่ที่ 4, read '+' before),
# full_name_line/scan_pdf 11/14 -> 12/14 (อรอุมา, mended to อรอูมา before), 0 silent, no
# other style lower but typewriter/photo_png: in that run (load 13) its sideways page
# passed the child's 240 s limit, all 7 fields missing (110/168 overall). Floors raised.
# Round 36 (text rules only: a date read around a month misread up to two letters,
# extractors/ocr_dates.py; คำนำหน้า/ชื่อ/นามสกุล with no colon read as the whole name's
# caption, ocr_name_caption.py; the name the signature or every reading reads better,
# ocr_signature.py; an ID's first 3 read as 2; specks after an address), measured with
# the scratch per-field dump (same read path, OCR inline, whole-page reads from one cache
# for both runs): 112 -> 121/168, 32 wrong flagged, 0 silent, 15 missing;
# two_column_table/photocopy 8 -> 11, two_column_table/photo_jpeg 12 -> 14,
# full_name_line/photocopy, thai_digits/scan_pdf, typewriter/fax and typewriter/photo_png
# +1 each, no style lower. Floors left for a run of this file on fresh reads.
# Stop 38 (ocr38a: a phone, ID and birth date after their labels read again from their
# crops several ways and chosen by their shape, extractors/ocr_phones.py,
# ocr_ids.id_among, ocr.with_phone_from_line / with_birth_from_line), the six OCR sets
# run together on fresh reads: 122 -> 124/168, 31 wrong flagged, 0 silent, 13 missing;
# full_name_line/photocopy and two_column_table/photocopy their lost phones (missing ->
# right), no style lower. Floors of both raised to what they read.
# Stop 39 (ocr39a: an address's frame put right by the names read, ocr_area_names; its
# house and village numbers read again cut to their ink where the page read none,
# ocr_address_numbers.number_among; a birth date's crop found by another reading), the
# seven OCR sets on fresh reads: 124 -> 126/168, 29 wrong flagged, 0 silent, 13 missing;
# typewriter/photo_png +2, no style lower. Its floor raised to what it read.
# Stop 49 (ocr49: a name word the known words mended put back word by word as two
# witnesses read it, a line of the page's readings or one cut of the name's crop,
# ocr_signature.words_as_read), the OCR_ALL_TESTS list on the branch
# (scratch/ocr49/after_full.txt against base_full.txt): 126 -> 127/168, 28 wrong flagged,
# 0 silent, 13 missing; checkbox_title/fax +1 (อรอุมา, the list's อรอูมา before), no
# style lower. Its floor raised.
# Stop 50 (ocr50: a birth date the page read with a digit as a symbol, `1?` for 19, gives
# way to its crop's readings that agree on one date, doubtful: ocr._digit_lost in
# ocr.with_birth_from_line), the OCR_ALL_TESTS list on the branch
# (scratch/ocr50/after_full.txt): 127 -> 128/168, 27 wrong flagged, 0 silent, 13
# missing; typewriter/photo_png +1 (1985-12-19, the 1st before), no style lower. Its
# floor raised.
FLOORS: dict[str, float] = {
    "kor_ror_general/scan_pdf": 0.785,  # first 4/14, then 6/14, now 11/14
    "kor_ror_general/photo_jpeg": 0.928,  # first 3/14, then 4/14, 11/14, 12/14, now 13/14
    "checkbox_title/photo_jpeg": 0.642,  # first 0/14, then 6/14, now 9/14
    "checkbox_title/fax": 0.714,  # first 3/14, then 5, 7, 8, 7, 8, 9/14, now 10/14 (ocr49)
    "full_name_line/scan_pdf": 0.857,  # first 2/14, then 4, 7, 8, 9, 10, 11/14, now 12/14
    "full_name_line/photocopy": 0.714,  # first 2/14, then 5/14, 6/14, 7/14, 8/14, now 10/14
    "thai_digits/photo_png": 0.357,  # first 3/14, then 4/14, 4/14, now 5/14
    "thai_digits/scan_pdf": 0.571,  # first 1/14, then 3/14, 7/14, now 8/14
    "typewriter/fax": 0.785,  # first 2/14, then 4/14, 7/14, 10/14, now 11/14
    "typewriter/photo_png": 0.785,  # first 3/14, then 2, 6, 7, 10/14 (ocr39a), now 11/14
    "two_column_table/photocopy": 0.857,  # first 1/14, then 5/14, 7/14, 8/14, now 12/14
    "two_column_table/photo_jpeg": 0.857,  # first 10/14, then 9/14, 11/14, now 12/14
}
MAX_SILENT_HERE = 0  # first: 0


@cache
def the_set() -> tuple[HeldOut, ...]:
    return tuple(build_set(FORMS))


@cache
def scores() -> dict[str, StyleScore]:
    return score(pages_to_read(the_set()))


def test_the_set_is_varied() -> None:
    cases = the_set()
    assert len({c.style.split("/")[0] for c in cases}) >= 6
    assert len({c.style.split("/")[1] for c in cases}) == 5
    assert len({c.raw for c in cases}) == len(cases)


def test_ocr_held_out_accuracy_per_style() -> None:
    table = scores()
    print("\n" + render(table, FLOORS))
    print(what_was_read(pages_to_read(the_set()), the_set()))
    low = below_floor(table, FLOORS)
    assert not low, f"styles below their floor: {low}\n{render(table, FLOORS)}"


def test_ocr_held_out_wrong_without_a_flag() -> None:
    table = scores()
    assert totals(table)["silent"] <= MAX_SILENT_HERE, render(table, FLOORS)
