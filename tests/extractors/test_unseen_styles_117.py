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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_117.py -s -p
# no:randomly, set at f087483 on 023ad9f), 20 styles, 40 requests, 290 fields, all scored
# (no n/a): 265/290 right (0.914), 19 wrong flagged, 0 wrong without a flag (0.000%), 6
# missing; 162 of the right values flagged for a look (61.1%). By kind of input
# (right/fields; flagged, silent, missing): plain 61/74 (7, 0, 6), HTML 56/58 (2, 0, 0),
# Word 52/56 (4, 0, 0), PDF 54/58 (4, 0, 0), sheet 42/44 (2, 0, 0). Every miss, all
# twenty-five (the two line-chat variants' values read back one by one, the table showing
# six a style):
# Silent, 0.
# Flagged, 19:
# - plain_line_chat_garbage phone 2 (the town's line in the officer's chat line, 032-337-150
#   / 032-425-300 "ต่อ 214", over her mobile on her own line above the chat); address 2
#   (the VACANT house from her chat line "บ้านเลขที่ 16/1 หมู่ที่ 3 ตำบลโพธาราม อำเภอโพธาราม",
#   run on through the house code, her question, the receipt's number and the officer's
#   answer; never where she lives, "ที่อยู่ปัจจุบัน 118 หมู่ 5 ...").
# - plain_accountant_signboard v1 address, postal code, province (the accountant's office
#   under her signature, "99/4 ถนนเขางู ตำบลหน้าเมือง ... ราชบุรี 70000", over the client's
#   home in Tha Muang, 71110); v2 right.
# - html_outlook_firm_staff_receipt phone 2 (the accounting staff's มือถือ beside the firm's
#   line "โทร 032-321-445 ต่อ 105 | มือถือ ..." in her signature).
# - docx_poa_estate_admin full_name 2 (the nephew, the ผู้รับมอบอำนาจ who sends and signs the
#   cover mail, over the administrator, the ผู้มอบอำนาจ of the หนังสือมอบอำนาจ; her ID, home
#   read right).
# - docx_exemption_letter address 2 (cut from the body's "บ้านเลขที่ 33 (รหัสประจำบ้าน
#   7103-023478-2)": the house number and the house code, over the whole address in her
#   block top right).
# - pdf_typed_accountant_letter v2 full_name, address, postal code, province (the
#   accountant who signs as ผู้รับมอบอำนาจ, นางสาวรัตนา ใจมั่น, and her firm's letterhead in
#   Ratchaburi, 70000, over the client in Kanchanaburi; v1's other firm read right).
# - xlsx_dorm_garbage full_name 2 (the dormitory's name, "บ้านสวนแมนชั่น", "ริมแควแมนชั่น",
#   under ชื่อหอพัก, over the landlord under ชื่อเจ้าของหอพัก; her ID, home, mobile right).
# Missing, 6: plain_line_chat_garbage email 2 (her own box, only in From), postal code and
# province 2 (none after the vacant house's district).
# Right everywhere else: the heir's refund (the dead parent's ID and birth date never
# taken; birth_date `()` right), the Thai-digit ID and mobile of the iPhone mail, the
# dotted objection form wholly in Thai digits, the typed letters' blocks top right (v2 in
# Thai digits), the web form's water user numbers opening 08 and 06 never a phone, the
# Gmail objection's co-owner brother, the iPhone reply above the officer's quote, the
# e-Service table's agent rows, the refund form's agent_* section and the agent's box, the
# instalment form's co-owner, the firm's ภ.ป.1 tables (the director and his ID, never the
# accountant coordinator), the accountant's parcel sheet, the list of heirs (the filer
# marked, second or third).
# No builder slips found: each miss's value was read back against the conventions (the
# builder's docstring and WHO); every expected value is written in its mail (the line-chat
# sender's e-mail in From, as for every own mail of set 63).
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# none (one fails).
# After stop 54's fixes (fix117; rules by kind, each with a unit test on made-up text):
# 287/290 right (0.990), 3 flagged, 0 silent, 0 missing. By kind: plain 74/74, HTML 58/58,
# Word 56/56, PDF 55/58 (3, 0, 0), sheet 44/44.
# - "ชื่อ" with a building's or place's word (ชื่อหอพัก, ชื่อโครงการ) is no person's name
#   label (place_name_label, test_place_name_label); a bare house number gives way to the
#   same house written whole (address_fuller); a LINE chat saved under a forward marker is
#   the sender's own text where her note asks nothing of its own (saved_chat,
#   test_forwarded_own_chat); a house "ซึ่งข้าพเจ้าให้เช่า" is the tenant's (prose,
#   test_let_house); the attorney a power names is behind the grantor (appointed_attorney);
#   a firm's mail: its staff's mobile behind the firm's line with "ต่อ" (firm_line); an
#   accounting or law office by its trade name is a business, not the client
#   (whose_phone, test_accounting_office). Left: pdf_typed_accountant_letter's second
#   request, the client's ID wrapped to the next line and her tail on the shop's line
#   (3 flagged).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "pdf_typed_accountant_letter": 0.785,
}
SILENT_NOW = 0 / 290  # first sight: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 290 at first sight: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
