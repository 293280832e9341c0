"""Accuracy on a hundred-and-third set of requests written by others (issue 8): WATER
SUPPLY, IRRIGATION AND DRAINAGE in อ่างทอง, สิงห์บุรี and ลพบุรี, to the อบต.s and เทศบาล of
โพสะ, ไชยภูมิ, บ้านอิฐ, บางเจ้าฉ่า, ไผ่จำศีล, โผงเผง, ม่วงหมู่, ไม้ดัด, ทับยา, โพทะเล, บางคู้,
ท่าศาลา, หินปัก, เกาะแก้ว, เมืองสิงห์บุรี and เมืองลพบุรี and to the provinces' โครงการ
ชลประทาน. Village tap water: a bill four times the usual (the user and meter numbers, ten
digits opening 0, the bill's number, readings, the meter reader by name, the plumber's
mobile), a meter to test (a reply over the clerk's quoted mail, a fillable form with txt*
fields and an emergency contact), a leak under the floor filed by a son or daughter for an
elderly parent, a new connection filed by a plumbing shop for the owner (the shop's
13-digit tax number, its place, line and the plumber's mobile), the water connection form
over dotted lines (v2 a tenant's in Thai digits with the owner's consent), a landlord
writing for a tenant whose account is in her name (instalments; a separate meter, a row
per role). Irrigation: a farmer's pump on a canal's bank (deed, area, the field in another
ตำบล, the canal's kilometre, the group's chair), a fillable permit with Thai field names
and the chair's section, water-user groups' chairs asking dredging, rotation, a gate's
repair and their dry-season share (registration numbers, committees, members' IDs and
mobiles). Drainage: a LINE chat of the village pasted under the sender's lines, a pipe
under the road's shoulder (contractor, consenting neighbour, deed), a web form's
notification (the flooded place elsewhere, GPS, reference, IP), a villagers' petition
with its signers' table, a landlord's typed letter on the public drain in front of his
rented house (his home in Bangkok or Nonthaburi, the tenant as the contact on site), a
householder's typed complaint of a neighbour's fill (v2 in Thai digits).
Plain: iPhone, a LINE chat forwarded from Gmail, a landlord's Gmail, the Outlook app, a
shop's Gmail. HTML: a Gmail with its plain twin, an Outlook chair's mail, a web form's
notification, a Gmail reply over the clerk's quoted mail. Word: the connection form on
dotted lines, a group's letter with its committee, a leak-reduction form as a table, a
villagers' petition. PDF: fillable (txt* fields; Thai field names), typed (a landlord's
and a householder's letter, each block top right). Sheets: a group's member list under
its head block (v2 labels in a row, values below), a householder's readings under her
block, a landlord's sheet with a row per role (his row first in v2).

unseen_requests_103.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, the
earlier sets' first docstrings and set 84's test comments). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following sets 28
(the person who asks; for a body the natural person who signs), 31/63 (a service for one
person asked by another is the one it is for) and 37 (where only another's phone is given,
phone `()`): the HOUSEHOLDER who writes about her own tap, bill, meter or drain; the HOUSE
OWNER a shop files for (the shop, its tax number and plumber never; her phone only where
written as hers, e-mail `()`); the TENANT a landlord writes for where the account or the
meter is in her name (the landlord's values never; her phone only where given, e-mail
`()`); the LANDLORD himself where he asks for his rented house (his home, never the rented
house or the tenant's mobile); the elderly PARENT, never the child who files (phone,
e-mail `()`); a water-user group's CHAIR who signs (his ID only where given, else `()`;
the group's place is his house), never its secretary, committee or members; the FARMER,
never his field, the canal or the certifying chair; the petition's writer, never its
signers; a web form's ผู้แจ้ง, never the incident's place. Meter, account, bill, receipt,
reference, deed, registration and tax numbers, readings, amounts, kilometres, GPS and IP
addresses are never an ID or a phone; birth date only the applicant's where given; Thai
digits are the same values. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_103 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_103.py -s -p
# no:randomly, set at 7ce1231 on main's 6eef80b), 20 styles, 40 requests, 288 fields, all
# scored (no n/a): 256/288 right (0.889), 15 wrong flagged, 2 wrong without a flag
# (0.694%), 15 missing; 148 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 66/70 (4, 0, 0), HTML 50/58 (0, 2, 6),
# Word 51/58 (3, 0, 4), PDF 51/58 (7, 0, 0), sheet 38/44 (1, 0, 5). Every miss, all
# thirty-two:
# Silent, 2: html_outlook_water_user_group full_name 2 (the group's secretary, named in
#   the chair's Outlook signature as "ผู้ประสานงาน: นายสมนึก ใจซื่อ เลขานุการกลุ่ม" and
#   "นางสาวจันทร์เพ็ญ แสงทอง", over the chair who writes "ผม/ดิฉัน <name> ในฐานะประธาน
#   <group>" and signs in bold above it).
# Flagged, 15:
# - the filer's contacts as the one the request is for: plain_landlord_for_tenant_bill
#   phone v1 (the landlord's 081-883-6620 over "เบอร์ผู้เช่า 0819980314");
#   plain_shop_for_owner_connection phone v1 (the plumber's mobile over "เบอร์เจ้าของบ้าน")
#   and address 2 (the shop's place in its signature: 199 หมู่ที่ 1 บ้านแห, 12/3 ถนนพหลโยธิน
#   ท่าศาลา); docx_son_leak_reduction_table address 2 and postal code v2 (the son's
#   Pathum Thani home, the daughter's ท่าหิน home 15000, from the ที่อยู่ผู้ยื่นแทน row;
#   the parent's name, ID and birth date read right, phone and e-mail `()` kept);
#   pdf_fillable_irrigation_pump_permit phone 2 (the group's chair's mobile in his
#   certifying section, โทรประธานกลุ่ม, over the farmer's โทรศัพท์).
# - another's name: pdf_fillable_meter_test full_name v2 (the emergency contact
#   txtContactName "นางสมใจ รักษ์ดี (เพื่อนบ้าน)").
# - a number as the house number: pdf_fillable_meter_test address 2 (txtAccount's
#   "0310475440" and "08-1059-38" put where txtAddrNo's 27/4 and 72 belong; the rest of
#   the address from the parts right).
# - the rented house as the landlord's home: pdf_typed_landlord_letter address 2 (23/7
#   หมู่ที่ 2 บ้านอิฐ, 36/2 ถนนนารายณ์มหาราช, named in his body as the house he lets, over
#   his own home in the block top right, 88/41 ถนนรามคำแหง ... กทม., 45/9 ถ.รัตนาธิเบศร์
#   ... นนทบุรี; postal code and province read right).
# - a label as a name: xlsx_group_member_list full_name v2 ("ทะเบียนกลุ่มเลขที่", from the
#   head block's labels in a row with the values below).
# Missing, 15: html_outlook_water_user_group email 2 (the chair's own box, the mail's
#   sender), address 2, postal code and province v2 (his signature's "ที่ทำการกลุ่ม
#   (บ้านประธาน) <home>"); docx_group_letter_gate_repair address 2, postal code and
#   province v1 (the letterhead's "ที่ทำการ <home>" under the group's name);
#   xlsx_group_member_list national_id, phone, address, postal code, province v2 (the
#   values row under the labels row; v1's label-value rows read right).
# Right everywhere else: the iPhone bill dispute (meter and user numbers, ten digits
# opening 0, never a phone), the LINE chat pasted under the sender's lines (the headman's
# and a neighbour's mobiles never), the pipe under the road (contractor, consenting
# neighbour, deed), the farmer's Gmail (his field, canal and chair never), the web form
# (incident place, GPS, reference, IP never), the Gmail reply over the clerk's quote, the
# dotted connection form (v2 a tenant's in Thai digits, the consenting owner never), the
# villagers' petition (its signers' table never), the householder's typed complaint (v2 in
# Thai digits), the readings sheet, the landlord's per-role sheet (the tenant's row in both
# orders, the landlord's never), the shop's 13-digit tax number and the members' and
# filers' valid IDs never taken as the applicant's.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); every value expected is written in its mail.
# Rulings and doubts: the landlord who asks for his own rented house is the applicant
# with his own home (set 54's ruling), while the landlord who writes for a tenant whose
# account or new meter is in her name is not (sets 31/63); the water-user group's place
# is written as its chair's house in each of its requests, so his home is its address
# (a group with an office apart from the chair's home is not in this set).
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent at its
# first-sight share.
# After stop 52's fixes (fix103; rules by kind, each with a unit test on made-up text):
# 287/288 right (0.997), 0 flagged, 0 silent, 1 missing. By kind: plain 70/70, HTML 58/58,
# Word 58/58, PDF 58/58, sheet 43/44 (0, 0, 1).
# - the lead's, before the fixes: none moved here (named_beside, child_contact).
# - a shop's signature address no longer blocks the owner's house-number line; a number
#   labelled with the chosen name's part ("เบอร์เจ้าของบ้าน", "เบอร์ผู้เช่า") is hers
#   (part_phone); a certifying chair's and an emergency contact's fillable boxes are
#   another's (pdf_form); "เลขที่ผู้ใช้น้ำ" and the like are no house box (labels); the
#   tap's address (สถานที่ใช้น้ำ) is the user's; a house the writer lets out is the
#   tenant's (prose); a group's "ที่ทำการ" address; a sheet's caption row over one row of
#   values (caption_row) (fix103: test_filed_for_another, test_pdf_contact_fields,
#   test_thing_numbers, test_let_house, test_body_office, test_caption_row).
# - the two silent (the group secretary named "ผู้ประสานงาน" under the chair's signature):
#   fix107's letter_prose._signature_foot, a contact named under the one signer is his.
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "xlsx_group_member_list": 0.928,
}
SILENT_NOW = 0 / 288  # first sight: the group's secretary as the chair's name, twice

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 288 at first sight (html_outlook_water_user_group full_name 2).
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
