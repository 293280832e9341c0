"""Accuracy on a hundred-and-twelfth set of requests written by others (issue 8): FOOD
SHOP, STALL AND MARKET LICENCES AND FOOD HANDLERS' HEALTH CERTIFICATES at the public health
desks of เทศบาลนครเชียงราย, เทศบาลเมืองพะเยา, เทศบาลเมืองน่าน and town municipalities of
Chiang Rai, Phayao and Nan: a ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร renewed, changed or asked
for a company's new branch, a หนังสือรับรองการแจ้ง for a small rented shop with the
landlord's consent, แผงลอย permits with helpers (ผู้ช่วยจำหน่าย) and their IDs, a community
market's licence asked by its committee's chair (the committee's table, the vendors'
list), food handlers' training and cards asked by an owner for her staff, by a hotel for
its kitchen, or by an employee for herself, a landlord asking a former tenant's licence be
cancelled. Shop managers, employees, landlords, committee secretaries, branch managers and
HR officers beside the applicant, with their own IDs, birth dates, mobiles and homes;
licence, certificate, e-service and registration numbers; shops', stalls' and markets'
places and lines.
Plain: an owner's iPhone mail, a manager's Android mail for the owner, a LINE group's chat
forwarded (another vendor's lines before hers), an employee's Outlook-for-Android mail, the
city's e-service notification of a market licence. HTML: an owner's Gmail with her staff
table, a company's Outlook (the director who signs, the branch manager as contact), a
Gmail reply above the clerk's quoted mail (a new mobile, the old one cancelled), a
tenant's Gmail with the landlord's section (first in v2). Word: the dotted แบบ สอ.1 (the
address in parts, Thai digits in v2, the ผู้ควบคุมกิจการ's ID), a market committee's letter
with its table, a tenant's letter and the landlord's consent in one file (his page first
in v2), a hotel's letterhead letter with its staff table. PDF: fillable (applicant_*,
shop_*, manager_* fields; a แผงลอย form with Thai field names and two helpers), typed (an
employee's letter, her block top right; a landlord's letter, his block top right). Sheets:
an owner's staff health register under her head block, a market's vendor list under the
chair's block (labels in a row, values below, in v2), a vendor's renewal as label/value
rows with her helper's rows below.

unseen_requests_112.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63,
37, 47/56/105 and 56/60/101: the APPLICANT is the owner who holds or asks the licence
(where her manager writes for her, still the owner: phone and e-mail `()`), the employee
who asks her own card, the vendor, the market committee's chair who asks and signs, a
company's director who signs (his ID where given, else `()`; the firm's office, line and
box), the landlord where he asks himself. Staff, helpers, managers, the person in charge,
other vendors, committee members, branch managers, HR officers, a landlord beside a tenant
and a former tenant are never the applicant; the shop, stall, market, branch and rented
building are never the address; a shop's line never the phone; licence, certificate,
registration, e-service, stall and receipt numbers never an ID or a phone; birth date only
the applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_112 import KIND, build_set

# First sight: not yet run (the set committed blind first).
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # set at first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
