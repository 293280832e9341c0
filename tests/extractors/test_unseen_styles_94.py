"""Accuracy on a ninety-fourth set of requests written by others (issue 8): A CITIZEN'S
REQUEST THAT REACHES THE AGENCY THROUGH ANOTHER AGENCY, to the ท้องถิ่นจังหวัดแพร่ and
ท้องถิ่นจังหวัดน่าน. The ศูนย์ดำรงธรรมจังหวัด, a ที่ว่าการอำเภอ (ร้องกวาง, ปัว), an MP's office
(ส.ส. แพร่ เขต 1, his assistant's Gmail), the 1111 centre (ศูนย์บริการข้อมูลภาครัฐเพื่อประชาชน)
and Traffy Fondue forward a citizen's petition by e-mail: หนังสือราชการ (ที่ พร ๐๐๑๗.๓/ว ๑๒๔๕,
เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, the official's name, position, the office's line and
box) with the petition inside or attached, or a summary of the case (เลขที่เรื่อง, ชื่อผู้ร้อง,
เลขบัตร, ที่อยู่, โทร, รายละเอียด, the ผู้ถูกร้อง beside).
Plain: the ศูนย์ดำรงธรรม's letter typed into Outlook, a district clerk's Gmail forward of
the citizen's mail, the 1111 system's notice (a masked ID in v2), an MP's assistant pasting
a LINE chat, a Traffy Fondue notice (the pin's place, the reporter's name and phone). HTML:
Outlook with a case table (the respondent's column), an MP's assistant's Gmail list, the
1111 web notification table, a district's Outlook forward with the citizen's quoted mail.
Word: an official letter (Thai digits), the citizen's petition form on dotted lines, a case
summary table, an MP's letter on letterhead. PDF: a typed letter with the citizen's
petition as page 2, the ศูนย์ดำรงธรรม's fillable form (ผู้ร้อง_*, ผู้ถูกร้อง_*,
เจ้าหน้าที่_*), a landscape case table (the address wrapped in its cell), the 1111's
fillable form (complainant_*, agency_*, officer_*). Sheets: a case list, a Traffy Fondue
export, a district's register (Thai digits, B.E. dates).

unseen_requests_94.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks),
31 (the villager, not the headman who files for him), 37 (only another's phone: phone
`()`) and 63 (the one the request is for, never who sends it). So the APPLICANT IS THE
CITIZEN WHO PETITIONS, never the forwarding official, office, MP or assistant: their names,
positions, lines, hotlines, boxes and offices' addresses are never the applicant's (where
the citizen's own phone or box is not written, `()`); the ผู้ถูกร้อง and the problem's place
never; a Traffy Fondue report gives no home (address, postal code, province `()`); a masked
ID is none (`()`); document, case and ticket numbers and letters' dates never an ID, phone
or birth date. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_94 import KIND, build_set

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
