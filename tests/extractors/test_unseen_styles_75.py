"""Accuracy on a seventy-fifth set of requests written by others (issue 8): PERMITS AND
LICENCES asked of เทศบาลนครนนทบุรี, เทศบาลเมืองปากเกร็ด (Nonthaburi) and เทศบาลตำบลบ้านฉาง
(Rayong) by owners, builders and shopkeepers. Building and extension permits (แบบ ข.1: the
land's โฉนดที่ดินเลขที่, เลขที่ดิน, หน้าสำรวจ; the building site's address beside the owner's
home; the architect's ภ-สถ. and the engineer's สย. licences and mobiles; the contractor
firm's 13-digit juristic number with a valid check digit), demolition and fence permits (a
neighbour's consent with his ID, an engineer's ID), food-shop and salon licences (the
shop's own place and line beside the licensee's home and mobile), renewals quoting the old
licence's number and date, a company's own requests (its warehouse, its kitchen's and its
branches' licences: the authorised director, the stamp's text), and files sent for the
owner by a drafting office, a consultant or the contractor's staff.
Plain: an owner's iPhone mail (a house he lets, elsewhere), a drafting office's mail, a
food shop's licence, a salon's renewal from webmail, a demolition from a Galaxy. HTML:
Gmail (a fence with the neighbour's consent quoted; a reply to the clerk's quoted mail),
Outlook (a company's warehouse signed by its director; the contractor's staff with the
firm's stamp text), the town's e-Service notification (the ผู้ขอ's rows, then the shop's).
Word: the ข.1 on dotted lines, a company's letter with its stamp, a salon's application
table, the owner's หนังสือมอบอำนาจ to the architect. PDF: the fillable ข.1 (owner_*,
site_*, architect_*, engineer_*, contractor_*), a typed renewal letter (her block top
right), the fillable demolition form (Text1..Text14, the engineer's ID), a consultant's
typed letter on its letterhead. Sheets: an owner's checklist (label rows, then the site's
and the professionals' rows), a company's list of branch licences (the director's row).

unseen_requests_75.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 56/60 and 63: the
APPLICANT is the one who will hold the permit or licence, the owner or the licensee; the
architect, engineer, contractor, drafting office, consultant, attorney, neighbour never.
A company that asks for itself: its authorised director who signs (his ID where given,
else `()`; the company's juristic number never an ID), the company's office, line and box
(and his mobile where given). Sent by another for the owner: the owner's name, ID, home,
birth date; phone and e-mail `()` where only the sender's appear. Address where the
applicant lives (the company's office), never the site, the plot, the shop, the salon,
the branch. Deed, land and survey numbers, ภ-สถ./สย. and food or salon licence numbers,
permit and request numbers, juristic numbers are never an ID or a phone; permit, licence,
consent and expiry dates never a birth date. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_75 import KIND, build_set

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
