"""Accuracy on a sixty-sixth set of requests written by others (issue 8): ANIMALS, FARMS
AND FISHERIES at rural เทศบาลตำบล and อบต. of Suphan Buri (สามชุก, อู่ทอง, ดอนเจดีย์, เมือง),
Nakhon Pathom (กำแพงแสน, ดอนตูม, นครชัยศรี), Chanthaburi (แก่งหางแมว, โป่งน้ำร้อน, แหลมสิงห์)
and Phatthalung (ปากพะยูน, เมืองพัทลุง). Dogs and cats registered (the pet's name, breed,
sex, colour, its own birth date written like the owner's, its 15-digit microchip, rabies
vaccines' brands, lot numbers and dates, the vet clinic's name, place and line, the vet's
licence); a daughter in Bangkok registering her old father's dogs (her ID, home, mobile
and box beside his lines); stray dogs that bit a child (the neighbour who feeds them, a
hospital number) in a headman's Gmail forward; a neighbour's layer farm and pig farm
(his name, house, mobile, an earlier complaint's number); farmers after wild elephants or
brown planthoppers (the 12-digit ทบก. number, โฉนด and น.ส.3 ก. numbers, ไร่-งาน-ตารางวา,
the plot's own หมู่, the wildlife or agricultural officer's mobile, the certifying
headman's); borrowing the agency's pump, tractor or backhoe (asset numbers shaped like a
landline, 036-64-0031; a guarantor's ID, home and mobile); a fishing group's chairman
(its community-enterprise code, the pier's place, the secretary's mobile, members' boat
registrations and licences); a cattle market's permit (the market's land and deed, the
trader's licence, the vet who inspects); a headman's vaccination list (owners' IDs,
houses, head counts, mobiles); cooperatives writing for their members (tax number,
office, line, box; the members' IDs).
Plain: an owner's iPhone mail, a daughter's Yahoo-on-Android mail for her father, a
headman's forward of a villager's complaint, a farmer's Samsung mail about elephants, a
webmail asking to borrow a pump, a reply above the agency's quoted acknowledgement. HTML:
a fishing group's Gmail (signature), a cooperative's Outlook (members' table, staff
signature), the agency's e-service notification (owner's and pet's rows), a cattle
trader's Gmail, a Gmail reply with two tables above the officer's quote. Word: the pet
form on dotted lines (pets' table, the vet's block with its own ข้าพเจ้า), a borrowing form
in tables (the guarantor's), a headman's letter for one farmer (Thai digits in v2), a
cooperative's letterhead. PDF: fillable forms named by Acrobat from their labels (a
farmer's aid form with "โทรศัพท์_2" the headman's; a pet form whose "_2" fields are the
daughter's), a typed pig-farm complaint (her block top right), a clinic's vaccination
certificate. Sheets: a headman's vaccination list, a fishing group's members.

unseen_requests_66.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37, 56/60 and
62: the APPLICANT is the one whose animals, crops, fields or group the request is about
and who asks (the owner, the complainant, the farmer, the borrower, the trader, the
fishing group's chairman, the headman who sends his village's list); the daughter's old
father is the applicant (his phone and e-mail `()`: only hers are given); a cooperative's
applicant is the chairman who signs (national_id `()`; the cooperative's office, line
and box); a headman's letter for one farmer is the farmer's (the headman's mobile and box
never; e-mail `()`). Microchips, ทบก. numbers, deeds, areas, lots, licences, asset numbers,
boat registrations, codes, hospital and complaint numbers are never an ID or a phone;
the plot's, the market's, the pier's, the clinic's, the neighbour's and the daughter's
places never the address; pets' birth dates, vaccination and incident dates never the
birth date. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_66 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
