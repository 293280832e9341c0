"""Accuracy on an eighty-eighth set of requests written by others (issue 8): COMMERCE
REGISTRATION (ทะเบียนพาณิชย์, พ.ร.บ.ทะเบียนพาณิชย์ พ.ศ. 2499) at เทศบาลนครเชียงราย and
เทศบาลเมืองพะเยา, by online sellers and small traders: registering a new shop (แบบ ทพ.),
changing its details (name, place, channels), closing it; shop names, Facebook pages, LINE
IDs (@shopname), Shopee and Lazada links, websites; PromptPay numbers (the owner's own
mobile, her 13-digit ID, a husband's mobile) and bank accounts; ordinary partnerships
(ห้างหุ้นส่วนสามัญ) with the partners' IDs and mobiles, a registered partnership's 13-digit
juristic number starting with 0; the shop's place (สถานที่ตั้งสำนักงานใหญ่) beside the owner's
home; an accountant, a daughter and a brother filing for the owner.
Plain: an iPhone mail (a new online shop), Android Gmail (closing), a daughter's Gmail for
her mother, a LINE chat with the town's LINE OA forwarded, a managing partner's webmail.
HTML: a Gmail table (the owner's rows, the shop's rows), an accountant's Outlook (a
change), the town's e-service notification, a Gmail reply over the clerk's quoted mail.
Word: the ทพ. on dotted lines, a partnership's change form with its partners' table, a
หนังสือมอบอำนาจ to a brother, a change of place as a label table (old and new places). PDF:
a fillable ทพ. (owner_*, shop_*, filer_*), a fillable closing form (Text1..Text9), a typed
ทพ., an accountant's typed letter on letterhead. Sheets: an accountant's list of clients
(the mail names ลำดับที่ 2), a seller's own label sheet, a partnership's list of partners
(the managing partner's row second).

unseen_requests_88.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and 65/75:
the APPLICANT is the shop's owner who registers, changes or closes it; for an ordinary
partnership the managing partner who signs (the other partners never; the juristic number
never an ID); filed by an accountant or a relative, the owner (the filer's values never:
phone and e-mail `()` where only the filer's appear). Address: WHERE THE OWNER LIVES, never
the shop's place, old or new, nor the partnership's office, the accountant's office. A
PromptPay number is the owner's phone or ID only where it is hers; a husband's never. Bank
accounts, registration and reference numbers, capital, shop IDs and the clerk's line are
never an ID or a phone; birth date only the owner's. Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_88 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_88.py -s -p
# no:randomly, set at b6046c4 on main's 2024ba1), 20 styles, 40 requests, 306 fields, all
# scored (no n/a): 272/306 right (0.889), 14 wrong flagged, 12 wrong without a flag
# (3.922%), 8 missing; 132 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 66/76 (8, 0, 2), HTML 62/62 (0, 0, 0),
# Word 54/60 (2, 0, 4), PDF 62/62 (0, 0, 0), sheet 28/46 (4, 12, 2). Every miss, all
# thirty-four:
# Silent, 12:
# - the accountant's head block as the client's contacts: xlsx_accountant_clients phone 2
#   and email 2 (her มือถือ 081-884-2719 / 089-552-7310 and box ratchanee.acc@gmail.com /
#   apichat@ac-account.example.co.th in the sheet's "โทร ... มือถือ ... อีเมล" row; the
#   client of ลำดับที่ 2, named in the mail, read right: name, ID, home).
# - another partner's row over the managing partner's: xlsx_partnership_partners
#   national_id 2 (3560100277454, 3579900122682: the first row's ฐานะ "หุ้นส่วน"), birth
#   date 2 (1978-03-12, that partner's "12/03/2521"), phone 2 (+66935518824, +66897710345)
#   and postal code 2 (57100 of that partner's home in นางแล; both managing partners live
#   in ตำบลเวียง, 57000; the province, เชียงราย for both, reads right by chance).
# Flagged, 14:
# - a partner named as the applicant: plain_webmail_partnership full_name, national_id,
#   phone 2 each (the third or first partner of the list, not the one marked
#   "(หุ้นส่วนผู้จัดการ)" who signs "ลงชื่อ ... หุ้นส่วนผู้จัดการ") and address 2 (the
#   partnership's office "สำนักงานตั้งอยู่ 22/305 ถนนธนาลัย", not "ที่อยู่หุ้นส่วนผู้จัดการ");
#   xlsx_partnership_partners full_name 2 and address 2 (the first partner's row and home).
# - the partnership's office as the address: docx_partnership_table address 2
#   ("สำนักงานแห่งใหญ่: 99 หมู่ที่ 2 ตำบลแม่ต๋ำ...", "22 ถนนธนาลัย..."; the managing partner's
#   name from the signature read right).
# Missing, 8: plain_webmail_partnership email 2 and xlsx_partnership_partners email 2 (the
#   managing partner's own From box, not taken once another partner was chosen);
#   docx_partnership_table national_id 2 and phone 2 (the managing partner's cells in the
#   partners' table, middle row).
# Right everywhere else: the online sellers (FB, LINE @, Shopee, Lazada, websites, bank
# accounts and PromptPay, her own mobile, her ID, a husband's mobile never), closing with a
# 0-led registration number never the ID, the daughter and the brother who file (their ID,
# home, phone, box never), the LINE OA chat (the clerk's line never), both accountants'
# Outlook and typed letter, the e-service notification, the reply over the clerk's quote,
# the dotted ทพ., the change form's old and new places never the home, both fillable PDFs
# (filer_* never), the typed ทพ., the seller's own sheet.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO). Doubts: none on the rulings; the accountant's sheet
# names its client only in the mail ("ลำดับที่ 2"), which a clerk also reads.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent at
# first sight's share (twelve of 306).
# After fix88 (rules by kind, each with a unit test on made-up text): 290/306 right
# (0.948), 10 wrong flagged, 0 wrong without a flag, 6 missing. By kind: plain 66/76
# (8, 0, 2), HTML 62/62, Word 54/60 (2, 0, 4), PDF 62/62, sheet 46/46.
# - a partner or director whose role says he manages or signs for the body
#   (หุ้นส่วนผู้จัดการ, กรรมการผู้จัดการ, ผู้มีอำนาจลงนาม) is the row's person who acts for
#   it, a plain partner (หุ้นส่วน, ผู้ถือหุ้น) another (sheet_roles): xlsx_partnership_partners
#   16/16 (test_sheet_signers).
# - an accountant's or bookkeeper's head block over her clients' rows is hers
#   (role_words.BOOKKEEPER, issuer_head): xlsx_accountant_clients 14/14 (test_issuer_head).
# After fix8788: 306/306 right (1.000), none flagged, none silent, none missing. By
# kind: plain 76/76, HTML 62/62, Word 60/60, PDF 62/62, sheet 46/46.
# - the words for the one who signs for a body and for a plain member are one list
#   (role_words.SIGNS_FOR_BODY, BODY_MEMBER) read by sentences, a mail's numbered list
#   of partners (signers_rows), a contact's label ("ที่อยู่หุ้นส่วนผู้จัดการ", body_form),
#   sheets and Word/HTML tables (sheet_roles.own_role_row, docx_form._asker_row):
#   plain_webmail_partnership, docx_partnership_table (test_signs_for_body).
# Floors: every style at the target; silent held at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 306  # first sight: twelve (sheets); after fix88: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Twelve of 306 at first sight, none after fix88: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
