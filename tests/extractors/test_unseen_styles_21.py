"""Accuracy on a twenty-first set of requests written by others (issue 8): the request is
in an attachment, in shapes real Thai offices' and citizens' files take and sets 1-19 do
not hold (tracked deletions of paragraph marks, colon columns by tab stops, an embedded
Excel object, address rows continued under an empty label, legacy drop-down fields, Flat
OPC and flat ODT files, ticked "same as the house register", w:cr breaks, ODT text
frames; Excel printouts in E notation, diagonal watermarks, ActualText-only text, a row
broken across pages, sticky notes with a sample; incremental updates of a PDF form,
fields over a scanned picture, captions below fields, a receipt stub; serial dates,
print headers and footers, an applicant's and a proxy's columns, covered ODS cells,
Excel's CSV, Google Forms CSV headers with examples, HTML named .xls; transparent PNG,
fax TIFF, WebP, EXIF-rotated JPEG, a picture in Word; winmail.dat, a map and a card photo
beside the form, an e-service XML, Word RTF named .doc).

unseen_requests_21.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 19's test and builder, the file makers of sets 5, 11, 13
and 17 and the earlier sets' style names were read). Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind; the table per
style is also in every failure message.
"""

from __future__ import annotations

from ocr_sample import typed_and_half_the_scans
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_21 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=. .venv/bin/pytest
# tests/extractors/test_unseen_styles_21.py -s; CI=true stops at conftest's corpus check
# in a worktree under /work/wt, the set does not use the corpus), 35 styles, 70 requests:
# 370/560 right (0.661), 11 wrong flagged, 6 wrong without a flag (1.071%), 173 missing.
# By kind: Word (with ODT) 102/160 (0.637; 2 flagged, 2 silent, 54 missing), text PDF
# 72/80 (0.900; 2 flagged, 2 silent, 4 missing), PDF form 38/64 (0.594; 5 flagged, 21
# missing), Excel/ODS/CSV 102/112 (0.911; 2 flagged, 2 silent, 6 missing), image 24/80
# (0.300; 56 missing), other 32/64 (0.500; 32 missing).
# Per style (right/16): docx_deleted_paragraph_marks 16, docx_colon_tab_column_coloured
# 16, docx_embedded_excel_object 0 (16 missing), docx_address_continuation_rows 14 (2
# silent: the address cut at its first row), docx_legacy_dropdown_title 14 (the name
# missing), docx_flat_opc_xml 0, docx_current_address_ticked_same 16,
# docx_cr_line_breaks 16, odt_draw_frames 10 (2 flagged, 4 missing), fodt_flat_xml 0,
# pdf_excel_print_e_notation 14 (the phone without its 0 missing), pdf_watermark_diagonal
# 14 (1 flagged, 1 missing), pdf_actualtext_spans 14 (1 flagged, 1 missing),
# pdf_row_split_across_pages 14 (2 silent: the address cut at the page end with the
# footer "หน้า 1/2" glued on), pdf_sticky_note_sample 16,
# acro_incremental_update_old_values 16, acro_over_scanned_image_labels 6 (3 flagged, 7
# missing), acro_captions_below_in_brackets 0 (2 flagged, 14 missing), acro_receipt_stub
# 16, xlsx_serial_date_general 14 (birth date missing), xlsx_print_header_footer_office
# 16, xlsx_applicant_and_proxy_columns 8 (2 flagged, 2 silent: the applicant's and the
# proxy's values joined; 4 missing), ods_covered_merged_cells 16, csv_excel_e_notation
# 16, csv_gforms_question_examples 16, xls_that_is_html 16, png_transparent_background 0,
# tiff_fax_two_pages 8 (page 2 missing), webp_saved_image 0, jpeg_exif_rotated 16,
# docx_picture_of_form 0, tnef_winmail_dat 0, form_with_map_and_card 16,
# xml_eservice_export 0, rtf_word_unicode_named_doc 16.
# Run time at first sight: 116 s for the set on the shared machine (OCR: the ActualText
# and watermarked PDFs were OCR'd, 10-13 s each, and the picture under a form's fields).
# Fixes (each commit names its styles): silent wrongs first: a Word table row whose
# label cell is empty goes on with the value above; a page number alone on its line is
# dropped and a page whose top shows it continues the one before ("(ต่อ)", a header row
# printed again) is read on from it; a sheet's header naming a person over each value
# column is read as the applicant's column only. Then: images laid on white and TIFF
# read page by page; WebP read; winmail.dat unpacked and flat XML office files repacked;
# a Word file without values of its own read through its embedded workbook or picture;
# a bracketed caption under a PDF form field names it; an e-service's XML read as name:
# value lines, other people's sections left out; Word's legacy drop-down read; a title
# pair cut after its one word; Excel's day numbers under a date label read (flagged);
# ODT text frames read after their paragraph; slanted PDF glyphs (watermarks) dropped;
# a page of unmapped glyphs read from its /ActualText spans before OCR.
# After them (PYTHONPATH=. .venv/bin/pytest tests/extractors/test_unseen_styles_21.py -s):
# 547/560 right (0.977), 4 wrong flagged, 0 wrong without a flag, 9 missing. By kind:
# Word 160/160, text PDF 78/80 (0.975; 2 missing), PDF form 54/64 (0.844; 3 flagged, 7
# missing), Excel/ODS/CSV 112/112, image 79/80 (0.988; 1 flagged), other 64/64.
# Run time: 300 s for the set on the shared machine at a load of about 11 on its two
# cores (first sight: 116 s); it OCRs 13 pictures and pages (the transparent PNG, WebP,
# the two-page fax, the EXIF-turned photo, the picture in Word, the ID card photo and
# the scanned form under its fields, two requests each), which the earlier 0/16 styles
# did not reach. Over the 20-30 s a set may add: see the lead's notes.
# Stop 38 (sheet_paste.printed_zeros_restored, pdf_scanned_captions): a PDF a sheet
# printed (its E-notation ID, its ######## or its producer) gets the phone's lost 0 back,
# flagged; fields over a scanned picture are keyed by the captions OCR reads beside them
# in the picture rendered without the fields. 559/560 right (0.998), 1 wrong flagged, 0
# wrong without a flag, 0 missing (PDF form 64/64, text PDF 80/80).
FLOORS: dict[str, float] = {
    # OCR of a transparent PNG read "เชียงใหม่-ลำปาง" without its hyphen (flagged)
    "png_transparent_background": 0.93,
}

# The styles read by OCR (style -> family): `make test` reads half of each family,
# `make test-ocr-all` all of them (ocr_sample.py).
SCANNED = {
    "jpeg_exif_rotated": "photo",
    "png_transparent_background": "photo",
    "webp_saved_image": "photo",
    "acro_over_scanned_image_labels": "scan",
    "tiff_fax_two_pages": "scan",
    "docx_picture_of_form": "scan",
    "form_with_map_and_card": "scan",
}
HELD_OUT = HeldOutSet(build_set, FLOORS, typed_and_half_the_scans(SCANNED))


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=70, styles=35, fields=560)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 1.071% (6 of 560); none after the fixes.
    HELD_OUT.assert_silent_at_most()
