"""Accuracy on a hundred-and-thirteenth set of requests written by others (issue 8): FARMERS
writing to the สำนักงานเกษตรอำเภอ, the ปศุสัตว์อำเภอ, the สำนักงานสหกรณ์จังหวัด and the อบต.
of สุพรรณบุรี, ชัยนาท and อุทัยธานี: crops lost to flood and drought (แบบ กษ.01), cattle dead
of ลัมปีสกิน or swept away by a flash flood, the farmer register (ทบก.01, a web form's
update), the rice growers' subsidy into a ธ.ก.ส. account, vaccination of cattle and
buffalo, a cooperative's manager for its fertilizer project and a farmer's membership
form, community enterprises (วิสาหกิจชุมชน) through their chairs (a change of details, a
budget letter, a member roster), and the headmen, กำนัน, livestock volunteers, sons,
daughters and agricultural officers who write, certify or forward for farmers.
Plain: a farmer's LINE chat export with the เกษตรตำบล pasted in a mail, a daughter's
iPhone mail for her mother's cattle, a headman's Gmail for a villager (the ID in Thai
digits in v1), a farmer's Outlook.com reply over the officer's quoted mail (values on the
line under their labels), a web form's notification (name and address in parts). HTML: a
cooperative's Gmail signed by its manager (its juristic number), an officer's Outlook
forward of a farmer's mail, a chair's Gmail table (his and the secretary's rows), an
e-Service notification (the volunteer's section over the owner's). Word: แบบ กษ.01 over
dotted leaders (headman, เกษตรตำบล and กำนัน signing), an enterprise's letterhead letter
sent by its secretary, a หนังสือมอบอำนาจ to a son, a cooperative's membership table
(beneficiary, vouching members). PDF: a fillable ทบก.01 (English field names, household
members), a กำนัน's typed letter (his block top right), the ปศุสัตว์'s fillable vaccine
request (a ผู้ยื่นแทน in v2), a farmer's typed letter (Thai digits in v2). Sheets: a plot
damage sheet sent by the headman, an enterprise's roster, a subsidy's bank sheet (the
spouse to receive in her stead).

unseen_requests_113.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and
56/60/63: the APPLICANT is the farmer who asks, or the farmer another writes for (the
mother, not the daughter; the villager, not the headman or กำนัน; the owner, not the
อาสาปศุสัตว์ or the grandson; the ผู้มอบอำนาจ, not the son; the farmer whose mail an
officer forwards); the writer's phone and box never (`()` where only the writer's
appear). A community enterprise: its chair who signs or sends (his ID where given, else
`()`), the enterprise's place, his mobile; the secretary's, coordinator's and members'
values never. A cooperative: the manager who signs (no ID: `()`), its office, its line or
his mobile, its box; its 13-digit juristic number never an ID. Officers, the group chair
a farmer names, spouses, beneficiaries, household members and vouching members are never
the applicant; plots, offices and writers' homes never the address; house codes, deeds,
enterprise codes, accounts, ear tags, GPS, areas and member numbers never an ID or a
phone; birth date only the applicant's. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_113 import KIND, build_set

# First sight: not yet run.
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
