"""Accuracy on a ninety-seventh set of requests written by others (issue 8): HOUSING, to
เทศบาลเมืองราชบุรี (its แฟลตเทศบาล/อาคารสงเคราะห์ and กองสวัสดิการสังคม), เทศบาลเมือง
สมุทรสงคราม, the province's พมจ. and a บ้านมั่นคง project (Ratchaburi and Samut Songkhram):
renting a municipal flat (room numbers, rent, deposit, a guarantor's section, a lease moved
to a daughter, a renewal with the spouse's fields, an appeal against a notice to leave with
its number and the arrears), community housing (a cooperative's registration and loan
contract numbers, its chairman's mobile, a community's certificate signed by its chair, a
household survey's rows), repairs to poor households' homes (a son in Nonthaburi writing for
his mother, a health volunteer's e-service notice, a headman's letter in Thai digits, a
fillable form with a กำนัน's section, a sheet with the landowner's rows), eviction and
landlord/tenant quarrels (a pasted LINE chat with the landlord's bank account and mobile, a
landlord asking help over a tenant's arrears with the tenant's ID and phone), rent receipts
and leases quoted with the landlord's name, ID, tax number, line and home.
Plain: a flat application from Gmail (the present landlord as a reference), a LINE chat
forwarded under a tenant's plea, a son's iPhone mail for his mother's repair, a landlord's
plea over arrears, a บ้านมั่นคง member's Outlook-for-Android mail. HTML: a Gmail lease
transfer, an Outlook mail with the landlord's receipt as a table, the city's e-service
notice (ผู้แจ้ง rows), a reply over the clerk's quoted mail. Word: the flat's application
form (a guarantor's table), a lease (ผู้ให้เช่า first) under a move-in request, a headman's
letter, a community's certificate. PDF: a fillable repair form (Thai field names, a
ผู้รับรอง), a typed appeal, a fillable renewal (tenant_*/spouse_*), a landlord's receipt
beside the tenant's lines in the mail. Sheets: a rent ledger (the landlord's rows first),
a household survey, a repair sheet with the landowner's rows.

unseen_requests_97.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, set 63's builder and test, the helpers they import, set 84's test
comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28 (the
person who asks), 31/63 (a service for one person asked by another is the one it is for)
and 37 (only another's phone given: phone `()`). So: a tenant who asks is the applicant,
never the landlord quoted in her receipt, lease, chat or ledger; a landlord who asks is,
never his tenant; a guarantor, spouse, child, daughter, chair, headman, กำนัน, volunteer
or clerk never; a repair asked by another is for the household's head (the asker's phone
and box never hers: `()`). Address: where the applicant lives now. Room, receipt, notice,
contract, loan, cooperative and tax numbers, amounts, bank accounts and meter numbers are
never an ID or a phone. Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_97 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_97.py -s -p
# no:randomly, set at eae8365 on main's e94df0d), 20 styles, 40 requests, 311 fields, all
# scored (no n/a): 289/311 right (0.929), 12 wrong flagged, 2 wrong without a flag
# (0.643%), 8 missing; 166 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 71/75 (4, 0, 0), HTML 56/64 (8, 0, 0),
# Word 61/63 (0, 2, 0), PDF 63/63 (0, 0, 0), sheet 38/46 (0, 0, 8). One builder slip
# mended before this count: plain_landlord_tenant_arrears expected the landlord's birth
# date, which his mail never writes (ALL for NO_BIRTH: 313 fields and 2 missing before,
# 311 and none after; no request changed). Every miss, all twenty-two:
# Silent, 2:
# - a headman's mobile as the household's: docx_headman_repair_letter phone 2
#   ("+66897761243", the ผู้ใหญ่บ้าน's "โทร ๐๘๙-๗๗๖๑๒๔๓" or "๐๘๙ ๗๗๖ ๑๒๔๓" under his signature; the poor
#   household's head has no phone in the letter, so phone is `()` by set 37's ruling; her
#   name, ID, birth date and home in Thai digits read right).
# Flagged, 12:
# - the son's home as his mother's: plain_iphone_son_repair_mother address 2, postal code
#   and province v2 (his "55/120 หมู่บ้านพฤกษาวิลล์ ... อำเภอบางบัวทอง", นนทบุรี 11110, beside
#   "บ้านแม่ <home>"; her name, ID, birth date read right, his phone and box never taken
#   unflagged).
# - the landlord's receipt table as the tenant's: html_outlook_receipt_quote phone 2 (his
#   line 032-321-884 / 034-711-562 in the table's "โทร" row, over her mobile in the body
#   and signature), address 2 and postal code 2 (his "ที่อยู่ผู้ให้เช่า" row, 99 ถนนคฑาธร ...
#   70000, 15/3 ถนนศรีจำปา ... 75000, over "ปัจจุบันเช่าห้องอยู่ที่ <home>").
# - the notifier as the one the repair is for: html_eservice_repair_notice full_name 2
#   ("นางสาวสมใจ รักษ์บ้าน (อสม.)", the "ชื่อผู้แจ้ง" row, over "ชื่อ-สกุล ผู้ขอรับความ
#   ช่วยเหลือ"; the elder's ID, birth date and home read right, the volunteer's phone and
#   box never taken unflagged).
# Missing, 8: xlsx_rent_ledger full_name 2 (the tenant's name after the bare label
#   "ผู้เช่า", below the "ผู้ให้เช่า" rows; her ID, birth date, home and phone read right, the
#   landlord's never); xlsx_baan_mankong_household full_name, national_id, birth_date 2
#   each (the หัวหน้าครัวเรือน's row in a members' table with a สถานะ column, head row
#   "ชื่อ-สกุล / เลขประจำตัวประชาชน / วันเกิด"; the household's home and phone read right, the
#   spouse's and child's IDs never taken).
# Right everywhere else: the flat application (the present landlord named as a reference
#   never), the pasted LINE chat (the landlord's bank account and mobile never), the
#   landlord's plea (his tenant's name, ID, phone never), the บ้านมั่นคง member (the
#   cooperative's and loan numbers, the chair's mobile never), the lease transfer (the
#   daughter never), the reply over the clerk's quote, the flat form's guarantor, the lease
#   (ผู้ให้เช่า first) under the move-in mail, the community chair's certificate, all four
#   PDFs (the กำนัน's section, the notice and room numbers, spouse_*, the receipt's landlord
#   block), the repair sheet's landowner rows.
# Rulings and doubts: the headman's mobile is the only number for the household, so a
#   clerk would call it; set 37 still holds it is not hers (a flag, or no value, right).
#   pdf_typed_eviction_appeal's flat room at the top right beside a typed home: the typed
#   "ที่อยู่" line was expected, and read.
# No other builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO).
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's two.
# After stop 51's fix97 (rules by kind, each with a unit test on made-up text): 311/311
# right (1.000), none flagged, none silent, none missing. By kind: plain 75/75, HTML
# 64/64, Word 63/63, PDF 63/63, sheet 46/46.
# - a headman's letter saying "ในหมู่บ้านของกระผมมี ... คือ <name> <ID>", his post only
#   under his signature, is for her; his mobile set behind (helped_for._VILLAGE_HAS):
#   docx_headman_repair_letter, the two silent (test_village_officer_letters).
# - an informant's rows (ผู้แจ้ง, ผู้กรอก) are set behind where a part names the one the help
#   is for (ผู้รับความช่วยเหลือ, ผู้เดือดร้อน, ผู้ประสบภัย, the cared-for words)
#   (informant_behind): html_eservice_repair_notice (test_informant_rows).
# - a pasted receipt or lease naming both sides of a deal (ให้เช่า/เช่า, ขาย/ซื้อ,
#   ให้กู้/กู้): the block of the side named nowhere else in the mail is set behind
#   (deal_sides): html_outlook_receipt_quote (test_pasted_receipts).
# - "บ้าน<kin> <number> ..." opens the kin's home (prose): plain_iphone_son_repair_mother
#   (test_kin_homes).
# - a members' table marking no asker reads its household head's row, flagged
#   (sheet_roles): xlsx_baan_mankong_household; a sheet's part row ("ผู้เช่า | <name>")
#   over her own ID and birth date rows names her, flagged (part_rows):
#   xlsx_rent_ledger (test_sheet_lists_of_people, test_sheet_part_rows).
# Floors: every style at the target; silent held at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 311  # first sight: the headman's mobile, twice

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 311 at first sight, none after fix97: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
