"""Accuracy on a hundred-and-nineteenth set of requests written by others (issue 8):
CONSUMER PROTECTION AND LEGAL AID at the provincial centres of อุดรธานี, หนองคาย and เลย
(ศูนย์ดำรงธรรมจังหวัด, สำนักงานยุติธรรมจังหวัด and its กองทุนยุติธรรม, the consumer desk, a
ศูนย์ไกล่เกลี่ยข้อพิพาทภาคประชาชน). Online shopping fraud (the seller's name, bank account,
PromptPay phone, a 13-digit order number with no valid check digit, a tracking number, a
police report's log number), debt mediation (a collection agency's forwarded notice with
its Bangkok office and lines, a masked card number, a contract number; a student loan's
guarantor and his ID; a debtor's list of creditors), legal aid (a volunteer writing for a
villager, a lawyer asking bail money for a client, the fund's fillable form), faulty goods
and services (an air-conditioner shop, a solar installer with its juristic number),
loan sharks (the lender's and his collector's phones; a son's sheet for his mother).
Plain: a victim's Gmail from Android, a debtor's iPhone mail (his ID in Thai digits in
v2), a volunteer's Yahoo mail (values on the line under their labels), an Outlook forward
of a collection notice, a web form's notification from no-reply. HTML: a daughter's Gmail
list for her father, a lawyer's Outlook with signature, a Google Forms response table, an
iPhone reply over the officer's quoted mail. Word: a legal aid form as a table (the other
side's part, an empty part for one who fills it in for another), a mediation request typed
over its dots, a complaint letter (the writer's address top right), a volunteer's intake
record. PDF: fillable forms (fields applicant_*/opponent_*, and Thai names ผู้ร้อง_*/
ผู้ถูกร้อง_*), a victim's typed letter (her address top right only), a lawyer's typed
letter (his block top left). Sheets: a victim's transfer list, a debtor's list of debts,
a son's loan-shark sheet (rows ผู้เสียหาย, ผู้แจ้ง, ผู้ถูกร้อง).

unseen_requests_119.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, sets 62 and 63's builders and tests, the helpers they import and the
earlier sets' first docstrings). Conventions written down before measuring (the builder's
docstring and WHO say them per style), following sets 28 (the person who asks), 31/63 (a
service for one person asked by another is the one it is for) and 37 (where only
another's phone is given, phone `()`). So the APPLICANT is the victim, the debtor, the
complainant, the client, the villager, the mother: never the other side (seller, shop,
lender, collector, finance firm, collection agency, installer), never the relative,
lawyer or volunteer who writes for her, never a guarantor or a quoted officer. Where only
the writer's phone or box appears, phone and e-mail are `()`; a volunteer's intake record
gives the ผู้ร้อง's phone (hers) from his box (e-mail `()`). Bank accounts, PromptPay
numbers, order, tracking, contract, card, juristic, case, police-log and licence numbers
are never an ID or a phone; birth date only the applicant's. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_119 import KIND, build_set

# First sight: not yet run (the set is committed blind first).
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # set at first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
