"""Accuracy on a twenty-eighth set of requests written by others (issue 8): real Thai agency
forms that carry a SECOND PERSON's details beside the applicant's (the newborn grant ดร.01
with the child and the spouse, funeral aid with the deceased first, a nuisance complaint
naming a company, a building permit with the land owner's consent, a health-hazard
business licence for a partnership or company, water supply with the headman's
certification, a street light, a hall and tents with the driver and his plate, felling a
tree on another's land, a damage claim with two plates and a bank account, an information
request for a company, a market stall with a guarantor, a water meter with the house
owner's consent, an injury with a witness), typed into mail bodies and HTML or attached as
Word, PDF text layers and xlsx sheets.

unseen_requests_28.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 26's test and builder, the file makers of sets 5, 11 and 13
and the earlier sets' style names). Conventions written down there: the applicant is the
person who asks and signs (the mother or father in ดร.01, the ผู้จัดการศพ, the
complainant, the ผู้ขออนุญาต, the natural person who signs for a company, the tenant, the
injured person, the renter); the address is the applicant's own (either of a registered
and a current one); the birth date is the applicant's or none; the phone the applicant's
mobile. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_28 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=48, styles=24, fields=350)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
