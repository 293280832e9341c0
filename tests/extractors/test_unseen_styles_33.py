"""Accuracy on a thirty-third set of requests written by others (issue 8): TYPED
ATTACHMENTS an agency receives: Thai government forms retyped in Word (dotted lines kept,
values typed over or after them, tab stops, text boxes, the agency's address and phone in
headers and footers), the same forms saved as PDF from Word or LibreOffice, a LibreOffice
.odt, xlsx sheets returned filled, and mails whose body says "ส่งแบบฟอร์มตามแนบ" or
corrects one value after the attachment.

unseen_requests_33.py was written before reading `extractors/` or `config/` (only the
harness, set 30's test, the builders of sets 30 and 31 with the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: the
applicant is the one the form names as ผู้ยื่นคำร้อง/ผู้ขอ (the ดร.01's mother), never a
witness, certifier, co-signer, spouse or newborn; the phone and address are the
applicant's own, never the agency's in a header or footer, a venue's or a business's; a
form asking only the age wants no birth date; a value the body corrects is right as
corrected. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_33 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_33.py -s -p
# no:randomly, set at b96b38b on main's 623af70), 21 styles, 42 requests: 292/320 right
# (0.912), 4 wrong flagged, 8 wrong without a flag (2.500%), 16 missing (0 n/a). By kind
# (right/fields; flagged, silent, missing): Word 110/122 (2, 4, 6), ODT 16/16, PDF 58/58,
# sheet 34/46 (0, 2, 10), mixed 74/78 (2, 2, 0).
# Silent, 8: docx_noise_permit_textboxes full_name x2 ("อายุ ปี": the label words left
# between the dots taken for the name, the text boxes' values not put back on their
# lines); docx_commercial_tp_person phone x2 (the shop's line under ข้อ 5 taken for the
# owner's, whose mobile is labelled "โทรศัพท์มือถือผู้ประกอบการ"); xlsx_office_form_returned
# address x2 (the next row's ลำดับ number "5" joined to the address: "...จังหวัดสุรินทร์\n5");
# body_corrects_address_after_xlsx address x2 (the sheet's mistyped house number kept, the
# body's "แก้ไข ... ที่ถูกต้องคือบ้านเลขที่ ..." not applied).
# Flagged, 4: docx_hazardous_business_a1 full_name x2 (the check boxes "☑ บุคคลธรรมดา ☐
# นิติบุคคล" kept in the name); body_corrects_phone_after_docx phone x2 (the attachment's
# mistyped number kept, but flagged).
# Missing, 16: xlsx_water_truck_two_columns phone, address, postal code, province x2
# (label in A, value in C, a second pair in D-E on some rows); docx_commercial_tp_person
# full_name and e-mail x2 ("ชื่อผู้ประกอบพาณิชยกิจ", an e-mail after the mobile on one
# dotted line); xlsx_office_form_returned province x2 (only inside the address cell);
# docx_noise_permit_textboxes postal code x2.
# Right everywhere: the agency's address and phone in Word headers and footers, the .odt's
# header, the PDFs' heading and footer lines; spouses, newborns, witnesses, headmen and
# co-signers; the headman's forwarding mail; the ID corrected in the body after a PDF.
# No builder slips found: each miss above is the reader's (the values are on the form).
# Floors: each style below 0.99 at its first-sight accuracy, and the silent share at its
# first-sight 2.5%, so the set passes as it reads today and any step back fails.
# Fix (unit test in test_shapes_33.py on a fresh example, seen failing first;
# extractors/xlsx_form.py): a sheet row's running number before a label cell is the
# row's own, not a line of the value above it. After it (same command, at 8c277bb):
# 296/320 right (0.925), 4 wrong flagged, 6 wrong without a flag (1.875%), 14 missing;
# sheet 38/46 (0, 0, 8), the other kinds as at first sight; xlsx_office_form_returned
# 16/16 (its silent addresses and missing provinces both gone). The 21 other sets with a
# sheet (test_unseen_styles_N.py for N = 2, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23 to 32)
# read the same before and after: each "all styles" line identical. Left, silent:
# the text boxes' name, the shop's phone, the body's corrected house number (6).
# Fixes for those (unit tests in test_shapes_fix33.py on fresh examples, each seen failing
# first): a body that says an attachment's value is wrong supersedes the attachment's
# values of that field (said_wrong.py: the body's right value wins, else the kept one is
# flagged); a contact's label followed by the applicant's role without ของ
# ("โทรศัพท์มือถือผู้ประกอบการ"; a contact's label only) is one label (body_form._WHOSE);
# text boxes typed over a line's dots fill its blanks in order (docx_blanks.py) and a
# name made only of a form's
# print words ("อายุ ปี") is no name. After them (same command, at 1fcf6e2): 304/320 right
# (0.950), 6 wrong flagged, 0 wrong without a flag, 10 missing; Word 116/122 (4, 0, 2),
# mixed 76/78 (2, 0, 0), the other kinds as before. docx_noise_permit_textboxes 14/14,
# body_corrects_phone_after_docx 16/16 (the body's number taken, the disagreement shown),
# docx_commercial_tp_person 12/16 (the shop's phone flagged against the owner's mobile,
# the e-mail after it read), body_corrects_address_after_xlsx 14/16 (the body's house
# number alone taken, flagged). Every other set's "all styles" line identical (-k
# "unseen_styles and not 29", before on c116a4b and after on 1fcf6e2).
# Fix (unit test in test_shapes_33.py on a fresh sheet, seen failing first;
# extractors/header_bands.py): a caption over several columns with a lower caption under
# its first column alone is no header in two bands, so label | (empty) | value rows in a
# run (ที่อยู่ over จังหวัด | | ... | รหัสไปรษณีย์ | ... over โทรศัพท์) are read as pairs, not
# "จังหวัด" as the address's value and the province as the phone's label. After it (same
# command, on branch mends34): 312/320 right (0.975), 6 wrong flagged, 0 wrong without a
# flag, 2 missing; sheet 46/46; xlsx_water_truck_two_columns 14/14 (from 6/14), its floor
# raised to the default; the other kinds and styles as before. Every other set's "all
# styles" line identical (-k "unseen_styles", before on b2c4e65, after on 067f310).
# fix34 (of the applicant's own phones the mobile, the labelled มือถือ first): on main
# at b59e09a 314/320 (0.981), 4 flagged, 0 silent, 2 missing; docx_commercial_tp_person
# 14/16 (the owner's mobile now wins; its name under "ชื่อผู้ประกอบพาณิชยกิจ" missing).
# Stop 38: a tick box after a name ends it (values._without_boxes_after): 316/320,
# docx_hazardous_business_a1 14/14, its floor removed.
FLOORS: dict[str, float] = {
    "docx_commercial_tp_person": 0.875,
    "body_corrects_address_after_xlsx": 0.875,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 8 of 320 at first sight (2.5%), 6 after the sheet's fix (1.875%), 0 after the
    # fixes of fix33: held at none, as every set is.
    HELD_OUT.assert_silent_at_most()
