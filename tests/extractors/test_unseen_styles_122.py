"""Accuracy on a hundred-and-twenty-second set of requests written by others (issue 8):
HOUSING ESTATES AND CONDOMINIUMS in the Bangkok suburbs (นนทบุรี, ปทุมธานี, สมุทรปราการ),
to their municipalities. Residents about a soi that floods (the plot's number, the
neighbour's house and name, the chair's mobile given beside the writer's), a developer
who abandoned the estate (its 13-digit registration, its land-allocation permit, its old
line, its director), a tenant about the owner's unit (the owner's name, ID, mobile, home
elsewhere), a tenant's move into the unit's house registration (the owner's row first),
a unit owner's power of attorney to her tenant; estate juristic persons
(นิติบุคคลหมู่บ้านจัดสรร) through their chair asking the roads be taken over as public
roads (title deeds, the registration number, the developer's consent) and the canal
dredged, condominium juristic persons (นิติบุคคลอาคารชุด) through their manager (the
office's line with an extension, his mobile, the building's registration); a chair who
signs for residents (a LINE chat forwarded, a petition with its table of signers, a
flood survey's head block over the households' rows); the developer's own request to
hand the utility plots over (its director's ID).
Plain: an iPhone mail, a LINE chat forwarded, a tenant's mail, a Gmail with a quoted
reply, a manager's Outlook for Android. HTML: the estate office's Gmail (deeds as a list),
a condo office's Outlook (a clerk sends the manager's letter; a table signature), the
municipality's e-service notification (the flooded place apart from the reporter's
home), a tenant's Gmail table (owner's column, then hers). Word: the estate's letter on
its letterhead (the chair's ID in v1 only), a residents' petition, an owner's หนังสือ
มอบอำนาจ to her tenant, the developer's คำขอ on dotted lines. PDF: the municipality's
fillable แบบคำร้องทั่วไป (the address in parts), a condo's typed letter (its block top
right), a fillable handover form (estate_*, rep_*, dev_* fields), a tenant's typed letter
(her block top right, the owner's ID in the body). Sheets: a chair's flood survey, a
condo's unit list (owners' rows), a resident's request laid out in cells.

unseen_requests_122.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and
56/60/63: a resident or tenant who writes for herself is the applicant (her home the
unit or house she lives in; the owner's, the chair's, the neighbours', the developer's
values never); a juristic person (estate or condo) is the natural person who signs its
letter (the chair, or the condo's manager, its representative by law), his ID only where
given, the office's place, line (his mobile too where he gives it) and box, never the
clerk who sends; a chair who signs for residents is the one who asks (his own home,
ID, mobile); a unit owner who gives a power of attorney is the ผู้มอบอำนาจ (her home, not
the unit; phone `()`: only the tenant's appears); the developer is its director who
signs (his ID) and the company's office. Title deed, land-allocation permit, juristic
registration (13 digits, check digit valid), unit, plot, building, soi, letter, water
meter and electricity numbers are never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_122 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_122.py -s -p
# no:randomly, set at 2653f8e on main's ae6b05c), 20 styles, 40 requests, 284 fields of
# which 280 scored: 249/280 right (0.889), 12 wrong flagged, 2 wrong without a flag
# (0.714%), 17 missing, 4 n/a (birth_date: plain_gmail_abandoned_developer and
# html_webform_flood read as complaint, which has none). Four of those misses were my
# builder's slips, mended (the requests unchanged): plain_iphone_soi_flood national_id 2
# (missing; her mail never writes her ID, it had been expected: 2 fields dropped), and
# pdf_fillable_general_request address 2 (silent; the form's boxes run บ้านเลขที่, หมู่ที่,
# หมู่บ้าน/อาคาร, and the value read, "9/77 หมู่ที่ 8 หมู่บ้านภัสสร กิ่งแก้ว ถนนกิ่งแก้ว
# ตำบลราชาเทวะ อำเภอบางพลี", "66/301 หมู่ที่ 2 หมู่บ้านปทุมวิลล์ ตำบลบางคูวัด
# อำเภอเมืองปทุมธานี", is her address in the form's own order; only the village-first
# order had been accepted). As mended: 251/278 right (0.903), 12 wrong flagged, 0 wrong
# without a flag, 15 missing, 4 n/a; 172 of the right values flagged for a look. By kind
# (right/fields; flagged, silent, missing): plain 58/66 (6, 0, 2), HTML 51/58 (2, 0, 5),
# Word 52/54 (2, 0, 0), PDF 55/57 (0, 0, 2), sheet 35/43 (2, 0, 6). Every miss, all
# twenty-seven:
# Flagged, 12:
# - the tenant's name from the From line, without her title: plain_tenant_owner_unit
#   full_name 2 ("ณัฐธิดา วงศ์ทอง", "พิมพ์ชนก อ่อนละมัย"; the mail names her only as
#   "ดิฉัน" and signs with her first name).
# - the owner's home as the tenant's: plain_tenant_owner_unit postal_code and province 2
#   each (10230 กรุงเทพมหานคร, 20000 ชลบุรี: "ที่อยู่เจ้าของ ..." in brackets after her unit).
# - the clerk who sends as the condo's signer: html_outlook_condo_office full_name 2
#   ("นางสาวสุดารัตน์ ปานทอง", "นางสาวเบญจวรรณ ศรีสุข", เจ้าหน้าที่ธุรการ; the manager signs
#   the letter quoted below her line).
# - the company for its director: docx_developer_handover_form full_name 2 ("บริษัท
#   พฤกษ์ไพลิน", "บริษัท รังสิตโฮมแลนด์", cut from "ข้าพเจ้า บริษัท ... จำกัด ... โดย
#   <director> กรรมการผู้มีอำนาจลงนาม"; his ID, the office, line and box read right).
# - a unit owner's mobile as the condo's line: xlsx_condo_unit_list phone 2
#   (+66924470318, the last owner row's โทรศัพท์, นางสาวลำดวน ทองดี; the head block's
#   "โทรศัพท์สำนักงาน" 02-384-7716 / "0 2580 4412 ต่อ 101" not taken).
# Missing, 15: plain_tenant_owner_unit address 2 (after "ผู้เช่าห้องชุดเลขที่");
# html_gmail_handover_roads email v2 (the estate office's box in From, whose display
# name is the juristic person's); html_outlook_condo_office address 2, postal code and
# province v2 (the office's place in the table signature); pdf_typed_tenant_letter
# address 2 (her unit in the block top right, over two lines, cut before ตำบล/ต.);
# xlsx_condo_unit_list address, postal code, province 2 each (the head block's "ที่ตั้ง").
# Right everywhere else: the chairs and managers who sign for estates and condos (names,
# the chair's ID where given, office lines with "ต่อ", their mobiles), the LINE chat's
# chair, the petition's representative over its table of signers, the flood survey's
# head block over the households, the owner's power of attorney (never the tenant), the
# tenant's move-in table (never the owner's column), the web form's reporter (never the
# flooded house), the fillable handover form's rep_* fields (never dev_*); no deed,
# permit, registration (13 digits, valid check digit), unit, plot, meter or letter
# number read as an ID or a phone.
# Doubts: a tenant's name without its title (from the From line) might be ruled right by
# a clerk; it is counted wrong as the other sets count it. The condo's manager is ruled
# the signer by law (พ.ร.บ.อาคารชุด), not an officer as set 56's admin officer was.
# Floors: each style below 0.99 at its first-sight accuracy (as mended), rounded down;
# silent held at none (one fails).
# After stop 55's fixes (fix122; rules by kind, each with a unit test on made-up text):
# 276/278 right (0.993), 2 flagged, 0 silent, 0 missing. By kind: plain 64/66 (2, 0, 0),
# HTML 58/58, Word 54/54, PDF 57/57, sheet 43/43.
# - A condo unit the writer rents or lives in ("ดิฉันเช่าห้องชุดเลขที่ ...") is her home,
#   and an owner's home after "ที่อยู่เจ้าของ" another's (prose, test_condo_tenant_unit);
#   a clerk passing on her manager's or chair's pasted letter is behind its signer
#   (body_letter_note, role_words.JURISTIC_BODY/JURISTIC_HEAD); a condominium's or estate's
#   juristic person is no person (juristic); a company's name after ข้าพเจ้า gives way to
#   its director after โดย (extract); "ที่ตั้ง" under a juristic person's name on a sheet
#   is its address (sheet_captions); rows of different titled people under a name column
#   are a list, their values behind (named_rows). Left: plain_tenant_owner_unit's tenant
#   named by her first name only, her title unknowable (2 flagged).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "plain_tenant_owner_unit": 0.857,
}
SILENT_NOW = 0 / 278  # first sight two (a builder's slip, mended), none as mended

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=278)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 280 at first sight, both a builder's slip (the form's order); none as mended.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
