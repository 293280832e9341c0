"""Accuracy on a hundred-and-seventeenth set of requests written by others (issue 8): LOCAL
TAXES AND FEES at the revenue, water and cleansing desks of เทศบาลเมืองราชบุรี,
เทศบาลเมืองกาญจนบุรี and เทศบาลเมืองเพชรบุรี (Ratchaburi, Kanchanaburi, Phetchaburi), tax year
2570: land and building tax (three instalments under a ภ.ด.ส.6 notice, objections under
มาตรา 73 and on the dotted form, a refund of tax paid twice on a dead parent's น.ส.3ก, a main
house billed as another house, a certificate that no tax is owed before a sale, a list of
heirs, an estate administrator's power to a nephew), signboard tax (a ภ.ป.1 filed by an
accountant for a shop owner and by a firm's director in Word tables, a ภ.ป.3 questioned on
an accounting firm's letterhead, a receipt re-issued in a firm's name), refuse fees (a
vacant house through a forwarded LINE chat, a dormitory's rooms and tenants) and a water
bill too high (the e-Service notification, a water user's ten-digit number opening 08 or
06). Deeds, parcels, survey pages, notices', receipts' (เล่มที่/เลขที่), bank accounts',
meters' and house-code numbers, juristic numbers and amounts beside the applicant's own.
Plain: an owner's iPhone mail (v2 ID and mobile in Thai digits), an heir's Gmail for a
refund (the dead parent's ID and birth date), a LINE chat forwarded under the owner's
lines, an accountant's mail for a client's ภ.ป.1, the e-Service notification of a water
complaint. HTML: an owner's Gmail objection with the plots as a list and a co-owner
brother's ID, a firm's Outlook mail signed by its accounting staff, an iPhone reply above
the revenue officer's quoted mail, the e-Service table of a refund (an agent's rows filled
in v2). Word: the objection form on dotted lines (v2 wholly in Thai digits), an estate
administrator's หนังสือมอบอำนาจ sent by the nephew, an owner's letter with her block top
right (v2 a second house she lets), a firm's ภ.ป.1 as tables signed by its director (the
accountant as coordinator). PDF: a fillable instalment request (Text1..Text10, a co-owner
in v2), a fillable refund request (owner_*, agent_*; v2 the agent's section filled and the
agent sends), an owner's typed letter for a certificate (a buyer named; v2 Thai digits),
an accounting firm's typed letter on letterhead. Sheets: an accountant's sheet of a
client's parcels, a list of heirs (the dead owner's row, the filer marked), a landlord's
dormitory rooms and tenants.

unseen_requests_117.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28 (the
person who asks; for a body the natural person who signs), 31/63 (a service for one person
asked by another is the one it is for), 37 (only another's phone: phone `()`) and 56/105
(a firm: the director who signs, his ID where given, the firm's office, line and box; its
staff who signs: no name or ID; an accountant never; an heir asking in her own name is
herself). So the OWNER who writes is the applicant; where an accountant writes, the client
(phone and e-mail `()`); an heir herself, never the dead owner (birth_date `()` where only
the dead owner's is written); an estate administrator who grants a power, never the nephew
who sends; a firm's signing director, or no one where its staff signs; never an agent's
section, a co-owner, a buyer, tenants, other heirs or the officer in a quoted mail.
Address where the applicant lives (a firm: its office), never the taxed plot, the vacant
house, the dormitory, the shop or a branch. Numbers of deeds, notices, receipts, accounts,
water users, meters, house codes, juristic persons and amounts are never an ID or a phone;
birth date only the applicant's. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_117 import KIND, build_set

# First sight: not yet run (the set is committed blind first).
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
