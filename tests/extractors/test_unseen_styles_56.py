"""Accuracy on a fifty-sixth set of requests written by others (issue 8): AN ORDINARY
WEEK OF A MUNICIPALITY'S REVENUE AND PERMITS DESK (กองคลัง / กองช่าง of เทศบาลเมืองหัวหิน):
land and building tax (โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง beside IDs and phones; the
bill's amount, due date, the date paid, a receipt's number), signboard tax (ภ.ป.1: signs'
sizes, the sign's place apart from the owner's), building and renovation permits (ข.1
for the อ.1, the designer's ภว., the site engineer's สย., the architect's ภ-สถ with their
phones, a contractor partnership's 13-digit number), food-shop licences (age but no
birth date on the desk's form; a birth date in a vendor's mail), owners in Bangkok,
Nonthaburi and Phetchaburi with a house or land in the town, ATTORNEYS (ผู้รับมอบอำนาจ)
writing and sending for owners, companies and limited partnerships as taxpayers (their
registration numbers opening 0, check digit valid), their directors, their accountant.
Plain: a Bangkok owner's tax question, an attorney's request with both parties' blocks,
a café's signs, the accountant asking a receipt in a company's name, a vendor's licence
renewal from a phone, an owner's renovation with designer, engineer and contractor.
HTML: a company's Outlook with a table of its lines and one of its signs, an agent's
Gmail chasing a permit, the town's e-service ภ.ด.ส.10 table from no-reply, the
accountant's Outlook asking a receipt reissued (old payer and new as columns), a
daughter's Gmail for her parent's licence. Word: the desk's ภ.ป.1 table filled for a
company (the director's ID and mobile below), the food-shop licence over dotted lines,
ข.1 typed by the owner's agent (his lines as ข้าพเจ้า, the owner's in a table), a
company's letterhead letter appointing an attorney. PDF: a fillable ภ.ด.ส.3 correction
(Thai field names, the ID as a comb), a fillable ภ.ป.1 (fields fill_1..fill_14), an
owner's letter and a power of attorney scanned with the scanner's text layer, a
company's permit renewal from Word. Sheets: the accountant's list of a client's plots,
a company's list of signs.

unseen_requests_56.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 53 and 54, the helpers they import
and the earlier sets' first docstrings). Conventions written down before measuring
(WHO and JURISTIC in the builder say them per style): the applicant is the one whose
request it is, the owner of the land, building or sign, the licensee; never the
attorney who writes or sends, the agent who fills the ข้าพเจ้า lines of ข.1, the
accountant, the daughter, the designer, engineer, architect or contractor, the director
who signs for a company. A company or partnership that is itself the taxpayer or
owner is the applicant: its registered name is full_name, its 13-digit registration
number the national_id (where a person's ID would stand on ภ.ป.1 and ภ.ด.ส.), its
registered office the address, its office line the phone, its own domain's box the
e-mail; the director's ID and mobile never. Where the applicant is a person, a
juristic number (the contractor's) is never her ID. Address: the applicant's home or
the firm's registered office, never the taxed land, the site, the sign's place, the
stall, the shop, the branch, the attorney's home; with or without เลขที่, with or
without the province (as typed) and postal code; province and postal code of that
address. Phone and e-mail hers only where given (an attorney's, accountant's, the
daughter's, a no-reply box never); birth date only where the applicant's is given,
never a due, payment, notice or licence date. A deed's, parcel's, survey page's, ระวาง,
receipt, licence or permit number is never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style, per
kind of input and per kind of request.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_56 import KIND, REQUEST, build_set

FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    print("\n" + by_kind(HELD_OUT.table, REQUEST))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
