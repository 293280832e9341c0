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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_108.py -s -p
# no:randomly, set at c1c32da on main's 6eef80b), 20 styles, 40 requests, 302 fields of
# which 284 scored: 262/284 right (0.923), 11 wrong flagged, 1 wrong without a flag
# (0.352%), 10 missing, 18 n/a (birth_date of the nine styles read as complaint, which has
# none: plain_gmail_bribe_land_office, html_outlook_damrongdham_case_table,
# html_webform_complaint_notice, docx_damrongdham_dotted_form,
# docx_whistleblower_named_secret, docx_ita_complaint_table, pdf_fillable_complainant_accused,
# pdf_fillable_damrongdham_parts, xlsx_damrongdham_register_row; the volunteer's mail and the
# community-justice letter were read as general_request, the firm's Outlook as permit); 140
# of the right values flagged for a look. By kind of input (right/fields; flagged, silent,
# missing): plain 66/72 (5, 1, 0), HTML 44/56 (2, 0, 10), Word 54/56 (2, 0, 0), PDF 56/58
# (2, 0, 0), sheet 42/42. Every miss, all twenty-two:
# Silent, 1: plain_anonymous_whistleblower v1 full_name "นางเยาวลักษณ์ พรหมวงศ์": the
#   contractor's managing partner (the works director's wife, named with her ID in the tip)
#   taken as the writer of a mail that names no writer ("ข้าพเจ้าเป็นประชาชนในพื้นที่
#   ขอไม่เปิดเผยชื่อ"); her ID was not taken (national_id right: none).
# Flagged, 11:
# - the official's desk line as hers: plain_iphone_rude_clerk phone 2 (+6642511062,
#   +6642579134: "เบอร์โต๊ะ 042-511-062 ต่อ 115", v2 in Thai digits; her "โทรหาดิฉันได้ที่
#   <mobile>" after it).
# - the one who writes for her as her: plain_outlook_legal_aid_volunteer full_name 2 (the
#   สภาทนายความ's volunteer, "ดิฉัน/ผม <volunteer> ... ได้รับการร้องขอความช่วยเหลือจาก <elder>";
#   the elder's ID, birth date and home right, the volunteer's and headman's phones never
#   taken unflagged); docx_lawyer_letterhead_client full_name 2 (run on: "<lawyer>
#   ทนายความผู้รับมอบอำนาจจาก <client>"; the client's ID, home and v2's own mobile right).
# - another's number over her call-back: plain_anonymous_whistleblower v2 phone
#   (+66896621057, "เมื่อโทรไปทวงที่เบอร์ 089-662-1057", the official's; her "ส่งข้อความ SMS
#   มาที่ 063 915 2274" after it); pdf_fillable_damrongdham_parts v1 phone (+6642721335, the
#   district centre officer's field โทรศัพท์เจ้าหน้าที่ and his line in the covering mail; her
#   โทรศัพท์ field 087-882-3014); pdf_typed_community_justice_letter v2 phone (+66807748123,
#   the volunteer's mobile in his block top left; "ผู้ร้องติดต่อได้ที่หมายเลข 0869541238" in
#   the body).
# - a web form's IP as her address: html_webform_complaint_notice address 2
#   ("171.100.78.14", "171.100.79.14" from the row "IP Address"; her address in the rows
#   บ้านเลขที่/หมู่ที่/ตำบล/อำเภอ/จังหวัด/รหัสไปรษณีย์; postal code and province right).
# Missing, 10: html_iphone_reply_over_clerk full_name, national_id, address, postal code,
#   province 2 each: her first mail quoted under the clerk's quoted acknowledgement
#   (blockquote type="cite", "----- ข้อความเดิม -----"); her new mobile on top and her box
#   right.
# Right everywhere else: the surveyor's bribe (deed, parcel, survey page, request and
# receipt numbers, the ten-digit accounts opening 0 never a phone, "ขอให้ปกปิดชื่อ" with her
# name kept), the pasted LINE export (the clerk's mobile never), the district centre's case
# table (the officer's line, fax and box, the respondent's office never), the firm's
# signer (v1's ID, v2 none; the staff contact's mobile never), the centre's dotted form
# sent by a nephew or son (their names and mobiles never), the employee's "ลับ" letter
# (the witnesses' table never), the ITA table in Thai digits, both fillable forms'
# accused_* and ผู้ถูกร้อง parts, the writer's block top right in Thai digits (the grandson
# who sends never), the call log, the vendors' signers and the centre's register row.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); the count is the same before and after (262/284).
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's one.
# After stop 52's fixes (fix108; rules by kind, each with a unit test on made-up text):
# 284/284 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 72/72, HTML 56/56,
# Word 56/56, PDF 58/58, sheet 42/42.
# - a tip whose writer withholds her name (ไม่ประสงค์ออกนาม, ขอไม่เปิดเผยชื่อ) and names
#   herself nowhere: every name, ID, birth date and address behind (anonymous_writer): the
#   one silent (test_anonymous_writer).
# - a number she rang ("โทรไปถามที่เบอร์โต๊ะ") is another's (whose_phone,
#   test_called_numbers); a lawyer "ผู้รับมอบอำนาจจาก <client>", a volunteer asked for help
#   by her (acting_for; ทนายความ ends a name) (test_for_client); IP/MAC address rows are no
#   address (labels, test_network_address); a fillable form's officer part is another's
#   (pdf_form, test_complaint_form_parties); a block phone set behind in a letter for
#   another (letter_prose, test_letter_block_phone); a mobile wrapped after "หมายเลข"
#   (wrapped_mobile); her first mail quoted under the clerk's acknowledgement read,
#   flagged (mail_text, test_mail_text).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 284  # first sight: the contractor's partner as the anonymous writer

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # One of 284 at first sight: held there, so a second silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
