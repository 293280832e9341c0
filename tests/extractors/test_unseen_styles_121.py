"""Accuracy on a hundred-and-twenty-first set of requests written by others (issue 8):
WELFARE FOR POOR AND VULNERABLE HOUSEHOLDS, to เทศบาลนครขอนแก่น, อบต.ศิลา, อบต.ขามเรียง,
เทศบาลเมืองมหาสารคาม, เทศบาลเมืองร้อยเอ็ด and อบต.สระคู (Khon Kaen, Maha Sarakham, Roi Et):
state welfare card (บัตรสวัสดิการแห่งรัฐ) problems (the card's 16-digit number), family
relief grants (เงินสงเคราะห์ครอบครัว) with household tables (members' names, IDs, ages,
relations, incomes), house repair for the needy (ซ่อมแซมบ้านผู้ยากไร้: a cost estimate, the
headman's certificate and mobile), emergency help after a breadwinner's death (the dead
husband's or son's ID, dates, death certificate number), a hospital social worker's
referral (HN, AN, her office line and mobile beside the patient's), an อสม.'s and a
neighbour's or community leader's letters for a household with no phone, a grandmother
raising grandchildren (their IDs, ages, schools), bank accounts, case and receipt numbers,
household codes.
Plain: a grandson typing on his grandmother's iPhone, a LINE chat forwarded by a neighbour,
a widow's webmail after her husband's death, a social worker's referral, an owner's Outlook
for Android mail sent from his daughter's box. HTML: a Gmail household table, an
e-Service web-form notification, an อสม.'s Outlook, an iPhone reply over the officer's
quoted mail. Word: a family relief form with a household table, a house repair letter with
the headman's certificate, an officer's home-visit report, an old mother's letter after her
son's death typed by her niece. PDF: a fillable welfare-card problem form (a ผู้แจ้งแทน
section in v2), a fillable relief form with member rows, a community leader's typed letter
(his block top right), a grandmother's typed letter (typed by the teacher). Sheets: a
household survey (the head's row among the grandchildren's, the surveyor's line), a repair
cost estimate (owner's block, builder's and headman's lines), a daughter's welfare-card
sheet (her row above her mother's).

unseen_requests_121.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). The rulings followed are those of sets 28
(the person who asks), 31/63 (a service for one person asked by another is the one it is
for: the villager, not the headman, volunteer, social worker or neighbour who files for
her) and 37 (where only another's phone is given, phone `()`). So the APPLICANT IS THE ONE
THE HELP IS FOR: the grandmother, not the grandchildren; the widow, not the dead husband;
the patient, not the social worker; the household head, not the neighbour, อสม., officer
or headman; the card holder, not the daughter who reports. Phone and e-mail `()` where only
a writer's appear (a box that is a grandchild's, a helper's or a web form's no-reply is
never hers). Bank accounts, welfare card numbers, HN/AN, receipt and case numbers,
household codes, death certificate numbers and incomes are never an ID or a phone; birth
date only the applicant's. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_121 import KIND, build_set

# First sight: not yet run (the set is committed blind first).
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
