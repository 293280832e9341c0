"""Accuracy on a ninety-fifth set of requests written by others (issue 8): REQUESTS WITH
SUPPORTING DOCUMENTS TYPED OR TEXT-LAYER, to เทศบาลเมืองสระแก้ว, the ที่ว่าการอำเภอเมือง
ปราจีนบุรี and อบต.ท่าตูม (Sa Kaeo, Prachin Buri). A request plus copies of official
documents typed as text: a house registration (ท.ร.14: the 11-digit รหัสประจำบ้าน, every
member with ID, birth date, เจ้าบ้าน/ผู้อาศัย), an ID card copy (Thai and English names,
"Date of Birth 4 Jul. 1955" and "เกิดวันที่ ๔ ก.ค. ๒๔๙๘", issue and expiry or ตลอดชีพ /
LIFELONG, the laser code like JT0-3817245-05, "สำเนาถูกต้อง" and a signature), a bank
book's first page (ten-digit accounts, some starting 098 or 081 like a mobile), a birth
or marriage certificate copy (the child, the father, the husband with their IDs).
Plain: an elder's Gmail with his ID card and bank book pasted, a LINE chat with the
father's typed house registration forwarded, a mother's iPhone mail for the newborn grant
(birth certificate lines), a son's Outlook for his mother (he is the เจ้าบ้าน), a web
form's notification asking one's own birth record (parents' IDs). HTML: a Gmail ID card
table, an Outlook marriage certificate table (husband first), a Yahoo members table, a
web form's table changing the allowance's account. Word: a คำร้องทั่วไป with the ID card
copy, a letter with the ท.ร.14 as a table (v1 the applicant is the เจ้าบ้าน), a wife's
surname change with the marriage certificate, the allowance form with the daughter as
payee. PDF: a typed ID card copy, a typed ท.ร.14, the อบต.'s fillable allowance form (a
proxy section in v2), a mother's typed letter with the birth certificate. Sheets: a
household's members with a relation column (ผู้ยื่นคำขอ), an ID card copy laid out in
cells, an elder's row above the daughter payee's.

unseen_requests_95.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). Rulings followed: set 28 (the applicant
is the person who asks), sets 31/63 (a service for one person asked by another is the one
it is for: the mother the son writes for, the elder whose daughter sends the form; their
phone and box `()` where only the sender's appear), set 37. The household's other
members, the เจ้าบ้าน, the parents, the spouse, the child and the payee are never the
applicant unless she is among them; a mother asking the newborn grant is the applicant
(the child's and father's values never hers). Issue and expiry dates are never the birth
date; the house code, laser code, bank accounts and certificate numbers never an ID or a
phone. Address where the applicant lives. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_95 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_95.py -s -p
# no:randomly, set at 3fabc35 on main's 7734389), 20 styles, 40 requests, 320 fields, all
# scored (no n/a): 293/320 right (0.916), 17 wrong flagged, 0 wrong without a flag
# (0.000%), 10 missing; 191 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 78/80 (2, 0, 0), HTML 56/64 (8, 0, 0),
# Word 59/64 (1, 0, 4), PDF 58/64 (2, 0, 4), sheet 42/48 (4, 0, 2). Every miss, all
# twenty-seven:
# Silent, 0.
# Flagged, 17:
# - the child on a typed birth certificate as the mother: plain_iphone_newborn_grant
#   full_name 2 ("เด็กหญิงณิชา ทองมาก", "เด็กชายปัณณวัฒน์ พึ่งบุญ"; the mother's ID,
#   birth date from her ID card lines, phone and box read right).
# - the husband, first in a marriage certificate's table: html_outlook_marriage_status
#   full_name, national_id, birth_date 2 each ("นายทองใบ ศรีวิชัย" 3270069229883
#   1981-07-17, "นายไพโรจน์ แสงทอง" 3250074852372 1957-08-18; the wife asks and signs).
# - the เจ้าบ้าน's row of a house registration: html_yahoo_members_table birth_date 2
#   (the father's, 1959-05-16 and 1961-06-19; the sender is row 3, named in the body);
#   pdf_typed_house_reg full_name 2 (the father เจ้าบ้าน, "นายสุรชัย หอมจันทร์", "นายทองใบ
#   อินทรประเสริฐ"); xlsx_household_sheet national_id and birth_date 2 each (the บิดา /
#   เจ้าบ้าน row over the row marked ผู้ยื่นคำขอ).
# - a status run on to the name: docx_house_reg_table full_name v2 ("นางสาวณัฐชา
#   อินทรประเสริฐ ผู้อาศัย", from "ข้าพเจ้า <name> ผู้อาศัย บ้านเลขที่").
# Missing, 10: docx_house_reg_table national_id and birth_date 2 each (the applicant's own
#   row in the Word table of members, v1 the เจ้าบ้าน's first row, v2 the third);
#   pdf_typed_house_reg national_id and birth_date 2 each (the applicant's row in the typed
#   list of members); xlsx_household_sheet phone 2 (the mobile on the ผู้ยื่นคำขอ row).
# Right everywhere else: the ID card copies however laid out (pasted, HTML table, Word,
#   text PDF, cells: issue and expiry dates, ตลอดชีพ/LIFELONG, laser codes never taken),
#   bank books (098-/081-/020- accounts never a phone), the son's and daughters' mails
#   for an elder (their IDs, phones, homes and boxes never hers), the LINE-forwarded
#   ท.ร.14, the web forms, the wife's surname change (the husband's lines never), the
#   fillable allowance form (the proxy section never), the mother's typed letter over the
#   birth certificate, the house codes never an ID.
# Rulings and doubts: the mother is the newborn grant's applicant (the grant's form names
#   the parent as ผู้ขอ), as WHO says; a house registration's member list gives the
#   applicant's ID and birth date only in her own row, so those rows are expected read (a
#   clerk reads them there).
# No builder slips found: each miss's value was printed and read back against the
#   conventions (the builder's WHO); the count stayed 293/320.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# none (one fails).
# After fix95 (rules by kind, each with a unit test on made-up text): 314/320 right
# (0.981), 2 wrong flagged, none silent, 4 missing. By kind: plain 78/80 (2, 0, 0), HTML
# 64/64, Word 64/64, PDF 60/64 (0, 0, 4), sheet 48/48 (test_house_member_lists).
# - a register's later column naming the one asker (ผู้ยื่นคำขอ) picks her row where the
#   first column's relations (เจ้าบ้าน, ผู้อาศัย) name no one (sheet_roles):
#   xlsx_household_sheet; a Word table's row whose titled name the letter gives as the
#   writer's (ข้าพเจ้า..., ผู้ยื่นคำขอ) is hers (sheet_roles.asker_named_row, docx_form):
#   docx_house_reg_table.
# - the birth date on the chosen name's line is taken as her ID is (beside_name):
#   html_yahoo_members_table; ผู้อาศัย ends a name (values._NAME_END).
# - a typed list of several "ชื่อ" lines with the writer's own among them sets the others'
#   values behind; a certificate's other side (ฝ่ายชาย / ฝ่ายหญิง) too (listed_names):
#   html_outlook_marriage_status.
# Left: pdf_typed_house_reg's ID and birth date on the member's line ("1. ชื่อ X
# เลขประจำตัวประชาชน Y เพศ ... เกิด ...", several labels, no colon: missing);
# plain_iphone_newborn_grant's child named over the mother (flagged, two people).
# After stop 51's fix99: 318/320 right (0.994), 2 wrong flagged, none silent, none
# missing; PDF 64/64. A numbered member's row of several label-value pairs with no colon
# ("1. ชื่อ X เลขประจำตัวประชาชน Y เพศ หญิง เกิด Z") ends the name at the next field's
# label, skips a pair no field takes and joins a row whose value wrapped (row_of_pairs;
# "เกิด" labels a birth date): pdf_typed_house_reg (test_row_of_pairs,
# test_house_member_lists). Left: the newborn grant's child over the mother, flagged (the
# mail heads the mother's block "บัตรประชาชนแม่ (ผู้ขอ)": a part headed as the asker's
# could settle it; earlier sets ruled a child beside an adult both ways).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "plain_iphone_newborn_grant": 0.875,
}
SILENT_NOW = 0 / 320  # first sight none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 320 at first sight: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
