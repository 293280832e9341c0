"""Accuracy on a hundred-and-twenty-eighth set of requests written by others (issue 8):
HEALTH CENTRES TRANSFERRED TO THE PROVINCE (รพ.สต. under the อบจ.) in กาญจนบุรี, เพชรบุรี
and ประจวบคีรีขันธ์, mail to the อบจ. and its รพ.สต.: a copy of one's medical record
(สำเนาเวชระเบียน), patient transport (รถรับส่งผู้ป่วย) for a bedridden parent asked by a son
or by a village health volunteer (อสม., her card number and ID beside the patient's), home
visits, a complaint about a nurse's service (the nurse's licence, the centre's head and
line), a clinic's referral letter (the doctor's licence ว.38814, the clinic's place, line
and box), a caregiver's (CG) request for a dependent elder (her certificate, ID, mobile),
a medical certificate for work (the employer's place and HR line), an elder's one-line
phone mail. HN numbers, appointment numbers, blood pressure (150/90), DTX, visit and
appointment dates in B.E. throughout.
Plain: an iPhone one-liner, a son's Android Gmail, an อสม.'s webmail, Outlook for Android
(a value on the next line), a LINE chat forwarded as text. HTML: Gmail (a complaint, a
caregiver's table), Outlook (a clinic's referral as a table, the doctor's signature), an
e-Service web form notification (the informant's and the elder's sections). Word: the
centre's dotted form for a record copy, a son's letter (his block top right), a table form
for a medical certificate (the employer's rows below), a complaint letter. PDF: fillable
(a transport form with pt_*/req_* fields, a home visit form with fields Text1..Text10),
typed (a clinic's referral, its block top left; a worker's letter, her block top right).
Sheets: an อสม.'s transport sheet (her head row over the patient's row, the address in
columns), a label/value record request (the one who collects below), a caregiver's
monthly sheet (the elder's row, the CG's row, BP readings).

unseen_requests_128.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, the
earlier sets' first docstrings and set 84's test comments). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following sets 28,
31/63 and 37: one's own record, certificate, one-line mail or complaint is the writer's
(the nurse, doctor, head and the patient she took along never); transport, a home visit, a
referral and a caregiver's request are the PATIENT's or elder's, never the son's, the
อสม.'s, the clinic's or the caregiver's (their phones and boxes `()` where only theirs
appear). HN, appointment, licence, card and certificate numbers, blood pressure and visit
dates are never an ID, a phone or a birth date. Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_128 import KIND, build_set

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
