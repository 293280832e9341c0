"""Accuracy on a hundred-and-thirteenth set of requests written by others (issue 8): FARMERS
writing to the สำนักงานเกษตรอำเภอ, the ปศุสัตว์อำเภอ, the สำนักงานสหกรณ์จังหวัด and the อบต.
of สุพรรณบุรี, ชัยนาท and อุทัยธานี: crops lost to flood and drought (แบบ กษ.01), cattle dead
of ลัมปีสกิน or swept away by a flash flood, the farmer register (ทบก.01, a web form's
update), the rice growers' subsidy into a ธ.ก.ส. account, vaccination of cattle and
buffalo, a cooperative's manager for its fertilizer project and a farmer's membership
form, community enterprises (วิสาหกิจชุมชน) through their chairs (a change of details, a
budget letter, a member roster), and the headmen, กำนัน, livestock volunteers, sons,
daughters and agricultural officers who write, certify or forward for farmers.
Plain: a farmer's LINE chat export with the เกษตรตำบล pasted in a mail, a daughter's
iPhone mail for her mother's cattle, a headman's Gmail for a villager (the ID in Thai
digits in v1), a farmer's Outlook.com reply over the officer's quoted mail (values on the
line under their labels), a web form's notification (name and address in parts). HTML: a
cooperative's Gmail signed by its manager (its juristic number), an officer's Outlook
forward of a farmer's mail, a chair's Gmail table (his and the secretary's rows), an
e-Service notification (the volunteer's section over the owner's). Word: แบบ กษ.01 over
dotted leaders (headman, เกษตรตำบล and กำนัน signing), an enterprise's letterhead letter
sent by its secretary, a หนังสือมอบอำนาจ to a son, a cooperative's membership table
(beneficiary, vouching members). PDF: a fillable ทบก.01 (English field names, household
members), a กำนัน's typed letter (his block top right), the ปศุสัตว์'s fillable vaccine
request (a ผู้ยื่นแทน in v2), a farmer's typed letter (Thai digits in v2). Sheets: a plot
damage sheet sent by the headman, an enterprise's roster, a subsidy's bank sheet (the
spouse to receive in her stead).

unseen_requests_113.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and
56/60/63: the APPLICANT is the farmer who asks, or the farmer another writes for (the
mother, not the daughter; the villager, not the headman or กำนัน; the owner, not the
อาสาปศุสัตว์ or the grandson; the ผู้มอบอำนาจ, not the son; the farmer whose mail an
officer forwards); the writer's phone and box never (`()` where only the writer's
appear). A community enterprise: its chair who signs or sends (his ID where given, else
`()`), the enterprise's place, his mobile; the secretary's, coordinator's and members'
values never. A cooperative: the manager who signs (no ID: `()`), its office, its line or
his mobile, its box; its 13-digit juristic number never an ID. Officers, the group chair
a farmer names, spouses, beneficiaries, household members and vouching members are never
the applicant; plots, offices and writers' homes never the address; house codes, deeds,
enterprise codes, accounts, ear tags, GPS, areas and member numbers never an ID or a
phone; birth date only the applicant's. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_113 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_113.py -s -p
# no:randomly, set at f0105fb on main's 51390cb), 20 styles, 40 requests, 295 fields, all
# scored (no n/a): 263/295 right (0.892), 20 wrong flagged, 2 wrong without a flag
# (0.678%), 10 missing; 153 of the right values flagged for a look (58.2%). By kind of
# input (right/fields; flagged, silent, missing): plain 59/73 (10, 2, 2), HTML 48/56 (4,
# 0, 4), Word 58/58 (0, 0, 0), PDF 58/62 (2, 0, 2), sheet 40/46 (4, 0, 2). Every miss, all
# thirty-two:
# Silent, 2:
# - the headman's mobile as the villager's: plain_headman_drought phone v1 (+66815567203,
#   นายสมหมาย เนียมหอม's "โทร 0815567203" in his signature; the villager gives none, so
#   `()` under set 37) and v2 (+66837729140, นายสุเทพ มาลัยทอง's "โทร 083-7729140", over
#   the villager's own "เบอร์โทรของป้าเอง 0646630918" written in the body).
# Flagged, 20:
# - the writer named as the applicant: plain_iphone_daughter_cattle full_name 2 (the
#   daughters who write, นางสาวศิริพร แสงจันทร์, นางจันทร์เพ็ญ ทับทิมทอง, over "ลูกสาวของ
#   <mother>"); plain_headman_drought full_name 2 (the headmen, "ผม<name> ผู้ใหญ่บ้าน..."
#   over "ลูกบ้าน คือ <villager>"); html_eservice_livestock_report full_name 2 (the
#   อาสาปศุสัตว์ นายประจักษ์ อินทร์ทอง, "ชื่อผู้แจ้ง", over "ชื่อ-สกุลเจ้าของสัตว์").
# - the daughter's own home for the mother's: plain_iphone_daughter_cattle address,
#   postal code, province 2 each (the text after her mobile, "091-8827345 ค่ะ
#   (ดิฉันทำงานอยู่ที่ 55/120 ... ธัญบุรี", ปทุมธานี 12130; Bangkok 10240 in v2; the
#   mother's "บ้านแม่อยู่ ..." line not taken; her ID read right).
# - a body's name or another's row for its chair: html_gmail_enterprise_table full_name 2
#   (the enterprise's name, วิสาหกิจชุมชน..., not the ประธานกลุ่ม row; his ID, mobile and
#   box read right); xlsx_enterprise_roster full_name and phone 2 each (the head block's
#   ผู้ประสานงาน, the secretary, and her mobile; the chair's row "ประธาน" under the head
#   block's; his ID read right).
# - a household member for its head: pdf_fillable_tbk01 full_name 2 (mem1_name, the spouse
#   นางสมใจ แก้วกำเนิด, นางประไพ ทองอ่อน, over hh_head_name; the head's ID, birth date,
#   phone and the address in parts read right).
# Missing, 10: plain_webform_registration address 2 (the address in parts, "บ้านเลขที่:",
# "หมู่ที่:", "ตำบล:", "อำเภอ:" lines; postal code and province read; read as
# document_copy); html_gmail_enterprise_table address 2, postal code and province v1 (the
# table's "ที่ตั้ง" row); pdf_fillable_tbk01 email 2 (the head's own box in From, not taken
# once the spouse was the name); xlsx_enterprise_roster email 2 (the chair's own box in
# From, beside the secretary taken for the name).
# Right everywhere else: the LINE chat export (the farmer's lines, never the officer's
# mobile or office line), the Outlook.com reply with values under their labels over the
# officer's quoted mail, the cooperative's manager (its juristic number never an ID, its
# office, his mobile), the officer's forward (the farmer's values and box from the
# forwarded header), แบบ กษ.01 over dotted leaders, the enterprise's letter sent by its
# secretary (the chair, his letterhead line, no box), the หนังสือมอบอำนาจ (the ผู้มอบอำนาจ),
# the membership table (never the beneficiary), the กำนัน's letter (the villager, no
# phone), the vaccine form with a ผู้ยื่นแทน, the farmer's letter in Thai digits, the plot
# sheet sent by the headman, the bank sheet (never the spouse); house codes, deeds,
# accounts, ear tags, GPS never an ID or a phone; the headman's Thai-digit ID line read
# as the villager's ID right.
# Rulings and doubts: the headman's phone is held silent in both variants (set 37 in v1;
# in v2 the villager's own number is written). The chair of a วิสาหกิจชุมชน is taken as
# the natural person who signs for a body (set 28); a reader naming the enterprise
# itself is flagged, not silent, so the ruling costs accuracy only. No builder slips
# found: each miss's value was printed and read back against the conventions (the
# builder's WHO); nothing was changed after the first sight.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent at the
# first sight's two.
# After stop 53's fixes (fix113 and the lead's applicant_in_doubt; rules by kind, each with
# a unit test on made-up text): 295/295 right (1.000) as merged, 293/295 after the revert
# below (2 flagged, 0 silent). By kind, as merged: plain 73/73, HTML 56/56, Word 58/58, PDF
# 62/62, sheet 46/46.
# - the lead's review flag applicant_in_doubt (a phone or e-mail beside a flagged or
#   missing name, test_applicant_in_doubt), committed before this set's fixes, flagged
#   both silent headman's mobiles (263 -> 264/295, 0 silent).
# - a headman or กำนัน naming the villager whose trouble he reports ("ความเดือดร้อนของ
#   ลูกบ้าน คือ <name>") writes for her, his signature's phone behind (helped_for,
#   test_village_officer_letters); a child labelling a living parent's ID and home as the
#   parent's writes for the parent (helped_for, test_child_asks_for_parent); "เป็นบุตรสาว
#   ของ" ends a name (values); a number to reach the writer is no home, a bare "ที่ตั้ง"
#   under a body's name caption is the body's (prose, test_kin_homes,
#   test_body_place_label); a body's name in an HTML table's name row is no person's
#   (html_table); a roster with one chair's row sets its head block's contact
#   behind (roster_contact, test_roster_contact); numbered household members' boxes are
#   another's (pdf_form, test_household_member_fields); "เลขที่รายการ" is no house box
#   (labels, test_request_number_row).
# - fix113 also made เจ้าของสัตว์ one the help is for (role_words.HELPED): the lead reverted
#   it, since a stray-dog complaint form's ชื่อเจ้าของสัตว์ is the party complained of and
#   the complainant (ชื่อผู้แจ้ง) was then set behind (test_informant_rows). So the
#   livestock notice's volunteer is read as the applicant again, flagged: 293/295 now.
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "html_eservice_livestock_report": 0.857,
}
SILENT_NOW = 0 / 295  # first sight: the headman's mobile as the villager's, twice

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 295 at first sight (plain_headman_drought's phone, both variants).
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
