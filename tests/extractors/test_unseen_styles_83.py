"""Accuracy on an eighty-third set of requests written by others (issue 8): CCTV FOOTAGE,
ROAD ACCIDENTS AND POLICE REPORTS, to เทศบาลนครนครราชสีมา, เทศบาลเมืองสุพรรณบุรี,
เทศบาลตำบลบ้านฉาง (Rayong) and the อบต. of Ayutthaya (บ้านใหม่, บ้านโพ). Citizens ask for
footage of a crash, a theft, a hit-and-run (date, time window, camera's place); report a
broken street light, a pothole, a fallen tree that caused an accident; claim when the
city's garbage truck or tree hit a car; police investigators and an insurer's surveyor ask
footage for a case or a claim; a wife, a son and a lawyer write for a victim in hospital.
Around the applicant's values: the other driver's name, ID, phone and plate, daily-report
numbers (ประจำวันเลขที่ / ข้อ), case numbers, claim and policy numbers, the event's date and
time beside birth dates, the hospital's and the station's lines.
Plain: a driver's iPhone mail, an owner's Gmail signature, a wife for her husband in ICU,
an investigator's Gmail, a community leader's forward. HTML: a victim's Gmail table, an
insurer surveyor's Outlook, the city's e-service notification, an owner's Gmail claim
against the garbage truck, a reply over the quoted clerk. Word: the city's footage form as
tables (with the คู่กรณี's rows), a police station's letter, a lawyer's letter for a victim
in hospital, a claim for a fallen tree. PDF: the fillable footage request (applicant_*,
other_party_*), a typed letter (block top right), a son's typed letter for his mother, a
typed complaint signed at the foot. Sheets: a station's list of cameras, an insurer's claim
sheet.

unseen_requests_83.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the applicant is the one the request is
FOR (set 63): the citizen asking for her own crash, theft, report or claim; the victim in
hospital when a wife, a son or a lawyer writes (their values never; phone and e-mail `()`
where only theirs appear); the citizen who wrote a forwarded original (her box in the
forwarded header), never the community leader. A police investigator who signs the request
is the applicant (set 56's natural person signing for a body): his name as signed, with or
without rank, national_id `()`, the station's place, the station's line or his mobile, the
box he sends from; the case's victim and suspect never. An insurer's surveyor: the insured
citizen (set 77), her ID and home where written, her phone only where her own is written,
e-mail `()`. Plates, daily-report, case, claim, policy and pole numbers are never an ID or
a phone; the other driver's, witness's, hospital's and station's (but for the officer)
values never the applicant's; event dates never a birth date. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_83 import KIND, build_set

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
