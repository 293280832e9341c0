"""Accuracy on an eighty-seventh set of requests written by others (issue 8): JOB SEEKERS
WRITING TO A MUNICIPALITY OR อบต., to เทศบาลเมืองบ้านไผ่ and อบต.หินตั้ง (Khon Kaen).
Applications for a temporary post (พนักงานจ้างทั่วไป, พนักงานจ้างตามภารกิจ: คนงานทั่วไป,
ผู้ช่วยเจ้าพนักงานธุรการ, ผู้ช่วยนักวิชาการเงินและบัญชี, ผู้ช่วยนักวิชาการคอมพิวเตอร์), a
ผู้ดูแลเด็ก at the town's ศูนย์พัฒนาเด็กเล็ก (her teacher's licence, 13 digits that are no
ID), a lifeguard at the town's pool (his certificate's number), a driver (his ท.2 licence's
number, ส.ด.9); volunteers for the town's disaster team (อปพร.); former employees asking a
หนังสือรับรองการทำงาน (the old post's number, salary, former boss and his line). Others
everywhere: references (บุคคลอ้างอิง) with posts and phones, emergency contacts, parents'
names and occupations, a spouse, former employers' addresses and lines, a village headman
who certifies, a job site's and the town's own contacts.
Plain: a CV's text pasted into Gmail, a lifeguard's iPhone mail, a daughter's Gmail
forwarding her father's LINE chat (he applies as driver), an Outlook reply above the
personnel clerk's quoted mail, the town's web form notice for อปพร. HTML: a job site's
"apply" notification (candidate card, the site's Bangkok footer), a Gmail for the child
centre's post, an Outlook from the new employer's box (its office in the signature), a
Gmail table (the spouse's and father's rows). Word: a two-column CV with a photo box, the
town's ใบสมัคร typed over its dots, a letter asking a certificate (the writer's address
top right), a cover letter with the CV under it. PDF: the อบต.'s fillable ใบสมัคร
(applicant_*, ref*, emergency_*, father/mother fields), the fillable อปพร. form (ID comb,
birth date in three parts, the headman's section), a typed ใบสมัคร, a CV exported to PDF.
Sheets: a guidance teacher's list of several students, an applicant's own label/value
sheet, a former employee's certificate request form.

unseen_requests_87.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). Rulings followed: set 28 (the applicant
is the person who asks), sets 31/63 (a request for one person asked by another is the one
it is for: the father whose LINE chat his daughter forwards), set 37 (where only another's
phone or box is given, `()`). So the APPLICANT IS THE JOB SEEKER, volunteer or former
employee; references, emergency contacts, parents, spouses, former bosses and employers,
the headman who certifies, the teacher who sends, the daughter who forwards, the job
site and the town are never the applicant. A guidance teacher's sheet of several students
is for no one person: name, ID, birth date, phone and e-mail `()`. A post's,
announcement's, licence's, certificate's, ส.ด.9/ส.ด.43's or job post's number, a GPA or a
salary is never an ID or a phone. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_87 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
