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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_105.py -s -p
# no:randomly, set at 32e72e5 on 6eef80b), 20 styles, 40 requests, 288 fields, all scored
# (no n/a; every request read as general_request): 253/288 right (0.878), 14 wrong
# flagged, 2 wrong without a flag (0.694%), 19 missing; 135 of the right values flagged
# for a look. By kind of input (right/fields; flagged, silent, missing): plain 72/72 (0,
# 0, 0), HTML 48/60 (5, 0, 7), Word 54/56 (2, 0, 0), PDF 53/58 (3, 0, 2), sheet 26/42 (4,
# 2, 10). Every miss, all thirty-five:
# Silent, 2:
# - the accountant's box as the client's: xlsx_accountant_plots email 2
#   ("jutamas.acc@gmail.com", "vorapol.acct@gmail.com": the head block's "อีเมล" cell and
#   the From of the accountant who sends; the client gives none, so `()`).
# Flagged, 14:
# - the accountant or sender named as the applicant: docx_pp1_firm_table full_name 2 (the
#   accountant who sends, "นายวรพล ชัยมงคล", "นางสาวจุฑามาศ รักษ์ธรรม", over the signer
#   in the form's ผู้ยื่นแบบ row; the signer's ID, mobile and the firm's office, line, box
#   read right); xlsx_accountant_plots full_name 2 and phone 2 (the head block's
#   accountant and her มือถือ, +66853307712 / +66815509341, over the client's block and
#   its "โทรศัพท์เจ้าของ"; the client's ID and home read right).
# - the city's quoted notice over the owner's correction: html_outlook_reply_correction
#   full_name 2 (the misspelt "นางศิรพร จันทรเพ็ญ", "นางอำพัย บุญญศิริ" of the officer's
#   quoted table) and address 2 (the old address in that table, "12 หมู่ที่ 5 ตำบล
#   พลับพลา ..." / "6/2 หมู่ที่ 4 ตำบลท่ากุ่ม ..."; her present home is in her reply).
# - a correction table's row read whole: pdf_typed_correction_table full_name 2 ("นาย
#   ธีระวัฒน์ เลิศวิริยา นายธีรวัฒน์ เลิศวิริยะ": the notice's misspelt name and the
#   right one joined; the mistyped ID and the old address never taken).
# - the shop's place as the home: html_iphone_signboard v2 address ("62 ถนนสุขาภิบาล
#   ตำบลวัดใหม่ ..." after "ร้านตั้งอยู่ที่"; her home after "ส่วนที่อยู่ตามทะเบียนบ้าน
#   ของผม").
# - the accountant contact's mobile as the firm's: pdf_typed_firm_letter v2 phone
#   (+66815509341 from "ได้มอบหมายให้ ... โทร ... เป็นผู้ประสานงาน"; v1 read the letterhead's
#   line).
# Missing, 19: html_outlook_reply_correction email 2 (her own From; the quoted "ถึง:" too);
#   pdf_typed_correction_table email 2 (her own From); html_iphone_signboard full_name 2
#   (she signs with her given name; the From's "<given> <family>") and v1 address, postal
#   code, province (her home after "ส่วนที่อยู่ตามทะเบียนบ้านของดิฉัน", "14/3 ม.1
#   ต.เกาะช้าง ..."); xlsx_heirs_list national_id, phone, address, postal code, province 2
#   each (her row among the heirs, marked "ผู้ยื่นคำร้อง / ผู้ประสานงาน" in its last cell;
#   her name and box read right from the mail, the dead owner's and the other heirs' values
#   never taken).
# Right everywhere else: the iPhone instalment (v2's ID and mobile in Thai digits, the
#   bill's 06-number and the desk's line never a phone), the parent's LINE lines (v2's
#   son's mobile never the father's), the accountant's Gmail for a client, the director's
#   firm and own house, both e-Service notifications (the dormitory's place, the agent's
#   rows never), the heir's Gmail (the dead parent's ID and birth date never), the Thai-digit
#   objection (the house code never), the power of attorney (the nephew never), the dotted
#   refuse form (the vacant house never), both fillable PDFs (agent_* and the co-owner never),
#   the landlord's rooms (tenants never).
# One builder slip found and mended: html_iphone_signboard expected full_name with her
# title, which the mail never writes; the name as the From gives it is now accepted beside
# it (missing 2 before and after, the same 35 misses). Every other miss's value was printed
# and read back against the conventions (the builder's WHO).
# Doubts: the director's mail about his firm's sign and his own house accepts the firm's
# office and line beside his home and mobile (he writes for both); the iPhone signboard
# owner's name with no title written may be ruled `()` rather than the From's.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# first sight's two.
# After stop 52's fixes (fix105; rules by kind, each with a unit test on made-up text):
# 288/288 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 72/72, HTML 60/60,
# Word 56/56, PDF 58/58, sheet 42/42.
# - a sheet whose head says who prepared it (จัดทำโดย, a bookkeeper's words) is the
#   accountant's: her name, phones, box behind (issuer_head, role_words.COLLECTOR): the two
#   silent (test_preparers_sheet_head).
# - the agency's own mail quoted under Outlook's reply header, its table too, is quoted
#   (mail_text.agencys_mail_at, test_quoted_agency_table); "ที่อยู่ปัจจุบัน", "ที่อยู่ตาม
#   ทะเบียนบ้านของดิฉัน" in a sentence (prose, test_current_address); a writer signing with
#   her given name alone takes From's Thai name, flagged (signed_given_name); a contact
#   beside the form's one filer set behind, ผู้ยื่นแบบ a name label (contact_beside_filer);
#   a typed correction table read by its columns, the right value only
#   (pdf_correction_table); a wrapped "โทร" line under another's sentence is his
#   (letter_prose, test_wrapped_contact_phone); a list of heirs' row marked ผู้ยื่นคำร้อง
#   (sheet_roles, test_sheet_lists_of_people).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 288  # first sight: the accountant's box as the client's, 2

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 288 at first sight: one more silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
