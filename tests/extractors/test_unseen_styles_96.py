"""Accuracy on a ninety-sixth set of requests written by others (issue 8): INTERNSHIPS AND
JOB APPLICATIONS at เทศบาลเมืองอุตรดิตถ์ and เทศบาลตำบลพรหมพิราม (Uttaradit, Phitsanulok):
universities' letters, forms and sheets asking a placement for a student (มหาวิทยาลัย
ราชภัฏอุตรดิตถ์, นเรศวร, ราชภัฏพิบูลสงคราม: the dean who signs, the coordinator's
signature, the advisor and his mobile, the office's line and box, the student's code);
job seekers' CVs and ใบสมัคร with referees' names, posts and mobiles, parents' names, IDs
and phones, a spouse, an emergency contact, past employers' addresses and lines; a
mother forwarding her son's LINE lines; a teacher recommending a former pupil; a
student's own letter naming her advisor and her mother.
Plain: a job seeker's Gmail with two referees, a short iPhone mail (Thai digits, the
father as emergency contact), a university office's webmail for one student, a mother's
LINE-forwarded lines, an Outlook-for-Android reply over HR's quoted mail. HTML: a Gmail CV
table (family rows, work history), a faculty's Outlook (the coordinator's signature), the
city's web form notification, a teacher's Gmail list. Word: the city's ใบสมัคร on dotted
lines, a university's letter in Thai digits (the student in a table), a two-column
résumé, a student's own letter. PDF: a fillable ใบสมัคร (applicant_*, father_*,
mother_*, ref1_*), a university's fillable student form, a typed cover letter (block top
right, a referee at the foot), a university's typed letter. Sheets: a university's sheet
for one student under its head block, the city's applicant sheet (work history,
referees), a family sheet whose applicant row comes after the parents'.

unseen_requests_96.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63 and 37: the
APPLICANT of a job application is the job seeker; of a placement a university asks, the
STUDENT it is for (never the dean, coordinator or advisor; the university's place, line
and box never hers: her phone, box and ID `()` where the request gives none); of a
mother's or a teacher's mail, the son or pupil it is for (their phone and box `()`).
Referees, parents, spouses, emergency contacts, teachers and past employers are never the
applicant; student codes, letter numbers, GPAs, salaries and licences never an ID or a
phone; birth date only the applicant's. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_96 import KIND, build_set

# First sight: not yet run.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
