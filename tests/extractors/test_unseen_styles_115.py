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

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
