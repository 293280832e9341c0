"""Accuracy on a hundred-and-fifth set of requests written by others (issue 8): LOCAL
TAXES AND FEES at the revenue and health desks of เทศบาลนครระยอง, เทศบาลเมืองมาบตาพุด,
เทศบาลเมืองจันทบุรี, เทศบาลเมืองท่าใหม่, เทศบาลเมืองตราด and เทศบาลตำบลเกาะช้างใต้ (Rayong,
Chanthaburi, Trat), tax year 2570: land and building tax objections under มาตรา 73 (a
durian, rubber or mangosteen plot assessed as ที่รกร้างว่างเปล่า, a main house billed as
another house, a demolished building still billed, a warehouse's floor area), requests to
pay in three instalments, a dead owner's land (an heir appointed ผู้จัดการมรดก, a sheet of
heirs), assessments sent back with corrections (a misspelt name, a mistyped ID, an old
address, a wrong area), signboard tax (ภ.ป.1 filed for a firm, ภ.ป.3 questioned by a shop
owner and by a director), refuse collection fees (a dormitory's rooms in use, a vacant
house, a landlord's rooms and tenants). Accountants, a son and a nephew write for owners; a
director asks about his firm's sign and his own house in one mail. Deeds, parcels, survey
pages, ระวาง, notices' and bills' numbers (one of ten digits opening 06), amounts, areas,
sign sizes, juristic numbers, house codes, court case numbers, accountants' registrations
and the offices' lines stand beside the applicant's values.
Plain: an owner's iPhone mail asking instalments (v2 ID and mobile in Thai digits), a son's
mail with his parent's LINE lines pasted (v2 the parent has no mobile), an accountant's
Gmail for a client, a director's Outlook-for-Android mail about his firm's sign and his own
house, the town's e-Service notification of a refuse-fee request (no-reply). HTML: an
heir's Gmail (the dead parent's ID and birth date, a list of plots, a signature), an
owner's Outlook reply above the officer's quoted table (misspelt name, old address), a shop
owner's iPhone mail about her signs, the e-Service notification table of an objection (an
agent's rows filled in v2). Word: an objection letter in Thai digits (block top right, a
house code), a หนังสือมอบอำนาจ to a nephew for instalments, a ภ.ป.1 as tables for a firm
(the signer's ID and mobile, the accountant as contact), the refuse form on dotted lines.
PDF: a fillable objection (owner_*, plot_*, agent_*), a fillable instalment request
(Text1.. and a check box; a co-owner in v2), an owner's typed letter with a correction
table (as in the notice / as it should be), a firm's typed letter signed by its director
and sent by its accountant. Sheets: an accountant's sheet of a client's plots, a list of
heirs (the dead owner's row, the filer marked), a landlord's rooms and tenants.

unseen_requests_105.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builder of sets 62 and 63, the helpers
they import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks and signs; for a body the natural person who signs
for it), 31/63 (a service for one person asked by another is the one it is for), 37 (only
another's phone: phone `()`) and 56 (a firm: its signer, his ID where given, the firm's
office, line and box; an accountant never). So the OWNER is the applicant where an
accountant, a son or a nephew writes (their names, IDs, registrations, offices, mobiles and
boxes never; her phone `()` unless written as hers, e-mail `()`); where the owner has died,
the HEIR who asks in her own name and signs (the dead owner's name, ID, birth date never:
birth_date `()`); a firm's signer with his ID where given; a director asking about his
firm's tax and his own house is himself (the firm's office and line also accepted); in a
correction, the values the owner says are right, never the notice's misspelt name,
mistyped ID or old address, never the officer's. Address where the applicant lives (a
firm: its office), never the taxed plot, the shop, the dormitory, the vacant house or the
rooms to let; numbers of deeds, notices, bills, receipts, permits, cases, registrations,
house codes, amounts and areas never an ID or a phone; a juristic number never a national
ID; birth date only the applicant's, scored where given. Same harness (unseen_harness.py)
as the other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_105 import KIND, build_set

# First sight: not yet run (the set is committed before any reader was read or run).
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # set from first sight's count

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
