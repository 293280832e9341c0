"""Accuracy on a hundred-and-fifteenth set of requests written by others (issue 8): SCHOOLS
AND EDUCATION in the north (Chiang Mai, Lamphun, Lampang), to the กองการศึกษา of the
เทศบาลนครเชียงใหม่, เทศบาลเมืองลำพูน and เทศบาลนครลำปาง and to three อบต. Enrolling a small child
at a ศูนย์พัฒนาเด็กเล็ก (a mother's iPhone mail with her own and the father's lines; the
town's e-service notification with the ผู้ปกครอง's rows; the ศพด.'s ใบสมัคร over dotted lines,
v2 in Thai digits; a parent's sheet with a column per person); moving a pupil to another
school (a father's LINE chat forwarded by the class teacher, with the student number and
the new school's 10-digit code; the school's transfer request as a Word table with the
mother's workplace; a father's typed letter with his block top right); a former pupil's
own ปพ.1 (webmail, with her mother's name and the old school's code; a fillable form with a
proxy's section filled in v2); a ใบรับรองการเป็นนักเรียน (a class teacher's iPhone mail for a
pupil; a student's typed letter with her adviser's comment and the school's line); the
town's ทุนการศึกษา (a Gmail reply above the clerk's quoted mail, a Gmail table with the
guardian's rows, a Word form with the parents' incomes and the teacher who certifies, a
fillable form in English field names student_*/guardian_*, a label/value sheet with the
school's rows); school bus and lunch aid (a school's Outlook mail for van fuel and its Word
หนังสือ for the lunch budget, both signed by the director, a coordinating teacher's mobile
beside the school's line; a parent's Outlook-for-Android complaint naming the driver, his
mobile and the plate; a parent's bus-fare sheet with his ธ.ก.ส. account).

unseen_requests_115.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, set 63's builder and test, set 62's test, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28 (the
person who asks; for a body the natural person who signs), 31/63 (a service for one
person asked by another is the one it is FOR; sets 64/109: a child's place at a ศพด. is
the child's), 37 (where only another's phone is given, phone `()`) and 61/74 (the pupil
who applies for a scholarship, never the parent beside her). So the APPLICANT is: the
CHILD whose ศพด. place, transfer, bus fare or student certificate it is (her name with
เด็กหญิง/เด็กชาย or ด.ญ./ด.ช., ID, birth date, home; phone and e-mail `()`), never the parent
or teacher who asks; the STUDENT who applies for a scholarship or asks her own certificate
(her own mobile and box); the FORMER PUPIL asking her own ปพ.1 (the sister who collects
never); the PARENT who complains of the bus (no birth date scored); for a school's letter
its DIRECTOR who signs (no ID: `()`), the school's place and line (the coordinator's
mobile never; no e-mail scored). Address where the applicant lives (the school's for its
director); a new school's, a workplace, the clerk's office in a quote never. School codes,
student numbers, class numbers, GPAs, incomes, bank accounts, letter numbers and plates
are never an ID or a phone; birth date only the applicant's. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_115 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_115.py -s -p
# no:randomly, set at 69f6da4 on main's 023ad9f), 20 styles, 40 requests, 310 fields of
# which 306 scored: 290/306 right (0.948), 12 wrong flagged, 4 wrong without a flag
# (1.307%), 0 missing, 4 n/a (full_name 4: plain_webmail_own_transcript and
# pdf_fillable_scholarship_english read as document_request, which has none); 170 of the
# right values flagged for a look. By kind of input (right/fields; flagged, silent,
# missing): plain 72/76 (4, 0, 0), HTML 58/60 (2, 0, 0), Word 56/60 (4, 0, 0), PDF 56/62
# (2, 4, 0), sheet 48/48 (0, 0, 0). Every miss, all sixteen:
# Silent, 4:
# - pdf_fillable_scholarship_english national_id 2: the guardian_id field's value (the
#   mother's ID, 3520400115956 / 3510500101248) over student_id's (the student's own,
#   written dashed in v1, spaced in v2); her name, birth date, mobile, home read right.
# - pdf_typed_parent_transfer_letter full_name 2: the father who writes "ข้าพเจ้า
#   <father> ... เป็นบิดาของ <child>" and signs (นายเกรียงไกร ปิงเมือง, นายธวัชชัย
#   มณีวรรณ), not the child the หลักฐานการย้าย is for. Under this set's convention (31/63,
#   64/109: a service for a child is the child's) it is wrong; set 74 ruled the other way
#   for a parent's typed letter (the parent who writes and signs), so this is a ruling in
#   doubt more than a reading fault.
# Flagged, 12:
# - the mother who writes as the child's applicant: plain_iphone_cdc_enrol full_name and
#   national_id 2 each (her "ดิฉัน<mother> เป็นมารดา" and "เลขบัตร" over "ชื่อเด็ก" and
#   "เลขประจำตัวประชาชนเด็ก"); docx_cdc_dotted_form full_name 2 (the mother who signs as
#   ผู้ยื่นคำขอ) and national_id 2 (the father's ID on "2. ชื่อบิดา ... เลขประจำตัวประชาชน",
#   in Thai digits in v2).
# - the class teacher who asks: html_iphone_teacher_certificate full_name 2 (นางจันทร์เพ็ญ
#   ใจยา, นางสาวเยาวลักษณ์ ดวงดี, her signature over "ให้ ด.ญ.<pupil>"); the pupil's ID,
#   birth date, home read right, the teacher's mobile and box only flagged.
# - pdf_typed_parent_transfer_letter national_id 2 (the father's ID beside his name).
# Missing, 0.
# Right everywhere else: the LINE chat forwarded by the teacher (the pupil's lines, the
# father's mobile and ID never unflagged, the school code never a phone), the own ปพ.1
# (plain and fillable; the sister who collects never), the bus complaint (the driver's
# mobile and the plate never), the Gmail reply over the clerk's quote (her office never),
# the Gmail and Word scholarship forms (the guardian's rows, the teacher, incomes never),
# both school letters (the director; the coordinator's mobile, the school code and the
# bank account never), the e-service ศพด. notification (ผู้ปกครอง rows never), the
# transfer table (the mother's workplace, the new school never), the student's typed
# letter (her adviser never), all three sheets (a column per person, the guardian's and
# school's rows, the ธ.ก.ส. account never a phone or an ID).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); the count is the same before and after reading them.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent at the
# first sight's share.
# After stop 54's fixes (fix115; rules by kind, each with a unit test on made-up text):
# 298/306 right (0.974), 8 flagged, 0 silent, 0 missing. By kind: plain 72/76 (4, 0, 0),
# HTML 60/60, Word 56/60 (4, 0, 0), PDF 62/62, sheet 48/48.
# - a fillable form's guardian's or parent's boxes are another's, and a box named for
#   another number (student_id) holding a valid 13-digit ID goes by its printed caption
#   (pdf_form, test_pupil_form_fields); a parent's letter (เป็นบิดา/มารดา/ผู้ปกครองของ
#   ด.ช./ด.ญ. ...) or a teacher's mail asking a pupil's own school paper (ใบย้าย, ปพ.1,
#   ใบรับรองการเป็นนักเรียน) is the child's, a complaint stays the parent's (pupils_paper,
#   acting_for, test_parent_for_pupil); a province after going to a named school or
#   office is the place gone to (prose). Left flagged: the child development centre
#   enrolments (plain_iphone_cdc_enrol, docx_cdc_dotted_form, 8 fields), which set 61
#   rules the parent's and sets 64/109/115 the child's; no principle tells them apart.
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "plain_iphone_cdc_enrol": 0.75,
    "docx_cdc_dotted_form": 0.75,
}
SILENT_NOW = 0 / 306  # first sight: four (two guardian_id values, two fathers' names)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Four of 306 at first sight.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
