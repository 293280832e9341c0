"""Accuracy on a hundred-and-third set of requests written by others (issue 8): WATER
SUPPLY, IRRIGATION AND DRAINAGE in อ่างทอง, สิงห์บุรี and ลพบุรี, to the อบต.s and เทศบาล of
โพสะ, ไชยภูมิ, บ้านอิฐ, บางเจ้าฉ่า, ไผ่จำศีล, โผงเผง, ม่วงหมู่, ไม้ดัด, ทับยา, โพทะเล, บางคู้,
ท่าศาลา, หินปัก, เกาะแก้ว, เมืองสิงห์บุรี and เมืองลพบุรี and to the provinces' โครงการ
ชลประทาน. Village tap water: a bill four times the usual (the user and meter numbers, ten
digits opening 0, the bill's number, readings, the meter reader by name, the plumber's
mobile), a meter to test (a reply over the clerk's quoted mail, a fillable form with txt*
fields and an emergency contact), a leak under the floor filed by a son or daughter for an
elderly parent, a new connection filed by a plumbing shop for the owner (the shop's
13-digit tax number, its place, line and the plumber's mobile), the water connection form
over dotted lines (v2 a tenant's in Thai digits with the owner's consent), a landlord
writing for a tenant whose account is in her name (instalments; a separate meter, a row
per role). Irrigation: a farmer's pump on a canal's bank (deed, area, the field in another
ตำบล, the canal's kilometre, the group's chair), a fillable permit with Thai field names
and the chair's section, water-user groups' chairs asking dredging, rotation, a gate's
repair and their dry-season share (registration numbers, committees, members' IDs and
mobiles). Drainage: a LINE chat of the village pasted under the sender's lines, a pipe
under the road's shoulder (contractor, consenting neighbour, deed), a web form's
notification (the flooded place elsewhere, GPS, reference, IP), a villagers' petition
with its signers' table, a landlord's typed letter on the public drain in front of his
rented house (his home in Bangkok or Nonthaburi, the tenant as the contact on site), a
householder's typed complaint of a neighbour's fill (v2 in Thai digits).
Plain: iPhone, a LINE chat forwarded from Gmail, a landlord's Gmail, the Outlook app, a
shop's Gmail. HTML: a Gmail with its plain twin, an Outlook chair's mail, a web form's
notification, a Gmail reply over the clerk's quoted mail. Word: the connection form on
dotted lines, a group's letter with its committee, a leak-reduction form as a table, a
villagers' petition. PDF: fillable (txt* fields; Thai field names), typed (a landlord's
and a householder's letter, each block top right). Sheets: a group's member list under
its head block (v2 labels in a row, values below), a householder's readings under her
block, a landlord's sheet with a row per role (his row first in v2).

unseen_requests_103.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, the
earlier sets' first docstrings and set 84's test comments). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following sets 28
(the person who asks; for a body the natural person who signs), 31/63 (a service for one
person asked by another is the one it is for) and 37 (where only another's phone is given,
phone `()`): the HOUSEHOLDER who writes about her own tap, bill, meter or drain; the HOUSE
OWNER a shop files for (the shop, its tax number and plumber never; her phone only where
written as hers, e-mail `()`); the TENANT a landlord writes for where the account or the
meter is in her name (the landlord's values never; her phone only where given, e-mail
`()`); the LANDLORD himself where he asks for his rented house (his home, never the rented
house or the tenant's mobile); the elderly PARENT, never the child who files (phone,
e-mail `()`); a water-user group's CHAIR who signs (his ID only where given, else `()`;
the group's place is his house), never its secretary, committee or members; the FARMER,
never his field, the canal or the certifying chair; the petition's writer, never its
signers; a web form's ผู้แจ้ง, never the incident's place. Meter, account, bill, receipt,
reference, deed, registration and tax numbers, readings, amounts, kilometres, GPS and IP
addresses are never an ID or a phone; birth date only the applicant's where given; Thai
digits are the same values. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_103 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before first sight: nothing measured yet

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
