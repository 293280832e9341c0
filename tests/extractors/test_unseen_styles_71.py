"""Accuracy on a seventy-first set of requests written by others (issue 8): PETITIONS AND
GROUP REQUESTS to เทศบาลตำบลบ้านเป็ด (Khon Kaen), องค์การบริหารส่วนตำบลนาดี (Udon Thani)
and เทศบาลตำบลหนองควาย (Chiang Mai). Villagers' petitions with a list of signers (numbered
lines in a phone mail, a sheet's table pasted with tabs by a grandchild, a Gmail table, a
Word table, a typed PDF's lines, a fillable ผู้ร้องคนที่ 1/2/3 form, xlsx lists with and
without a ผู้แทน mark), a representative (ผู้แทน, ผู้ประสานงาน, ตัวแทนชาวบ้าน) named in the
text wherever he stands in the list, a housewives' group and a community organisation
(chairman, secretary, treasurer with IDs and phones; the secretary or treasurer sends), a
village meeting's minutes with the request (the headman presiding, the recorder's ID and
phone), a school's parents' network asking a crossing (the director endorses; a teacher's
Outlook; a typed PDF signed by both), a mosque's committee (the imam its chairman, the
mosque's place and register number), a temple festival's committee (the abbot as adviser),
a headman forwarding his villagers' petition, the agency's e-service notification.
Kinds: plain, html, word, pdf, sheet (KIND in the builder).

unseen_requests_71.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 62 (a
headman for his village), 66 (a group's chairman), 55 and 37/63: in a request signed by
several the applicant is ONE person: the REPRESENTATIVE the letter names (ผู้แทน,
ผู้ประสานงาน, ตัวแทนชาวบ้าน, the row a sheet marks ผู้แทน, the one a meeting elected), wherever
he stands among the signers; where none is named, the FIRST SIGNER (row 1, ผู้ร้องคนที่ 1);
a group's CHAIRMAN who signs for it. The other signers' names, IDs, house numbers and
phones are never the applicant's, nor the secretary's, treasurer's, vice-chairman's, the
headman's, the recorder's, the director's, the abbot's, the teacher's or grandchild's who
send. Phone and e-mail the applicant's own, `()` where only others' appear (a village's
shared box is nobody's). Address his home to the อำเภอ: where a table gives only his house
number, with the village the letter names (หมู่ที่, ตำบล, อำเภอ); never the road, the
crossing, the mosque, the temple, the school, the meeting hall. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_71 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_71.py -s -p
# no:randomly, set at 605d5c4 on main's 6f29f68), 20 styles, 40 requests, 280 fields, all
# scored (no n/a): 184/280 right (0.657), 53 wrong flagged, 6 wrong without a flag
# (2.143%), 37 missing; 133 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 47/70 (12, 0, 11), html 43/56 (7, 2, 4),
# word 34/56 (4, 4, 14), pdf 46/56 (10, 0, 0), sheet 14/42 (20, 0, 8). Every miss, all
# ninety-six:
# Silent, 6:
# - the meeting's recorder as the representative: docx_request_with_minutes national_id
#   2 and phone 2 (the ผู้บันทึกรายงานการประชุม's "เลขประจำตัวประชาชน ... โทร ..." under
#   his ลงชื่อ in the minutes on page 2, 3501500665274 / 093-556-2108 and 3400100452184
#   / 081-739-0452; the ตัวแทนชาวบ้าน's name read right from the letter, his ID and
#   phone in its prose not taken).
# - row 1 of a Gmail signers' table over the named ผู้ประสานงาน (row 2):
#   html_gmail_signers_table v2 national_id and phone (row 1's 3400100277501 and
#   085-661-2093, the name taken from row 1 too but flagged).
# Flagged, 53:
# - a village's words as a name: "ชาวบ้านบ้าน<village> หมู่ที่" (from "พวกข้าพเจ้า
#   ชาวบ้านบ้าน...") as full_name in plain_petition_rep_named 2,
#   html_gmail_signers_table v1, docx_petition_signers_table 2, pdf_typed_petition_rep 2;
#   the group's name "กลุ่มทอผ้าบ้าน..." in pdf_fillable_group_form 2 (group_name over
#   chair_name).
# - the first signer's values for the named representative: plain_petition_rep_named
#   national_id, phone, address (his house number alone, "12", "9/2") 2 each;
#   html_gmail_signers_table v1 national_id (row 1's, 3509900243617) and v2 full_name
#   (row 1's); xlsx_signers_rep_marked full_name, national_id, phone 2 each (the last
#   row's, not the row 4 marked ผู้แทน).
# - another row of a sheet: xlsx_petition_first_signer full_name 2 (row 4's ชื่อ cell
#   alone, "นางบัวลอง", "นายดวงดี"), national_id and phone 2 each (row 5's, the last);
#   xlsx_housewives_committee full_name, national_id, phone, address 2 each (the
#   last row, กรรมการ, not ประธาน).
# - a role after the name: html_outlook_parents_network, pdf_typed_parents_crossing,
#   docx_temple_festival_committee full_name 2 each ("<name> ประธานเครือข่ายผู้ปกครอง",
#   "<name> ประธานคณะกรรมการจัดงาน").
# - another's phone: html_outlook_parents_network phone 2 (the teacher's mobile in her
#   Outlook signature); pdf_typed_parents_crossing phone 2 (the school's line in the
#   network's letterhead, 043-306-118 / 042-119-640); plain_petition_pasted_first_signer
#   phone 2 (the grandchild's mobile at the foot, the first signer's in the pasted row
#   not taken).
# - the signers' lines run on as an address: pdf_typed_petition_rep address 2 ("3
#   ลงชื่อ ......จันทร์เพ็ญ...... 2. นายประสิทธิ์ ...", from row 1's บ้านเลขที่).
# - the minutes' or list's other person: plain_reply_with_minutes full_name 2 (the
#   recorder, named last, over the ผู้แทนชาวบ้าน: line).
# Missing, 37: plain_petition_rep_named email v1 (he sends from his own box) and postal
# code 2; plain_petition_pasted_first_signer address and postal code 2 (house number in
# the pasted row, village in the text); plain_housewives_group full_name 2 ("ประธานกลุ่ม
# <name>"); plain_reply_with_minutes email 2 (his own box); html_gmail_signers_table
# address and postal code 2; docx_petition_signers_table national_id, phone, address,
# postal code 2 each (the Word table's row 1); docx_community_org_letter national_id 2
# (the committee table's ประธาน row), address 2 ("ที่อยู่ประธาน ..."), postal code and
# province v2; xlsx_signers_rep_marked address and postal code 2;
# xlsx_petition_first_signer address and postal code 2.
# Right everywhere else: the mosque's imam (his lines, not the mosque's place or the
# secretary's), the e-service's ผู้ยื่นคำร้อง block over the co-signers' rows, the
# headman's forward (the ตัวแทนชาวบ้าน, never the headman), the fillable joint petition
# (ผู้ร้องคนที่ 1), the fillable group form's chair_* values but the name, the
# representative's name and values in the typed PDF petition but name and address.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); the sheets were opened and their rows checked.
# Floors at first sight: each style below 0.99 at its first-sight accuracy, rounded down;
# silent held at the first sight's six (replaced below).
# After fix71 (rules by kind of writing, each with a unit test on fresh text: test_shapes_71,
# test_prose, test_html_table): 239/280 right (0.854), 17 wrong flagged, 0 wrong without a
# flag, 24 missing. By kind (right/fields; flagged, silent, missing): plain 66/70 (2, 0,
# 2), html 54/56 (2, 0, 0), word 40/56 (0, 0, 16), pdf 49/56 (7, 0, 0), sheet 30/42 (6, 0,
# 6). What changed:
# - another's signature block (signature_blocks, letter_prose): the ID and phone labelled
#   under a ลงชื่อ whose caption is another's part (ผู้บันทึก..., พยาน, ผู้ตรวจ...) are his,
#   set below the letter's sentences and flagged (the recorder's: 4 silent -> right).
# - numbered rows under a header are the list's though a cell reads like a label (a
#   signer's first name "ละเอียด" under ลายมือชื่อ; html_table): row 1 no longer read as a
#   form (2 silent -> right).
# - "พวกข้าพเจ้า..." and a people's word (ชาวบ้าน...) open no name (prose): 7 flagged.
# - a group's office after a name ends it (ประธาน<group>, เลขานุการ, เหรัญญิก,
#   ผู้ประสานงาน; values): 6 flagged names right.
# - a petition's signers' rows (signers_rows): the row of the representative the text
#   names (ผู้แทน, ตัวแทน, ผู้ประสานงาน, มอบหมายให้ on the line), else the one named
#   elsewhere (his ลงชื่อ), else row 1, above the other rows' and a typist's number; a
#   table row's bar parts a name from its ID (prose).
# - his house number with the village the letter names (signers_home): "ชาวบ้าน...
#   หมู่ที่ ตำบล อำเภอ (จังหวัด)" + his row's house number, the ตำบล's postal code from
#   geothai, flagged. The set's doubted convention (the full address where the table gives
#   only the house number): kept. A clerk writing to the representative completes it so:
#   the petition says once, for all who sign, the village they live in; a house number alone
#   reaches no one. The reader does it only where one village is named, and flags it.
# - a group's chairman opening a line (ประธาน<group> <titled name>; not ประธานในที่ประชุม).
# - sheets (sheet_roles, list_title): a note marking ผู้แทน/ตัวแทน/ผู้ประสานงาน (its column
#   empty but in that row), a committee's ประธาน row; the title's หมู่ where the columns
#   give none (the house number and ตำบล alone went silent on the way).
# Left: the Word signers' table (no one named: its rows give nothing, row 1 not taken) and
# the committee table's ประธาน row in Word; the minutes in a plain reply (the recorder
# named last); a teacher's / school's number in a signature or letterhead over the one in
# the chairman's line (flagged); the typed PDF's run-on rows; the fillable group form's
# group name; a sheet whose name is split over ชื่อ/นามสกุล columns (row 1 not joined).
# Floors: each style below 0.99 at its accuracy now, rounded down; silent held at none.
FLOORS: dict[str, float] = {
    "plain_reply_with_minutes": 0.714,
    "html_outlook_parents_network": 0.857,
    "docx_petition_signers_table": 0.285,
    "docx_community_org_letter": 0.571,
    "pdf_typed_petition_rep": 0.785,
    "pdf_fillable_group_form": 0.857,
    "pdf_typed_parents_crossing": 0.857,
    "xlsx_signers_rep_marked": 0.857,
    "xlsx_petition_first_signer": 0.285,
}
SILENT_NOW = 0.0  # after fix71: none (first sight six)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Six of 280 at first sight, none after fix71: one fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
