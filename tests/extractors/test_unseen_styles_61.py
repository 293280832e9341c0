"""Accuracy on a sixty-first set of requests written by others (issue 8): A MUNICIPALITY'S
EDUCATION DESK (กองการศึกษา เทศบาลเมืองชุมแพ, Khon Kaen): enrolments at the ศูนย์พัฒนาเด็กเล็ก,
school transfers, uniform-allowance and lunch-fund claims listing several children, a
student's scholarship, a teacher's request for the town's hall, complaints about a school
bus driver. Every request carries SECOND AND THIRD PEOPLE with complete particulars (a
child's name, ID opening 1, birth date, blood group, allergies; the other parent's name,
ID, birth date, job, workplace address and mobile; a driver's name, mobile, ID and
plate; a school director, a school's officer and line) and numbers like fields (student
numbers of 5 digits, class numbers, 10-digit school codes, a G-number, a ที่ ศธ letter
number, plates, incomes, GPAs).
Plain: a mother enrolling from her phone (the child's block first, the father's with his
workplace, then hers), a LINE chat pasted and sent by the centre's teacher (the
grandmother's lines, the mother's mobile in Samut Prakan), a father asking a transfer
(the son's student number, the new school's code and place), a parent's complaint about
the van driver (his name, phone, plate), a student of 17 applying herself (her mother's
block with its birth date after hers). HTML: a parent's Gmail table of three children for
the uniform allowance, a teacher's Outlook for the hall (her named box at the school; the
school's code, address, line and director in the signature), the town's web form from
no-reply (child, mother with birth date and mobile, then ผู้กรอกข้อมูล: the father or a
grandfather), a grandparent's Gmail reply above the school officer's quoted request, a
father's Outlook complaint naming the driver (his ID and mobile) and the van's owner.
Word: the ศพด. form over dotted lines (child, other parent, then ผู้ยื่นคำขอ: a mother or a
grandmother), a school's letter ที่ ศธ ... (the student's block, the director) forwarded by
the mother with her lines in the mail, the uniform claim table (parent rows, children's
table), the hall request form (teacher's home beside the school's address). PDF: a
fillable scholarship form (the student's fields, her ID as a comb, then the guardian's),
a fillable ศพด. form named Text1..Text16 (child first), a mother's typed complaint
(sender block top right), a parent's typed transfer request (child's G-number). Sheets: a
teacher's lunch-fund list (children, their parents' names, mobiles, homes), a parent's
uniform sheet (her block, then the children with birth dates).

unseen_requests_61.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 59 and 60, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the APPLICANT is the adult who asks (the
parent or grandparent who enrols, asks a transfer, claims or complains; the one who fills
and signs as ผู้ปกครอง/ผู้ยื่นคำขอ/ผู้กรอกข้อมูล), never the child. The scholarship's
applicant IS the student of 17 (ผู้สมัคร: she asks for herself; her birth date is hers),
never her mother or guardian. A teacher who asks for the hall or sends her class's list
is the applicant (her named box at the school is hers); the children and parents in a
list never (national_id and address `()` in the lunch list: no value, or a flagged one,
is right). The child's, the other parent's, the driver's, the van owner's, the director's
or school officer's name, ID, birth date, phone and box are never the applicant's. Where
the applicant's birth date is not given but a child's or another's is, birth_date is `()`
(the child's birth date wrong). A student number, class number, school code, G-number,
letter number, plate, income or GPA is never a phone or an ID. Address: where the
applicant lives; a school's, the new school's, the hall's, the other parent's workplace
never; accepted forms as set 56 (to the อำเภอ, with or without เลขที่, province, postal
code). The centre's teacher who forwards a LINE chat: her box is not the grandmother's
(no e-mail expected). Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_61 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_61.py -s -p
# no:randomly, set at 5405f0a on main's 0d4d971), 20 styles, 40 requests, 311 fields of
# which 299 scored: 247/299 right (0.826), 34 wrong flagged, 0 wrong without a flag
# (0.000%), 18 missing, 12 n/a; 136 of the right values flagged for a look. The n/a:
# full_name 2+2 (plain_transfer_father, xlsx_uniform_claim_parent read as
# document_request: a student number's "เลขประจำตัวนักเรียน" picks it), birth_date 2 each
# in plain_bus_driver_complaint, html_outlook_bus_complaint_father, pdf_typed_bus_complaint
# (complaint, right) and docx_hall_request_form (read as complaint). By kind of input
# (right/fields; flagged, silent, missing): plain 60/74 (8, 0, 6), HTML 65/77 (8, 0, 4),
# Word 53/61 (4, 0, 4), PDF 47/61 (12, 0, 2), sheet 22/26 (2, 0, 2). Every miss, all 52:
# Silent: none. Student numbers, class numbers, school codes, a G-number, letter numbers,
# plates, incomes, GPAs never read as a phone or an ID; the child's birth date never
# silently hers (every `()` birth_date right).
# Flagged, 34: the CHILD taken for the applicant: full_name the child's
# (plain_cdc_enrol_mother 2, plain_bus_driver_complaint 2, html_webform_cdc_enrol 2,
# docx_school_letter_forward 2, xlsx_lunch_fund_list 2 (the last child's row)); national_id
# the child's (plain_line_chat_grandma 2, html_webform_cdc_enrol 2, pdf_fillable_cdc_textn
# 2, pdf_typed_transfer_request 2); birth_date the child's (pdf_fillable_cdc_textn 2: the
# child's Text3 before the parent's Text9); another adult's phone: the mother's mobile
# (plain_line_chat_grandma 2, html_webform_cdc_enrol 2: the mother's row before the
# filler's), the old school's line in its letter (docx_school_letter_forward 2), the
# driver's (pdf_typed_bus_complaint 2); another adult's name: the driver's
# (html_outlook_bus_complaint_father 2: "คนขับคือ นายประจักษ์ ศรีสุข (เลขบัตร ...)"), the
# guardian's with "(มารดา)" kept (pdf_fillable_scholarship 2: the student's own
# ชื่อผู้สมัคร missed); a blood group as the หมู่ (pdf_fillable_cdc_textn address 2: "88
# หมู่ที่ เอ", "17 หมู่ที่ บี": Text4's หมู่เลือด taken for Text11's หมู่ที่).
# Missing, 18: the From box where the reader took another for the applicant (email:
# plain_cdc_enrol_mother 2, plain_bus_driver_complaint 2,
# html_outlook_bus_complaint_father 2, docx_school_letter_forward 2, xlsx_lunch_fund_list
# 2); full_name where the parent signs "ผู้ปกครอง <name>" under a children's table
# (html_gmail_uniform_children 2) or speaks in a LINE chat line ("ยาย <name> บัตร ...",
# plain_line_chat_grandma 2); birth_date over dotted lines "วันเดือนปีเกิด ....9 พฤษภาคม
# 2539...." (docx_cdc_enrol_form 2); the sender block top right wrapped over two lines
# (pdf_typed_bus_complaint postal code and province 2; the address read).
# Right everywhere else: the student of 17 applying herself (plain, her mother's block with
# its birth date after hers), the teacher's hall request (Outlook; Word with the school's
# address beside her home), the grandparent's Gmail reply above the school's quote, the
# transfer letters' student numbers and school codes, the uniform claim table and sheet.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO).
# After fix61 (branch fix61 from 2087d6d; same command): 279/301 right (0.927), 14 wrong
# flagged, 0 silent, 8 missing, 10 n/a (xlsx_uniform_claim_parent now read as
# general_request: full_name collected, 2 more scored, right). Fixed, 30: the child taken
# for the applicant (a part headed ข้อมูลเด็ก in prose, "ลูกดิฉัน ด.ช. ...", a web form's
# rows labelled เด็ก/มารดา beside ผู้กรอกข้อมูล, a class's list of children in a sheet, the ID
# after a child's titled name), the guardian's name line ("ผู้ปกครอง <name>", "มารดา
# (ผู้สมัคร) <name>"), the scholarship's ผู้สมัคร label, the mother's phone under her
# "ผู้ปกครอง" line; the From box back with the name. Left, 22: plain_line_chat_grandma 6
# (a chat's "ยาย <name> บัตร ..."; the child's ID and mother's mobile), pdf_fillable_cdc_textn
# 6 (the child's Text2/Text3 read as hers; หมู่เลือด as หมู่ที่), html_outlook_bus_complaint_
# father 4 (the driver's name "คนขับคือ นาย..." before its ID; the box then dropped),
# pdf_typed_bus_complaint 4 (the driver's phone in brackets; the two-line sender block's
# tail), docx_cdc_enrol_form 2 (the child's dotted "เกิดวันที่ ....21/06/2566 หมู่โลหิต ..."
# read at 0.95 over the applicant's 0.90).
# Floors: each style below 0.99 at its accuracy now, rounded down; silent held at none.
FLOORS: dict[str, float] = {
    "plain_line_chat_grandma": 0.571,
    "html_outlook_bus_complaint_father": 0.714,
    "docx_cdc_enrol_form": 0.866,
    "pdf_fillable_cdc_textn": 0.6,
    "pdf_typed_bus_complaint": 0.714,
}
SILENT_NOW = 0 / 301  # first sight and after fix61: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 299 at first sight, nor of 301 after fix61: held there, so one silent fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
