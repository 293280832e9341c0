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

# First sight: not yet measured (the set is committed before any run).
FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
