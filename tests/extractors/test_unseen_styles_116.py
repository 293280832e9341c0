"""Accuracy on a hundred-and-sixteenth set of requests written by others (issue 8): CIVIL
REGISTRATION AT THE DISTRICT AND MUNICIPAL REGISTRY (งานทะเบียนราษฎร) in Nakhon Ratchasima,
Buriram and Surin (เทศบาลนครนครราชสีมา, เทศบาลเมืองบุรีรัมย์, เทศบาลเมืองสุรินทร์ and the
ที่ว่าการอำเภอ โนนสูง, ปากช่อง, ลำปลายมาศ, นางรอง, สตึก, ท่าตูม, สังขะ, ปราสาท): moving out and
in (ย้ายออก, ย้ายเข้า, ย้ายปลายทาง; the old and new addresses, the เจ้าบ้าน's name, ID and
phone, his consent letter), a เจ้าบ้าน asking a former tenant taken out of her register
(his ID, where he lives now), birth notifications by the father and the grandmother (the
newborn's name and date, the hospital, the ท.ร.1's number, the mother's ID and birth date),
death notifications by a daughter and a wife (the deceased's ID, birth and death dates,
house, the headman's certificate), a new house number (a deed's and a permit's number,
the contractor's line), certified copies of ทะเบียนบ้าน (the 11-digit house code, the
desk's quoted mail, a family's records), a change of surname after marriage (the husband's
name and ID, คร.3's number) and of given name (the parents' names), a name added to a
register (an e-service notification with the เจ้าบ้าน's rows, a passport; a headman's
certificate); village headmen who write for villagers (their IDs, mobiles, boxes).
Plain: an iPhone mail, a forwarded LINE chat, a headman's webmail, a mail in Thai digits,
Outlook for Android over the desk's quote. HTML: a Gmail table, an Outlook with a school's
signature, an e-service notification, a Gmail reply over the desk's quote. Word: a birth
form on dotted lines, a headman's certificate, a เจ้าบ้าน's consent letter, a name-change
form as a table. PDF: fillable copy request (txt* fields) and birth notice (child_*,
mother_*, informant_*), typed letters (a เจ้าบ้าน's, her block top right; a house number's).
Sheets: a household moving in (head block, members' rows), a family's copies, a death's
data (the deceased's rows above the informant's).

unseen_requests_116.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and 57 (the
same desk): the APPLICANT is the mover who asks (the เจ้าบ้าน who consents never); a
เจ้าบ้าน who notifies a move into her house or asks someone taken out of her register (the
niece, the former tenant never); the INFORMANT of a birth or a death (the newborn, the
mother who does not inform, the deceased never); the VILLAGER a headman writes or
certifies for (the headman's name, ID, phone, box never; the villager's phone and e-mail
`()` where only the headman's appear); before a name change, the name borne now (the new
one never); a copy's requester (the เจ้าบ้าน on the register, the family whose records she
asks, never). Address: where the applicant lives when she writes: the house left on a
move out, the house moved into on a move in or ย้ายปลายทาง, the present home on a house
number (never the new house), the informant's own home on a death (never the deceased's).
House codes, deed, permit, ท.ร.1, death certificate, คร.3, request and passport numbers,
the desk's, a school's and a contractor's lines are never an ID or a phone; birth date only
the applicant's and only where written. Same harness (unseen_harness.py) as the other sets.
Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_116 import KIND, build_set

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
