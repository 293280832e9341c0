"""Accuracy on a ninety-second set of requests written by others (issue 8): FARMERS AND
FISHERS ASKING FOR DISASTER AID AND REGISTRATION, to the สำนักงานเกษตรอำเภอ, the
สำนักงานประมงอำเภอ/จังหวัด, the ปศุสัตว์อำเภอ and the อบต. of ชัยนาท and อ่างทอง (farmers)
and สตูล and ตรัง (small-boat fishers). Flood, drought and storm relief in กษ.01 lines and
a กษ.02 list, the farmer register (ทะเบียนเกษตรกร and its 12-digit household number),
boats (ทะเบียนเรือ, ใบอนุญาตทำการประมงพื้นบ้าน, an engine's serial), land papers (โฉนด,
น.ส.3ก, ส.ป.ก.4-01, ระวาง, rai-ngan-wa areas), ธ.ก.ส. accounts, livestock ear tags and
vaccination dates; a headman who files for one household among several, a son or
daughter in Bangkok writing for an old parent, a spouse's and a landlord's details beside
the farmer's, an officer's mail quoted, a volunteer's and a witness's phone, the tambon's
copy shop that sends for villagers with no box.
Plain: a farmer's Gmail in กษ.01 lines, a fisher's LINE chat forwarded, a son's Android
Gmail for his father or mother, a renter's iPhone mail with the landlord's lines, a
livestock e-Service form's notification. HTML: a headman's Gmail table of households, a
wife's Outlook table with her spouse's rows, a fisher's Gmail reply over the officer's
quoted mail, a daughter's iPhone mail updating her father's register. Word: a กษ.01 on
dotted lines (address in parts; the headman's and officer's certificates), a renter's
request with the landlord's consent below, a fisher's letter for an engine (wife and
crew named), a drought request in a table with the headman's certificate and ID. PDF:
fillable กษ.01 with farmer_*/spouse_*/landlord_* fields, a fillable fishing licence
request (Thai field names, a witness), a son's typed letter (his Bangkok block top
right), a farmer's typed register update (Thai digits, the spouse's ID). Sheets: a
headman's กษ.02 list (the asker marked ผู้ยื่นคำร้อง), a fisher's boat survey (crew rows),
a livestock register (ear tags, the volunteer).

unseen_requests_92.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63
and 37: the APPLICANT is the farmer or fisher the aid or registration is for: the one who
asks in his own name; the household head the headman's mail names (the headman and the
other households never); the old parent a child in Bangkok writes for (the child's name,
ID, home, phone and box never: phone and e-mail `()`); the renter, never the landlord.
Spouses, crew, officers, volunteers, witnesses and certifying headmen are never the
applicant; the plot's place, the office's and the landlord's home never the address;
register, deed, boat, licence, engine, account and ear-tag numbers never an ID or a
phone; birth date only the applicant's. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_92 import KIND, build_set

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
