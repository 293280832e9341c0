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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_94.py -s -p
# no:randomly, set at a487988 on 7734389), 20 styles, 40 requests, 294 fields of which 286
# scored: 259/286 right (0.906), 15 wrong flagged, 6 wrong without a flag (2.098%), 6
# missing. Three of those were the builder's slips, mended before this block: the
# ศูนย์ดำรงธรรม's letter typed into Outlook (plain_damrongdham_outlook, email 2 missing) and
# its Outlook case table (html_outlook_damrongdham_table, email v2 flagged: the office's
# box) expected the citizen's box, which neither mail writes; both now expect `()` as the
# conventions say (only the office's box appears). After the mend: 262/286 right (0.916),
# 14 wrong flagged, 6 wrong without a flag (2.098%), 4 missing, 8 n/a (birth_date:
# html_gmail_mp_office, html_eservice_1111_notice, pdf_fillable_1111_form and
# xlsx_amphoe_register read as complaint, which has none); 129 of the right values flagged
# for a look. By kind of input (right/fields; flagged, silent, missing): plain 64/72 (8, 0,
# 0), HTML 56/56 (0, 0, 0), Word 54/58 (2, 2, 0), PDF 54/58 (0, 0, 4), sheet 34/42 (4, 4,
# 0). Every miss, all twenty-four:
# Silent, 6:
# - the MP's assistant as the citizen: docx_mp_letterhead full_name 2 (นางสาวพัชราภรณ์
#   ใจดี, named at the letter's foot as "ผู้ประสานงาน ... โทร"; the citizen "ตามที่ <name>
#   ผู้ถือบัตรประจำตัวประชาชนเลขที่ ..." in the body, whose ID and home read right).
# - the forwarding district's line as the reporter's: xlsx_traffy_export phone 2
#   (+6654791236, +6654597045: ที่ว่าการอำเภอปัว's and ร้องกวาง's "โทร 0 5479 1236" in the
#   covering mail; the sheet's reporter_phone column holds the citizen's mobile).
# - a Traffy Fondue sheet's head row as an address: xlsx_traffy_export address 2
#   ("timestamp state reporter_name reporter_phone\n2026-B2ZN66"): the heads after the
#   column "address" and the next row's ticket; the column is the pin's place, never a
#   home, so `()` (no value, or a flagged one) is right.
# Flagged, 14:
# - the MP's assistant's signature as the citizen's: plain_mp_office_line_paste full_name
#   2 (the assistant), phone 2 (her mobile 086-7214593), address 2 and postal code 2 (the
#   MP's office, 123/4 ถนนยันตรกิจโกศล ตำบลในเวียง ... 54000); the LINE chat's lines (the
#   citizen's name, birth date, home, phone, ID on separate timed lines) were not taken
#   over them; docx_mp_letterhead phone 2 (the assistant's mobile beside ผู้ประสานงาน).
# - a forwarding official named as the applicant: xlsx_damrongdham_case_list full_name 2
#   (the head block's "ผู้รายงาน" นายอภิชาติ ศรีสุข / นางสาววิไลพร ธนากร; the ชื่อผู้ร้อง
#   column's ID, home and phone read right); xlsx_traffy_export full_name 2 (the district
#   officer who signs the covering mail, not the reporter_name column).
# Missing, 4: pdf_landscape_case_table address 2 and postal code 2 (the address in a
# narrow cell, its house and หมู่ on the row's line and the ตำบล, อำเภอ, province and code
# on the two lines below; name, ID, phone and province read right).
# Right everywhere else: the ศูนย์ดำรงธรรม's letters (plain, Word with Thai digits), the
# district's Gmail and Outlook forwards (the citizen's quoted box, never the office's), the
# 1111 notices (plain, HTML, fillable; the masked ID left empty), the MP's Gmail list, the
# petition form on dotted lines, the case summary tables (the ผู้ถูกร้อง beside), the
# typed letter with the petition as page 2, the ศูนย์ดำรงธรรม's fillable form (ผู้ร้อง_*
# over ผู้ถูกร้อง_* and เจ้าหน้าที่_*), the Traffy Fondue text notice (no home taken from the
# pin), the district's register in Thai digits; document, case and ticket numbers never
# an ID or a phone.
# Rulings and doubts: the Traffy Fondue cases expect address, postal code and province
# `()` though the pin lies in the reporter's own tambon (the conventions: a pin is the
# problem's place, never a home); a reader that took the pin's province would be silent
# there, none did. The MP's assistant writes and signs in plain_mp_office_line_paste and
# html_gmail_mp_office: she is a forwarder (set 63's ruling), the LINE chat's citizen the
# applicant.
# Floors: each style below 0.99 at its first-sight accuracy (after the mend), rounded
# down; silent at first sight's share.
# After fix94 (rules by kind, each with a unit test on made-up text): 286/286 right
# (1.000), none flagged, none silent, none missing. By kind: plain 72/72, HTML 56/56,
# Word 58/58, PDF 58/58, sheet 42/42.
# - an MP's letter saying the citizen "ได้ร้องขอต่อกระผม" forwards her request; its
#   "กระผมจึง..." paragraph ends hers (forwarding_letter): docx_mp_letterhead
#   (test_forwarded_by_an_mp).
# - a map app's export with a coordinates column: its address column is the pin's place,
#   never a home; the reporter_* columns read (pin_column, xlsx_form): xlsx_traffy_export
#   (test_map_app_export).
# - a sheet's head block naming a reporter with his post (role_words.REPORTER: ผู้รายงาน,
#   ผู้ส่งต่อ) over the one who asks is his, set behind (issuer_head):
#   xlsx_damrongdham_case_list (test_reporters_sheet_head).
# - an MP's office is an office (intermediary_office); a name signed in an office's block
#   where the text passes on a villager's plea is set behind (office_signers_behind); a
#   LINE file's one-time speaker is the second party where the other is alone
#   (chat_transcript): plain_mp_office_line_paste (test_plea_passed_on_by_an_mp).
# - case-number headings are no field's label; a table cell's wrap inside a word is
#   mended, ต./อ./จ. too (pdf_columns, address_breaks): pdf_landscape_case_table
#   (test_pdf_case_table).
# Floors: every style at the target; silent held at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 286  # first sight six (the assistant's name, the district's line, a head row)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Six of 286 at first sight, none after fix94: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
