"""Accuracy on a hundred-and-twelfth set of requests written by others (issue 8): FOOD
SHOP, STALL AND MARKET LICENCES AND FOOD HANDLERS' HEALTH CERTIFICATES at the public health
desks of เทศบาลนครเชียงราย, เทศบาลเมืองพะเยา, เทศบาลเมืองน่าน and town municipalities of
Chiang Rai, Phayao and Nan: a ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร renewed, changed or asked
for a company's new branch, a หนังสือรับรองการแจ้ง for a small rented shop with the
landlord's consent, แผงลอย permits with helpers (ผู้ช่วยจำหน่าย) and their IDs, a community
market's licence asked by its committee's chair (the committee's table, the vendors'
list), food handlers' training and cards asked by an owner for her staff, by a hotel for
its kitchen, or by an employee for herself, a landlord asking a former tenant's licence be
cancelled. Shop managers, employees, landlords, committee secretaries, branch managers and
HR officers beside the applicant, with their own IDs, birth dates, mobiles and homes;
licence, certificate, e-service and registration numbers; shops', stalls' and markets'
places and lines.
Plain: an owner's iPhone mail, a manager's Android mail for the owner, a LINE group's chat
forwarded (another vendor's lines before hers), an employee's Outlook-for-Android mail, the
city's e-service notification of a market licence. HTML: an owner's Gmail with her staff
table, a company's Outlook (the director who signs, the branch manager as contact), a
Gmail reply above the clerk's quoted mail (a new mobile, the old one cancelled), a
tenant's Gmail with the landlord's section (first in v2). Word: the dotted แบบ สอ.1 (the
address in parts, Thai digits in v2, the ผู้ควบคุมกิจการ's ID), a market committee's letter
with its table, a tenant's letter and the landlord's consent in one file (his page first
in v2), a hotel's letterhead letter with its staff table. PDF: fillable (applicant_*,
shop_*, manager_* fields; a แผงลอย form with Thai field names and two helpers), typed (an
employee's letter, her block top right; a landlord's letter, his block top right). Sheets:
an owner's staff health register under her head block, a market's vendor list under the
chair's block (labels in a row, values below, in v2), a vendor's renewal as label/value
rows with her helper's rows below.

unseen_requests_112.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63,
37, 47/56/105 and 56/60/101: the APPLICANT is the owner who holds or asks the licence
(where her manager writes for her, still the owner: phone and e-mail `()`), the employee
who asks her own card, the vendor, the market committee's chair who asks and signs, a
company's director who signs (his ID where given, else `()`; the firm's office, line and
box), the landlord where he asks himself. Staff, helpers, managers, the person in charge,
other vendors, committee members, branch managers, HR officers, a landlord beside a tenant
and a former tenant are never the applicant; the shop, stall, market, branch and rented
building are never the address; a shop's line never the phone; licence, certificate,
registration, e-service, stall and receipt numbers never an ID or a phone; birth date only
the applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_112 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_112.py -s -p
# no:randomly, set at b622a78 on main's 51390cb), 20 styles, 40 requests, 293 fields, all
# scored (no n/a): 274/293 right (0.935), 13 wrong flagged, 2 wrong without a flag
# (0.683%), 4 missing; 147 of the right values flagged for a look (53.6%). By kind of input
# (right/fields; flagged, silent, missing): plain 76/76 (0, 0, 0), HTML 54/60 (4, 0, 2),
# Word 51/54 (3, 0, 0), PDF 57/61 (4, 0, 0), sheet 36/42 (2, 2, 2). Every miss, all
# nineteen:
# Silent, 2:
# - xlsx_market_vendor_list full_name 2: the first vendor's row ("นางสาวสุดารัตน์
#   ปันแก้ว", stall A01) over the chair's head block ("ประธานคณะกรรมการตลาด" beside her
#   name in v1, in a row of labels with the values below in v2); the chair's ID, mobile
#   and home read right, so the case holds one person's ID under another's name.
# Flagged, 13:
# - a staff row as the owner: html_gmail_owner_staff_table full_name 2 and national_id 2
#   (the first row of her staff table, its name and ID; hers are in the Gmail signature
#   under the table: "--", name, "เจ้าของร้าน...", "เลขบัตร", "บ้าน", "โทร");
#   xlsx_owner_staff_health full_name 2 (a staff row's name; her head block's ID, home and
#   mobile read right).
# - the landlord's consent page first: docx_landlord_consent_attached address, postal
#   code, province v2 (his home, 9/9 ถนนบรรพปราการ ตำบลเวียง อำเภอเมืองเชียงราย 57000,
#   from the หนังสือยินยอมให้ใช้อาคาร that opens the file; her letter on page two). v1, her
#   letter first, read right.
# - a helper's comb field: pdf_fillable_stall_permit national_id 2 (เลขบัตรผู้ช่วย1, the
#   first helper's ID, over the vendor's own "เลขบัตร" field written dashed or spaced).
# - the owner's mobile in an employee's letter: pdf_typed_employee_letter phone 2 (the
#   owner's "(โทร 089-7714405)" in v1, "(โทร 081 660 4172)" in v2, in the body's "ซึ่งมี
#   <owner> เป็นเจ้าของ", over hers in "ติดต่อข้าพเจ้าได้ที่โทร ...").
# Missing, 4: html_gmail_owner_staff_table email 2 and xlsx_owner_staff_health email 2 (the
#   owner sends from her own box; not taken where a staff member was read as the applicant).
# Right everywhere else: the owner's iPhone renewal (the shop's place and line never), the
# manager who writes for the owner (his ID, mobile and box never: phone and e-mail empty),
# the LINE chat (the other vendor's lines before hers never), the employee's own card
# (the owner's mobile in her mail never hers), the e-service market notice (the secretary
# never), the company's Outlook (the director and his ID, the office, line and box; the
# branch manager never), the reply over the clerk's quote (the new mobile, not the
# cancelled one), the tenant's Gmail with the landlord's section either side, the dotted
# สอ.1 in Arabic and Thai digits (the address in parts, the ผู้ควบคุมกิจการ never), the
# market committee's letter and table, the hotel's and restaurant group's letters (no ID,
# the HR officer never), the fillable licence form (shop_* and manager_* never), the
# landlord's own letter (the former tenant's ID and mobile never), the vendor's
# label/value sheet (her helper never).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); every expected value is written in its mail.
# Rulings and doubts: the chair of a community market committee asks in her own name (her
# home, not the market's place); the committee's shared box is not scored. Where the
# reader took a staff member, the owner's own From box counts missing, as the harness
# scores it. No style gives only a shop's line, so set 47's "never the shop's line" and
# set 51's "either" do not part here.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's two.
# After stop 53's fixes (fix112 and the lead's applicant_in_doubt; rules by kind, each with
# a unit test on made-up text): 293/293 right (1.000), 0 flagged, 0 silent, 0 missing. By
# kind: plain 76/76, HTML 60/60, Word 54/54, PDF 61/61, sheet 42/42.
# - the lead's review flag applicant_in_doubt changed nothing here (the two silent were
#   names).
# - a chair's office with his body's name after it ("ประธานคณะกรรมการ<body>") is his
#   head-block row, and a list row whose goods column holds a label's word (หมู) is still
#   answers: the vendors read as a list and set behind, the two silent (role_words
#   GROUP_CHAIR, xlsx_form, test_sheet_part_rows); "ผู้รับใบอนุญาต" names the licence's
#   holder (fields.toml).
# - a mail's table of people over a signer not among them is behind the signer
#   (listed_table_rows, test_listed_table_rows); "<titled name> เป็น<role> (โทร ...)" is
#   that person's number (whose_phone, test_phone_beside_others); a fillable form's
#   helpers' boxes are another's (role_words.HELPER, pdf_form, test_pdf_helpers_fields);
#   the home a consenting owner says he lives at, before "ยินยอมให้ <tenant>", is his
#   (consented_for, test_owners_consent_first).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 293  # first sight: two (the vendor list's first vendor as the chair)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 293 at first sight: a third fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
