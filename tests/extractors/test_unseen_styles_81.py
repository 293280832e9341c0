"""Accuracy on an eighty-first set of requests written by others (issue 8): REQUESTS THAT
CARRY MEDICAL PAPERS, to เทศบาลนครลำปาง, เทศบาลตำบลห้างฉัตร (Lampang), อบต.แม่หล่าย and
อบต.ช่อแฮ (อำเภอเมืองแพร่, Phrae). Registering for the disability card and allowance (a
daughter typing her mother's medical certificate into a phone mail; the city's fillable
form with the carer's and the doctor's sections; a deaf man renewing his own card by
Gmail), home care for bedridden patients (an อสม.'s report with her card number and ID; a
son forwarding the รพ.สต. nurse's referral with her direct line; a hospital social
worker's Outlook with the hospital's signature; a รพ.สต.'s letter in Word; the อบต.'s
fillable form with caregiver_* and osm_* fields; an อสม.'s visit sheet), assistive
devices (a wife's webmail for a wheelchair and a bed; the อบต.'s loan form in Word with
the borrower's section; a woman's own request with the hospital's typed certificate as a
PDF; a รพ.สต.'s device referral sheet), the elderly day-care centre (the town's e-service
notification table), and the staff's own sick leave (a plain mail, a typed แบบใบลาป่วย)
and medical-expense claims (for a father by Gmail, a spouse in a Word memo, a child in a
sheet: the treated one's ID and birth date, the hospital's 13-digit tax ID, receipts).
Medical certificates' shapes throughout: the doctor's licence (ว.38412), HN and AN, ICD-10
codes, visit, admit and discharge dates beside the birth date.

unseen_requests_81.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), set 63's rule: the APPLICANT IS THE ONE
THE REQUEST IS FOR, the patient (the person with a disability, the bedridden, the elder),
never the caregiver, อสม., nurse, social worker or doctor who writes; a staff member's own
leave or claim is HERS, never the treated spouse's, child's or father's (her own birth
date, not given, `()`). The disability card's number is its holder's national ID. Phone:
the patient's own where one is given as hers, else `()` (the caregiver's, อสม.'s,
hospital's, nurse's never); e-mail the patient's own only where she writes, else `()`.
Address, postal code, province: the patient's home, never the hospital's, the รพ.สต.'s,
the caregiver's or borrower's. Birth date: only the applicant's. Never an ID or a phone:
ว. licence, HN, AN, ICD-10, the hospital's tax ID, receipt and referral numbers, the
อสม.'s card number. Same harness (unseen_harness.py) as the other sets. Run with `-s` to
see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_81 import KIND, build_set

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
