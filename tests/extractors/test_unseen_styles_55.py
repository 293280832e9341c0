"""Accuracy on a fifty-fifth set of requests written by others (issue 8): AN ORDINARY
WEEK OF A RURAL ISAN อบต./เทศบาลตำบล (Roi Et, Kalasin, Sakon Nakhon, Ubon, Surin, Buriram,
Yasothon). Old-age and disability allowance registrations typed by a son, daughter or
grandchild working in Bangkok for a parent or grandparent in the village (the child's
own name, ID, phone and Bangkok address beside the elder's as ผู้ยื่นแทน / ผู้ดูแล), drought,
flood and storm aid for farmers (ทะเบียนเกษตรกร numbers, ธ.ก.ส. accounts, ไร่-งาน-ตร.ว., the
plot's own หมู่), a village headman mailing for a villager, certifying one, and sending
lists; Isan words (ข้อย, เด้อ, บ่, แหน่, แม่ใหญ่, พ่อใหญ่), Khmer/Kui-origin surnames in
Surin and Buriram (สมานรัมย์, เจริญรัมย์, กะการดี, แก้วประโคน); homes written บ้าน<name>
หมู่ <n> with no road, the village before or after the หมู่, two with no house number;
births known by the year alone (พ.ศ. 2490, -/-/2492) or typed in Thai numerals; elders'
IDs opening 3; a phone the whole family shares. Plain: a daughter's phone mail, a son's
disability request (Thai-numeral birth date), a farmer's own drought mail in Isan, a
headman for a villager, a grandchild's mail all in Thai numerals, an elder's voice-typed
flood prose. HTML: Gmail lines with the child's Bangkok signature, Yahoo's three-column
table (the disabled elder | the carer), a drought plots table, an elder's own Yahoo, a
reply above the officer's quoted question and signature. Word: the อบต.'s allowance form
in parts with the ผู้ยื่นแทน section, the disability form over dotted leaders, กษ.01 with
the plots, a headman's หนังสือรับรอง. PDF: the allowance form with the ผู้ยื่นแทน lines, a
son's letter with HIS Bangkok address as the sender's block, a storm-aid form. Sheets: a
headman's list of elders (the new one named in the mail and marked in หมายเหตุ), a
headman's list of five farmers naming none, the อบต.'s sheet with the elder's and the
ผู้ยื่นแทน's sections under the same labels.

unseen_requests_55.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 53 and 54, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
APPLICANT is the one the allowance or aid is for (the PARENT or grandparent, the
disabled person, the farmer, the villager a headman writes for), never the child's,
grandchild's, headman's or officer's values. Birth date ISO where a whole date is given;
where only the YEAR is known no whole date was given, so only no value or a flagged one is
right (an unflagged 1 January made up is silent). Phone the elder's own number under her
own caption, also when noted as the family's shared phone; not scored where she has none.
E-mail hers only where she sends from her own box. Address her home in the village from
the house number (or the village / หมู่ where there is none) to the อำเภอ, with or without
the village's name, เลขที่, province and postal code, in Arabic or Thai digits; the
child's Bangkok address, a field plot's place, the headman's post, the อบต.'s own address
never. In xlsx_headman_elder_list the applicant is the row the mail names (marked รายใหม่);
in xlsx_headman_drought_list, a list of five with no one named, there is NO applicant:
name, ID, phone and address are right only as no value or a flagged one (the province,
every row's, is expected). Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_55 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_55.py -s -p
# no:randomly, set at e4f5c0b on main's 3c913b2), 21 styles, 42 requests, 270 fields
# scored: 228/270 right (0.844), 19 wrong flagged, 9 wrong without a flag (3.333%), 14
# missing, 0 n/a; 104 of the right values flagged for a look. By kind (right/fields;
# flagged, silent, missing): plain 72/77 (2, 2, 1), HTML 66/67 (0, 0, 1), Word 42/52
# (6, 1, 3), PDF 28/38 (10, 0, 0), sheet 20/36 (1, 6, 9). Every miss:
# Silent, 9:
# - plain_grandchild_thai_digits both variants (a mail all in Thai numerals, the elder
#   under "ชื่อผู้สูงอายุ", the grandchild/son last as "ผู้แจ้ง ... (หลานสาว) โทร ๐๖๑-..."):
#   full_name read as the ผู้แจ้ง's ("นางสาวกาญจนา วงศ์กะโซ่", "นายสมพร สมานรัมย์"); her ID,
#   birth date, Thai-numeral address and phone read right.
# - docx_drought_kp01 v1 (กษ.01's table in parts, the ตำบล named ถนนหัก): address read
#   "19/1 หมู่ที่ 6 ถนนหัก อำเภอนางรอง" (the village row and the word ตำบล lost, the
#   tambon's name read like a road's).
# - xlsx_headman_elder_list v2 (the new elder in row 2, named in the mail "ลำดับที่ 2" and
#   marked "รายใหม่ ยื่นครั้งนี้"): full_name and national_id read from row 1, a neighbour
#   already registered ("นางทองดี สุขประเสริฐ", 3450500199206).
# - xlsx_headman_drought_list both variants (five farmers, no applicant): full_name and
#   national_id of the list's first row taken unflagged.
# Flagged, 19:
# - the child's values for the parent's: pdf_son_letter all of name, phone, address,
#   postal code and province in both variants (the son's/daughter's Bangkok sender block
#   top right and his name in "ด้วยข้าพเจ้า ..."); plain_daughter_allowance v1 phone (the
#   daughter's, the mother's "เบอร์แม่ 087-224-5619" given).
# - the headman's for the elder's: docx_headman_certificate national_id and phone both
#   variants (his ID and phone in the certificate's first sentence and signature).
# - the form's own caption kept inside the address: docx_allowance_form both variants
#   ("45 หมู่ที่ 7 ชื่อหมู่บ้าน บ้านหนองแวง ...").
# - plain_flood_prose v2 address "19/1 หมู่ 6 บ้านถนนหัก ต. ถนนหัก อ.นางรอง" (typed
#   "บ้านถนนหัก เลขที่ 19/1 หมู่ 6 ต.ถนนหัก ...": reordered right, a space put in "ต. ถนนหัก").
# - xlsx_headman_elder_list v2 phone (row 1's).
# Missing, 14: the elder's home in prose (plain_flood_prose v1, "อยู่ บ้านคำน้ำแซบ เลขที่
# 203 หมู่ 2 ..."); a numbered answer's birth date (html_gmail_reply_officer v2, "3.
# 14/03/2504"); the elder's home in the headman's certificate prose (docx_headman_
# certificate address both variants, postal code v1); the headman's list's house number
# and หมู่ columns (xlsx_headman_elder_list address, postal code, province both variants,
# birth date v2); the drought list's province (in the title row) both variants.
# Right everywhere else: births known by the year alone (พ.ศ. 2490, -/-/2492, ปี 2491)
# given no date in all 10 places; Thai numerals in IDs, dates, addresses, phones; homes
# with no house number; the village before or after the หมู่; shared family phones; the
# Yahoo carer table; the Gmail signature's Bangkok office; the officer's quoted address;
# farmer-register numbers and ธ.ก.ส. accounts never an ID or phone; the อบต.'s sheet with
# the same labels twice (the elder's section taken). No builder slips found: each miss's
# value was printed and read back against the conventions.
# After fix55 (same command, branch fix55): 268/270 right (0.993), 2 wrong flagged, 0
# wrong without a flag (0.000%), 0 missing. By kind: plain 75/77 (2, 0, 0), HTML 67/67,
# Word 52/52, PDF 38/38, sheet 36/36. Read now: "ชื่อผู้สูงอายุ" a name's label (config
# fields.toml); a list's title row no upper band of its header (header_bands), the row
# a note marks "รายใหม่ ยื่นครั้งนี้" the applicant's (sheet_roles), the title's place
# joined to that row's house number and a list naming no one giving its province alone
# (list_title, xlsx_form); a ตำบล named ถนน... keeps its word (address_parts); a writer who
# files for his kin ("เป็นบุตรชายของ <mother> ... จึงขอยื่นคำขอแทน") acts for her
# (acting_for), and the ID, birth date, phone and home said after the name of the one
# vouched or acted for are hers (said_of_subject, extract); "อาศัยอยู่จริงที่" and a home
# said from its village or หมู่ in prose (prose); "ชื่อหมู่บ้าน" dropped before the
# village's name (address_tail); questions listed in one quoted line matched by number
# (numbered_answers). Left, two, both flagged:
# - plain_daughter_allowance v1 phone: the daughter's (ผู้ยื่นแทน) over "เบอร์แม่ 087-...":
#   "เบอร์<kin>" is no phone label (a pupil's "เบอร์แม่" would be a guardian's).
# - plain_flood_prose v2 address: "บ้านถนนหัก เลขที่ 19/1 หมู่ 6 ต.ถนนหัก" reordered right
#   but read "ต. ถนนหัก" (a space put before the tambon's name that opens like a road's).
# Floors: the two styles still below 0.99 at their figure now; silent held at none.
FLOORS: dict[str, float] = {
    "plain_daughter_allowance": 0.923,
    "plain_flood_prose": 0.909,
}
SILENT_NOW = 0 / 270

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=260)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 9 of 270 at first sight, none after fix55: held at none.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
