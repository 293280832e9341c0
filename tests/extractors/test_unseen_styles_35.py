"""Accuracy on a thirty-fifth set of requests written by others (issue 8): STRUCTURED
ATTACHMENTS built the way agencies build their templates: Word forms with content
controls (placeholders left in unfilled ones), legacy FORMTEXT fields, ☐/☑/☒ glyphs and
w14:checkbox controls, nested tables, merged cells, a table per person and a column per
person, a table continued on a second page with its header row repeated, values in a
smaller font under their labels, labels and values in two tables side by side; xlsx
sheets (label in A and value in C, two pairs a row, merged cells, an instruction sheet
first, a row per person, numbers stored as numbers, Excel dates); fillable PDFs whose
field names say nothing, labelled only by the page text, a second person's widgets on
the same page, radio buttons and check boxes; mails whose body says little, one whose
body gives the phone the attachment leaves blank.

unseen_requests_35.py was written before reading `extractors/` or `config/` (only the
harness, set 33's test and builder, the helpers they import and the earlier sets'
docstrings and style names). Conventions written down there: the applicant is the one
the form names as ผู้ยื่นคำร้อง/ผู้ขอ, never a spouse, witness, house owner, certifier or
household member; a placeholder, a blank field default or an empty widget is no value
(that field expects none); an unticked option is no value and the ticked title is the
name's title; a 9-digit number in a phone cell is the mobile with its 0 lost and a
13-digit number in an ID cell is the ID; an instruction sheet's example is not the
applicant; the body's phone is right where the attachment leaves it blank. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and
kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_35 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_35.py -s -p
# no:randomly, set at ddb6813 on main's b2c4e65), 25 styles, 50 requests: 380/400 right
# (0.950), 11 wrong flagged, 9 wrong without a flag (2.250%), 0 missing (0 n/a). By kind
# (right/fields; flagged, silent, missing): Word 170/176 (4, 2, 0), sheet 88/96 (1, 7, 0),
# PDF form 64/64, mixed 58/64 (6, 0, 0).
# Silent, 9: xlsx_person_rows_header national_id, birth_date, phone, e-mail, address (the
# variant whose applicant is the second row, ฐานะ "ผู้ยื่นคำร้อง": the first row, the
# spouse "คู่สมรส", read as the applicant; the name flagged, the rest not) and
# docx_glyph_boxes_request_type address x2 (the line "บ้านเลขที่ ... จังหวัดสระบุรี
# รหัสไปรษณีย์ 18140" kept whole: the postal code's label and value left in the address).
# Flagged, 11: body_little_form_and_household_sheet full_name, national_id, phone x2 (the
# household sheet's first member, "นายประสิทธิ์ บุญประเสริฐ" / "นางทองพูน แสนสุข", taken
# over the Word form's content controls; flagged); docx_controls_inline_w14_title
# full_name x2 ("คำนำหน้า นาย": the title line "ผู้ยื่นคำร้อง คำนำหน้า ☒ นาย ☐ นาง ☐ นางสาว"
# read as the name, the ชื่อ/นามสกุล controls on the next line not); docx_glyph_boxes_
# request_type full_name x2 ("ธีรวัฒน์": "ชื่อ X   นามสกุล Y" read as the first name
# alone, the ticked title not joined); xlsx_person_rows_header full_name (the spouse's).
# Missing: none. Right everywhere: placeholders left in content controls and FORMTEXT
# defaults (no value taken, the body's phone where the form's is blank), nested and merged
# tables, a table per person and a column per person (the witness's column first in one
# variant), the table continued with its header row repeated, values in a smaller font
# under their labels, labels and values in two floating tables, every sheet layout but
# the row per person (numbers stored as numbers: the phone's lost 0 and the ID's 13
# digits restored, Excel dates), the instruction sheet's example person, every fillable
# PDF (meaningless names, labels beside or above, the spouse's and the house owner's
# widgets on the same page, the radio title joined to the name, an empty e-mail widget).
# No builder slips found: each value above is in the attachment as expected (the built
# files were opened and read back to check the silent ones).
# After fix35's sheet fix (extractors/sheet_roles.py: a row per person under a header
# row, a column naming each one's role; the row naming the asker is the applicant's, and
# with no such row the rows give nothing), same command: 394/400 (0.985), 4 wrong
# flagged, 2 wrong without a flag (0.500%), 0 missing. By kind: Word 170/176 (4, 2, 0),
# sheet 96/96, PDF form 64/64, mixed 64/64 (the household sheet, its members' relations
# given and none the asker, no longer outranks the Word form's applicant).
# Then the address fix (extractors/address_tail.before_postal_label: the postal code's
# label and the code ending an address end it, the code read as its own field; the
# line "... จังหวัดสระบุรี รหัสไปรษณีย์ 18140" had no gap before the label, the same in a
# mail body): 396/400 (0.990), 4 wrong flagged, 0 wrong without a flag, 0 missing. By
# kind: Word 172/176 (4, 0, 0), sheet 96/96, PDF form 64/64, mixed 64/64.
# Then the names fix (extractors/names.py: the ticked title on a line of its own is the
# title beside a family name, never the given name; the title's own caption before its
# boxes, "คำนำหน้า ☒ นาย", no word of the name): 400/400 (1.000), 0 flagged, 0 silent, 0
# missing. By kind: Word 176/176, sheet 96/96, PDF form 64/64, mixed 64/64.
# Floors: at first sight each style below 0.99 was held at its accuracy and the silent
# share at 2.25%; every style now reads at 0.99 or better (the harness's default floor)
# with none silent, so any step back fails.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=50, styles=25, fields=400)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 9 of 400 at first sight (2.25%), 2 after the sheet fix, 0 after the address fix:
    # held at none, as every set (unseen_harness.HELD_SILENT).
    HELD_OUT.assert_silent_at_most()
