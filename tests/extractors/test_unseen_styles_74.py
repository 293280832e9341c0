"""Accuracy on a seventy-fourth set of requests written by others (issue 8): STUDENTS AND
YOUNG PEOPLE at เทศบาลนครพิษณุโลก and เทศบาลเมืองมหาสารคาม (university towns). University
students asking an internship (ฝึกงาน / สหกิจศึกษา) by their own mail, by the faculty's letter
on letterhead (the dean, the adviser's name, mobile and box, the faculty's line) and by the
faculty's coordinator's Outlook; pupils under 18 applying for the town's ทุนการศึกษา (the
parent's section with his own ID, birth date and mobile; the school's line and the class
teacher); youth council (สภาเด็กและเยาวชน) members asking the hall (a parent's consent,
the council's adviser at the town hall); students moving their house registration into
their dormitory (the owner's consent: his name, ID, phone, the house's 11-digit
รหัสประจำบ้าน; the old home); graduates asking a certificate of conduct for a job (the
employer's HR contact, the job's reference); students' groups asking to survey a
community (the teacher as contact, the members' numbers and phones); a parent's typed
letter for a child. Look-alike numbers: student numbers of 8 to 11 digits (one of 10),
pupil numbers, class and room numbers, GPAs, course codes, letter numbers, house codes.
Plain: a student's iPhone mail, a webmail dorm move, a graduate's webmail, a youth
member's Samsung mail, a group leader's mail. HTML: a student's Gmail forwarding the
faculty's letter, the coordinator's Outlook table, the town's scholarship web form from
no-reply, a Gmail reply above the registry's quoted mail, a leader's university Outlook.
Word: the faculty's letterhead letter, the dorm owner's consent, the scholarship form as
tables, the hall form on dotted lines. PDF: a fillable conduct request (f1..f12), a
parent's typed letter, a student's typed letter (the adviser's comment below), a fillable
move form (Text1..Text12). Sheets: a group's member sheet, a student's application sheet.

unseen_requests_74.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 37, 61 and 63: the
APPLICANT is the one the request is for and who asks: the student for an internship,
whoever sends it (the dean, the adviser, the coordinator never; where the faculty's letter
gives only her name, the rest `()`); the pupil who applies for a scholarship (never the
parent who signs beside her; no phone or box of her own: `()`); the youth member who asks
the hall (never the consenting parent or the adviser); the parent who writes and signs a
letter for a child (never the child); the student who moves into a dorm (never the owner;
her address the dorm, with or without its name and room; the old home never); the graduate
(never the employer); the group's leader (never the teacher or the members; no ID given:
national_id `()`). A student with a dorm and a registered home: the dorm, or the home
where the request gives it as hers. Student, pupil, class, room, course and house numbers,
GPAs and references are never an ID or a phone; birth date only the applicant's. Same
harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per style and
per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_74 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
