"""Accuracy on a hundred-and-twenty-first set of requests written by others (issue 8):
WELFARE FOR POOR AND VULNERABLE HOUSEHOLDS, to เทศบาลนครขอนแก่น, อบต.ศิลา, อบต.ขามเรียง,
เทศบาลเมืองมหาสารคาม, เทศบาลเมืองร้อยเอ็ด and อบต.สระคู (Khon Kaen, Maha Sarakham, Roi Et):
state welfare card (บัตรสวัสดิการแห่งรัฐ) problems (the card's 16-digit number), family
relief grants (เงินสงเคราะห์ครอบครัว) with household tables (members' names, IDs, ages,
relations, incomes), house repair for the needy (ซ่อมแซมบ้านผู้ยากไร้: a cost estimate, the
headman's certificate and mobile), emergency help after a breadwinner's death (the dead
husband's or son's ID, dates, death certificate number), a hospital social worker's
referral (HN, AN, her office line and mobile beside the patient's), an อสม.'s and a
neighbour's or community leader's letters for a household with no phone, a grandmother
raising grandchildren (their IDs, ages, schools), bank accounts, case and receipt numbers,
household codes.
Plain: a grandson typing on his grandmother's iPhone, a LINE chat forwarded by a neighbour,
a widow's webmail after her husband's death, a social worker's referral, an owner's Outlook
for Android mail sent from his daughter's box. HTML: a Gmail household table, an
e-Service web-form notification, an อสม.'s Outlook, an iPhone reply over the officer's
quoted mail. Word: a family relief form with a household table, a house repair letter with
the headman's certificate, an officer's home-visit report, an old mother's letter after her
son's death typed by her niece. PDF: a fillable welfare-card problem form (a ผู้แจ้งแทน
section in v2), a fillable relief form with member rows, a community leader's typed letter
(his block top right), a grandmother's typed letter (typed by the teacher). Sheets: a
household survey (the head's row among the grandchildren's, the surveyor's line), a repair
cost estimate (owner's block, builder's and headman's lines), a daughter's welfare-card
sheet (her row above her mother's).

unseen_requests_121.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). The rulings followed are those of sets 28
(the person who asks), 31/63 (a service for one person asked by another is the one it is
for: the villager, not the headman, volunteer, social worker or neighbour who files for
her) and 37 (where only another's phone is given, phone `()`). So the APPLICANT IS THE ONE
THE HELP IS FOR: the grandmother, not the grandchildren; the widow, not the dead husband;
the patient, not the social worker; the household head, not the neighbour, อสม., officer
or headman; the card holder, not the daughter who reports. Phone and e-mail `()` where only
a writer's appear (a box that is a grandchild's, a helper's or a web form's no-reply is
never hers). Bank accounts, welfare card numbers, HN/AN, receipt and case numbers,
household codes, death certificate numbers and incomes are never an ID or a phone; birth
date only the applicant's. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_121 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_121.py -s -p
# no:randomly, set at 5b161f0 on main's ae6b05c), 20 styles, 40 requests, 304 fields, all
# scored (no n/a): 285/304 right (0.938), 9 wrong flagged, 6 wrong without a flag (1.974%),
# 4 missing; 171 of the right values flagged for a look. By kind of input (right/fields;
# flagged, silent, missing): plain 70/74 (2, 0, 2), HTML 59/61 (2, 0, 0), Word 59/61 (2,
# 0, 0), PDF 61/64 (1, 2, 0), sheet 36/44 (2, 4, 2). Every miss, all nineteen:
# Silent, 6:
# - a reporter's row above the card holder's: xlsx_welfare_card_sheet full_name 2 and
#   phone 2 (the daughter's row "ผู้แจ้ง (บุตรสาว)": นางสาวรุ่งนภา <surname>, her mobile
#   0618843027; the holder's row below, "ผู้ถือบัตร", gives "-" for a phone).
# - the writer of a typed letter about a household: pdf_typed_neighbour_letter v2 full_name
#   (นางหนูพิน แสนสุข, the เพื่อนบ้าน who writes "ข้าพเจ้า <her> เลขประจำตัวประชาชน <hers>
#   เพื่อนบ้าน ขอเรียนว่า <the head>...") and phone (her mobile, 0936648210, in her block
#   top right; the letter says the family has no phone). v1 (the ประธานชุมชน's letter, same
#   shape) read right.
# Flagged, 9:
# - the writer's ID: pdf_typed_neighbour_letter v2 national_id (3400101566281, hers);
#   xlsx_welfare_card_sheet national_id 2 (the daughter's, 1440504563810 / 1440504563917).
# - the sender as the applicant: plain_social_worker_referral full_name 2 (the hospital
#   social worker who signs; the patient's lines after "ผู้ป่วย:" read for ID, birth date,
#   address, his phone right).
# - a word that is no name: html_gmail_household_table full_name 2 ("ค้าขายเล็กน้อย", the
#   applicant's job cell in the household table's first row); docx_house_repair_headman
#   full_name 2 ("ความเห็นผู้ใหญ่บ้าน", the heading of the headman's certificate).
# Missing, 4: plain_iphone_grandma_welfare_card full_name 2 (written "ยาย<first> <last>",
# no title: a grandson typing for her); xlsx_repair_estimate full_name 2 (the owner after
# "เจ้าของบ้าน" in the estimate's head block).
# Right everywhere else: the grandchildren's, children's, dead husband's and son's IDs
# never taken; bank accounts, welfare card numbers, HN/AN, household codes, receipt and
# death certificate numbers never an ID or a phone; the LINE chat's neighbour, the อสม.'s
# Outlook signature, the quoted officer, the headman's and niece's and teacher's phones,
# the surveyor's row, the web form's no-reply box, the ผู้แจ้งแทน section never the
# applicant's.
# One builder slip mended: plain_iphone_grandma_welfare_card expected only the titled name
# ("นาง<first> <last>"), which the mail never writes; the untitled name it does write is
# now accepted too. Before and after: 285/304 (the field is missing either way). Every
# other miss's value was printed and read back against the conventions (the builder's WHO).
# Rulings and doubts: the family with no phone expects no phone (set 37); the daughter who
# reports her mother's card problem is not the one the card is for (sets 31/63); a
# grandmother written "ยาย<name>" is right with or without "นาง".
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's six.
# After stop 55's fixes (fix121; rules by kind, each with a unit test on made-up text):
# 304/304 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 74/74, HTML 61/61,
# Word 61/61, PDF 64/64, sheet 44/44.
# - An informant's row that says she reports for another ("ผู้แจ้ง (บุตรสาว)", "ผู้แจ้งแทน")
#   beside exactly one other person's row: that row is the applicant's; never a
#   respondent's, a witness's, the dead's or a newborn's (sheet_roles,
#   test_informant_kin_rows); a neighbour who tells of a household ("ข้าพเจ้า <her> ...
#   เพื่อนบ้าน ขอแจ้งว่า <him> เลข...") writes for him, not in a complaint (helped_for,
#   test_neighbour_tells_of); a hospital's "ขอส่งต่อผู้ป่วย" refers the patient
#   (passes_on); a role cell under a header that is no field is a value (html_table,
#   sheet_roles.is_role_cell); a heading (ความเห็น...) under a signature caption is no
#   name (body_form); an owner's row with his ID below gives his name, flagged
#   (part_rows); "ยาย/ลุง/ป้า<the From name>" gives that name, flagged (signed_given_name).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 304  # first sight: six (the daughter's row 4, the neighbour's letter 2)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Six of 304 at first sight: one more fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
