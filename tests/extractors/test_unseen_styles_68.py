"""Accuracy on a sixty-eighth set of requests written by others (issue 8): PERSONAL DATA
RIGHTS AND COMPLAINTS ABOUT THE AGENCY ITSELF, to เทศบาลเมืองบางบัวทอง (Nonthaburi),
เทศบาลเมืองเพชรบุรี, องค์การบริหารส่วนตำบลริมกก (Chiang Rai) and เทศบาลเมืองหนองสำโรง (Udon
Thani). Requests under the พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (มาตรา 19, 30-35): to see
and copy one's data (the DPO's name, line with extension and box quoted from the privacy
notice), to correct it (a wrong ID printed in a tax notice, valid check digit, beside the
right one; the house she left beside the one she lives in; a maiden name and a former
given name beside the names borne now; an old mobile and box beside the new), to delete an
elder's full ID and birth date published on the town's website (a daughter or son writes,
with their own ID, mobile, box and home), to object to a photo on the town's Facebook page
(post ids, a 13-digit fbid), to withdraw consent to the newsletter; requests for official
information about a road contract (the contractor's 13-digit registration number, the
committee's chairman); complaints about an official (name, position, office line with its
extension, his mobile, his LINE id); anonymous whistleblowers on procurement (a throwaway
Gmail; a call-back number in one); complaints forwarded by the ศูนย์ดำรงธรรมจังหวัดเชียงราย
(a 13-digit case number, the officer's line, fax and box, the centre's address) and by the
สำนักงานผู้ตรวจการแผ่นดิน (a typed PDF letter); a complaint sent again as a reply to the
agency's answer (its document number, clerk, line, box and address quoted, her first mail
quoted below); a lawyer asking his client's data.
Plain: iPhone and Samsung mail, Gmail and Outlook replies, an anonymous Gmail, a daughter's
or son's mail for an elder. HTML: a Gmail objection with links and a list, a law firm's
Outlook with signature and disclaimer, the ศูนย์ดำรงธรรม's HTML letter with the complainant
in a table, the town's web form notification from no-reply (old and current contacts).
Word: the อบต.'s PDPA form as tables with ☑/☐ and a representative's part (filled by the son
in v2), a correction letter with an old/new table, the information request over dotted
lines, a complaint letter with its own address block. PDF: a fillable PDPA form (ds_* and
rep_* fields; a granddaughter for her grandmother in v2), the Ombudsman's typed letter, a
typed withdrawal of consent (block top right), a fillable complaint form (Text1..Text15, the
official's part). Sheets: a list of records to correct (recorded and right columns), a
complainant's log of calls and visits.

unseen_requests_68.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 31, 33, 58
and 63: the APPLICANT is the data subject, the complainant or the one who asks the
information; a lawyer, daughter, son or granddaughter who writes or files as ผู้แทน never
(where only their contacts appear, phone and e-mail `()`); the official complained of, the
clerk of a quoted answer, the DPO, the centre's and the Office's officers, a PR officer, a
contractor and its owner never. A forwarded complaint: the complainant named in it (her
e-mail `()` unless the forward gives it; no ID scored where none is given). A reply: the
citizen, her values anywhere in the thread. An anonymous whistleblower: name, ID, address,
province and postal code `()`; her box is her e-mail, her phone only where she leaves one.
A CORRECTED or OLD/CURRENT value: the current, right one (the right ID, the address she
lives at, the name she bears now, the new mobile and the box she answers on). Reference,
case, document, contract, receipt, tax-notice, water-user and Facebook numbers, a
registration number and a licence are never an ID or a phone; birth date only the
applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_68 import KIND, build_set

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
