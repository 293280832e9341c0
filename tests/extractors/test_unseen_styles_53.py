"""Accuracy on a fifty-third set of requests written by others (issue 8): AN ORDINARY
WEEK OF A NORTHERN อบต./เทศบาลตำบล (Chiang Mai, Chiang Rai, Mae Hong Son, Nan, Phrae,
Lampang, Phayao, Tak), its people as they are there: hill-tribe citizens (Akha, Lisu,
Hmong, Karen, Lahu, Mien) with names as registered ("นายอาเหล่อ เชอหมื่อ", "นางสาวหมี่ปา
แซ่ย่าง", แซ่ลี/แซ่จ๋าว), an elder with no surname ("นายจะแฮ", typed "(ไม่มีนามสกุล)"),
Thai Lue and Tai Yai names; 13-digit numbers that begin with 0, 6, 7 or 8 (check digit
valid); a birth registered as 1 January; villages (บ้าน.../หย่อมบ้าน...) after ม./หมู่ที่ or
before หมู่, หมู่ 15-24; คำเมือง (เจ้า, บ่, ป้อ). Plain: a ศศช. teacher typing a parent's
residence certificate, a son's or daughter's allowance request for an elder, a haze
complaint (PM2.5, a hotspot's lat/long), a headman's forward of a water request, a reply
filling the agency's quoted status template (the parents' names), wildlife damage (UTM,
a land document's number, baht), a รพ.สต. nurse's disability request (HN, caregiver,
the centre's line), a laterite road. HTML: Gmail's div lines with emoji, a LINE chat
pasted by the teacher, a headman's Gmail forward in a gmail_quote, a reply filling the
allowance template above the quoted blank one. Word: a residence form as a table with
a witness headman's ID and phone, the allowance form over dotted lines (13 spaced
digits, a bank account, the proxy), a water petition with a households table, the
wildlife damage form. PDF: the status form with the parents' IDs, the allowance form
with a proxy's ID and phone, a road letter with the sender's block top right over four
lines, a burning permit (the plot's หมู่ and lat/long). Sheet: the nurse's register row.

unseen_requests_53.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 51 and 52, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values only, the villager the request is for, never the teacher's, the
nurse's, the son's or daughter's, the headman's, a witness's, a parent's, a caregiver's,
a proxy's or the agency officer's; her name as registered, title + first name alone
where she has no surname (a note "(ไม่มีนามสกุล)" no part of it); the 13-digit number
whatever its first digit, never an HN, a bank account or a land document's number; phone
her own mobile only where she gives one; e-mail hers only (her From, or the From in a
forwarded header), never a helper's box; birth date ISO where a whole date is given,
never a fire's, a burning slot's or a chat's date; the address where she lives, with or
without the village, with or without the province and postal code; a plot's, a field's
or a road's place never hers; the province by its official name. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style, per
kind of input and per kind of request.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_53 import KIND, REQUEST, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_53.py -s -p
# no:randomly, set at c2c10c8 on main's e53c45e), 21 styles, 42 requests, 274 fields
# scored: 255/274 right (0.931), 6 wrong flagged, 4 wrong without a flag (1.460%), 9
# missing, 0 n/a; 80 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 102/106 (3, 0, 1), HTML 42/50 (2, 2,
# 4), Word 52/55 (0, 2, 1), PDF 47/51 (1, 0, 3), sheet 12/12. By kind of request: status
# and residence 59/68 (2, 2, 5), allowance 73/78 (2, 2, 1), haze 25/25, water 38/38,
# road 23/25 (1, 0, 1), wildlife 37/40 (1, 0, 2). Every miss, all nineteen:
# Silent, 4:
# - docx_allowance_dotted, both variants (the allowance form typed over dotted lines,
#   the address over two lines "ที่อยู่ตามทะเบียนบ้าน เลขที่....45....หมู่ที่....22....
#   หมู่บ้าน....หย่อมบ้านห้วยหก...." / "ตำบล....ท่าตอน....อำเภอ....แม่อาย....จังหวัด...."):
#   read "45 หมู่ที่ 22 หมู่บ้าน หย่อมบ้านห้วยหก ตำบลท่าตอน อำเภอแม่อาย" (line breaks in
#   it), the form's label หมู่บ้าน left in before the village's name; unflagged.
# - html_line_chat_paste, both variants (a ศศช. teacher pastes her LINE chat with the
#   parent, "10:06 หมี่ปา: 0935501827", her own name and phone in her signature below):
#   phone read as the teacher's 0817726514, unflagged.
# Flagged, 6:
# - html_line_chat_paste, both: full_name the teacher's (นางสมศรี ใจมา).
# - plain_nurse_disability, both (a รพ.สต. nurse types "ผู้ป่วย: นายเปา แซ่ลี HN ...",
#   signs with her name, the centre's line and her mobile): full_name the nurse's.
# - plain_wildlife_damage variant 1: national_id read as 5127822146424, the field's UTM
#   "47Q 512782 2146424" run together (its check digit happens to hold); the applicant's
#   8571002314489 three lines below.
# - pdf_road_letter variant 2: phone read as +66630100788 from the ID "0-6301-00788-25-9"
#   wrapped to the head of a line; his mobile 0869904125 at the end of the letter.
# Missing, 9:
# - national_id, all three requests of the one applicant whose number begins with 0
#   (0630100788259: plain_nurse_disability v2, docx_residence_witness v1 as a table cell,
#   pdf_road_letter v2 dashed). Numbers beginning with 6, 7 and 8 read right everywhere.
# - html_line_chat_paste, both: address (in a chat line "10:05 หมี่ปา: 121 บ้าน... หมู่ 19
#   ..."), none.
# - html_headman_forward_wildlife, both (a headman's Gmail forward, her lines in the
#   gmail_quote, her name only in prose "ดิฉัน นางหน่อเปอะ ปู่ลา ขอแจ้งช้างป่า..."): no
#   full_name; her ID, address and phone right, the headman's never taken.
# - pdf_status_parents, both: birth_date from "เกิดวันที่ 30 เม.ย. 2545 ที่หย่อมบ้านอาเบ๊ะ"
#   (the birth village after the date), none; the parents' IDs never taken.
# Right everywhere else: the elder with no surname ("นายจะแฮ (ไม่มีนามสกุล)" read
# "นายจะแฮ") in all three of his requests, born 1 January 2489; แซ่ย่าง/แซ่ลี/แซ่จ๋าว,
# Tai Yai and Thai Lue names; villages after ม./หมู่ที่ and before หมู่, หมู่ 15-24, the
# village block of a letter over four lines; คำเมือง; the son's, daughter's, headman's,
# teacher's (plain) and witness's values never taken; HN, bank account, hotspot and
# burning plot's lat/long, the plot's หมู่; the agency's quoted templates. No builder slips
# found: the misses' inputs were printed and read back against the conventions above.
# Doubtful, for the lead: docx_allowance_dotted's value is scored silent as the
# convention says (her address as typed); a clerk might let the label หมู่บ้าน pass.
# After fix53 (same command, branch fix53): 270/274 right (0.985), 2 wrong flagged, 0
# wrong without a flag (0.000%), 2 missing. By kind of input: plain 104/106 (2, 0, 0),
# HTML 48/50 (0, 0, 2), Word 55/55, PDF 51/51, sheet 12/12. Read now: the ID opening 0
# then 6 (validate takes any 13 digits whose check digit holds in the ID field; prose
# takes them after an ID label, and the wrapped dashed ID is no phone); the UTM's
# easting and northing no ID (values._two_numbers); the caption หมู่บ้าน dropped before
# (หย่อม)บ้าน<name> (address_tail); the LINE chat's time stamps read as a chat and a
# value sent alone labelled (chat_transcript); a birth date before its place
# (values._DATE_END). Left, four:
# - plain_nurse_disability, both: full_name the nurse's from her signature (flagged);
#   the patient's name after "ผู้ป่วย:" not taken.
# - html_headman_forward_wildlife, both: full_name missing (her name only in prose in
#   the gmail_quote).
# Floors: the two styles still below 0.99 at their figure now; silent held at none.
FLOORS: dict[str, float] = {
    "plain_nurse_disability": 0.833,
    "html_headman_forward_wildlife": 0.846,
}
SILENT_NOW = 0 / 274

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=260)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    print("\n" + by_kind(HELD_OUT.table, REQUEST))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 4 of 274 at first sight, none after fix53: held at none.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
