"""Accuracy on an eightieth set of requests written by others (issue 8): LAND, HOUSES AND
THE PAPERS ABOUT THEM, asked of เทศบาลเมืองบ้านบึง (Chonburi), เทศบาลนครนครราชสีมา and the
อบต. ดอนตะโก and หนองโพ (Ratchaburi): a house number for a newly built house (ขอเลขที่บ้าน),
an owner's house-registration matters (a copy of the ทร.14, the เลขรหัสประจำบ้าน),
objections and appeals on the land and building tax by owners, co-owners and heirs,
boundary and encroachment complaints between neighbours, a condominium's juristic person
and a village committee writing, a landlord and a tenant, a real-estate agent and sellers
asking for the papers of a sale. Values that look like the fields and are not the
applicant's: house codes (11 digits), โฉนด / เลขที่ดิน / หน้าสำรวจ / ระวาง / น.ส.3ก numbers,
tax notice numbers, the plot's ตำบล/อำเภอ beside the owner's home, neighbours' names and
phones, the co-owner's and the deceased's IDs, a juristic person's registration number,
the agent's licence and phone, the buyer's ID, areas in ไร่-งาน-ตารางวา, amounts in baht.
Plain: an owner's iPhone mail for a house number, an heir's webmail objection, a
neighbour's encroachment complaint, an agent's mail for a seller. HTML: co-owners' Gmail
list, a condo's Outlook (the manager signs), the city's e-service notification table, a
village committee's Gmail for a resident, a landlord's Outlook with his tenants' table.
Word: a คำร้องขอเลขที่บ้าน on dotted lines, an estate administrator's appeal, a village's
letter on its letterhead, a seller's letter. PDF: a fillable objection (owner_*, land_*),
a typed boundary complaint (the writer's block top right), a fillable house-number form
(the new house's site in its own fields), a tenant's typed letter. Sheets: a condo's
units wanting numbers, co-owners' plots, an agent's list of documents for a sale.

unseen_requests_80.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), after set 63's rule: THE APPLICANT IS THE
PERSON THE REQUEST IS FOR. An owner asking a house number: the owner, his address where he
lives now, never the new house's plot or site. Co-owners: the one who writes and signs
first (the other's name, ID never). An heir or estate administrator: the heir who writes
(the deceased's name and ID never). A neighbour complaint: the complainant (the
neighbour's values never). A condo's juristic person or a village committee on its own
matter: the manager or chair who signs (his name; no ID given: `()`), the office's
address, line (his own mobile also accepted where he gives it) and box; its registration
number never an ID. A committee writing for one named resident: the resident (phone and
e-mail `()`). A landlord: the landlord (tenants never); a tenant: the tenant at the rented
house (the landlord never). An agent for a seller: the seller (phone and e-mail `()`; the
agent's and the buyer's values never). Same harness (unseen_harness.py) as the other sets.
Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_80 import KIND, build_set

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
