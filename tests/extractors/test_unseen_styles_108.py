"""Accuracy on a hundred-and-eighth set of requests written by others (issue 8): COMPLAINTS
ABOUT OFFICIALS AND SERVICE in นครพนม, มุกดาหาร and สกลนคร, to the provinces' ศูนย์ดำรงธรรม,
the ศูนย์ดำรงธรรมอำเภอธาตุพนม, เทศบาลเมืองนครพนม, เทศบาลเมืองมุกดาหาร, เทศบาลนครสกลนคร and
the อบต. around them: a registry clerk who shouted (queue ticket, desk line with ต่อ), a
land surveyor asking "ค่าน้ำมันรถ" into his wife's account (deed, parcel, request, receipt
numbers, a ten-digit account opening 0), a building permit five months late (the LINE
chat with the works clerk exported and pasted), an elder cut from her allowance because
the register had her dead (a legal-aid volunteer of the สภาทนายความ writes; the headman's
mobile), anonymous whistleblowers (a road contract: the contractor's juristic number, office
and line, the partner's ID; jobs sold at a town hall: a call-back number for SMS), the
ศูนย์ดำรงธรรมอำเภอ's case table, a partnership's and a company's stalled health licence
(the signer's Outlook signature, a staff contact), a reply over the clerk's acknowledgement
with a changed mobile, a province's complaint web form (address in boxes, ปกปิดชื่อ), the
centre's dotted paper form typed by a nephew or a son, a lawyer's letterhead letter for a
client, an employee who names herself and asks secrecy (witnesses' table), the ITA
complaint form as a Word table (Thai digits in v2).
Plain: an iPhone mail (Thai digits in v2), a Gmail bribe complaint, a Gmail with a pasted
LINE export, an Outlook-for-Android volunteer's mail, anonymous webmail. HTML: the district
centre's Outlook case table, a firm's Outlook, an iPhone reply over the quoted clerk, the
province's web form notification. Word: the centre's dotted form, a lawyer's letterhead
(the page header), an employee's "ลับ" letter, the ITA table. PDF: fillable (complainant_*/
accused_*; the centre's Thai-named form with the address in boxes and the officer's part),
typed (a community-justice volunteer's block top left; the writer's block top right, Thai
digits in v2). Sheets: a complainant's call log, market vendors' signers under their
leader's block, the centre's register row.

unseen_requests_108.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import, the earlier sets' first docstrings and set 84's test comments). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28, 31/63, 37, 68, 90 and 56/60/101: the APPLICANT IS THE COMPLAINANT, also
where she asks her name be kept secret but gives it, and where a lawyer, a legal-aid or
community-justice volunteer, a nephew, a son or the ศูนย์ดำรงธรรม writes or sends for her
(their names, IDs, licences, offices, lines, mobiles and boxes never hers: phone `()` where
only theirs appear, e-mail `()` where another sends and she gives none); an anonymous
whistleblower: name, ID, address, province and postal code `()`, her box her e-mail, her
phone only where she leaves one; a firm: its signer (his ID where given, else `()`), the
firm's office, line or his mobile, his box or the firm's. The official complained of (his
name, post, unit, desk line, mobile, office), the clerk who acknowledges, the centre's
officer, witnesses, the headman, co-signing vendors, a contractor and its partner never.
Address her home (from boxes where a form splits it; Thai digits as typed), never the
office where it happened, the road's place, a workplace, a volunteer's or lawyer's office;
birth date only hers (`()` where only her age is written); deed, parcel, request, receipt,
queue, case, contract, e-GP, account, juristic and licence numbers never an ID or a phone.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_108 import KIND, build_set

# Before any reader was run: no floors yet, silent not held (first sight sets both).
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
