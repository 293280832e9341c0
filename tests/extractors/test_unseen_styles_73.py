"""Accuracy on a seventy-third set of requests written by others (issue 8): REQUESTS THAT
REACH THE INBOX THROUGH OTHER SYSTEMS AND PEOPLE'S FOLLOW-UPS, at เทศบาลนครอุดรธานี and the
อบต. around it (Udon Thani). Google Forms response notifications from the city's form
script (plain and HTML: "ผู้ตอบ: <e-mail>" as the header line, question and answer blocks,
the title asked apart in one variant); the city's e-Service auto-mail with English keys
(fullname, id_card, tel, submission_id, ip_address) and อบต.กุดสระ's web form with snake_case
Thai transliteration (chue, nam_sakun, lek_bat_prachachon, boe_tho, the address in
ban_lek_thi/mu_thi/tambon/amphoe/changwat/rahat_praisani); the complaint app UdonCity
Connect (ticket number, GPS and map link, the place, the reporter's phone, e-mail and ID
masked or not, no home or hers); a LINE OA chat pasted by the clerk or typed into her
บันทึกข้อความ (timestamps, display names, the citizen's values over several messages, the
OA's replies and receipt number); letters forwarded from other agencies (ศูนย์ดำรงธรรม
อำเภอ's e-Saraban forward in Outlook, the district's Word letter signed by a ปลัดอำเภอ, อบต.
กุดสระ's typed PDF with the city's receipt stamp: their officers' names, lines, mobiles and
document numbers around the citizen's); exports with one row (Google Forms to xlsx, the
e-Service's CSV with a BOM, the app's ticket xlsx); and FOLLOW-UPS: a phone mail that
corrects the first (the phone; the ID and the year of birth) quoting it under Gmail's
"เขียนว่า:", an Outlook reply correcting the address or the phone above the first mail, a
Word correction form (ข้อมูลเดิม / ข้อมูลที่ถูกต้อง), a reply with the citizen's answers typed
under the clerk's quoted questions. Kinds: plain, HTML, Word, PDF (typed, printed from
Chrome, fillable with English field names), sheets (xlsx and CSV).

unseen_requests_73.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the applicant is the citizen whose
request it is, never the system that sends (its no-reply box, the form owner's Gmail, its
submission, ticket or reference number), the clerk who pastes or asks (her name, line and
box), the other agency or its officer. The respondent's e-mail in a Google Forms header
line or column is hers; where a system, clerk or agency sends and she gives no box, email
is `()` (no value, or a flagged one, right). A masked phone (08x-xxx-7725), ID
(1-4101-XXXXX-XX-3) or e-mail (a***@gmail.com) is no value: `()`. The corrected value wins
over the first one; what the follow-up does not correct keeps the quoted first request's
value. Inline answers are the values, the clerk's quoted signature never. A name typed
without a title is right with or without one; a LINE display name is no name. The address
is her home (from parts where a form splits it), never the complaint's place (`()` where
only the place is given). Birth date only hers; GPS, ticket, document and receipt numbers
never an ID, phone, date or postal code. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_73 import KIND, build_set

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
