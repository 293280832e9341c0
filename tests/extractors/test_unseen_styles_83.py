"""Accuracy on an eighty-third set of requests written by others (issue 8): CCTV FOOTAGE,
ROAD ACCIDENTS AND POLICE REPORTS, to เทศบาลนครนครราชสีมา, เทศบาลเมืองสุพรรณบุรี,
เทศบาลตำบลบ้านฉาง (Rayong) and the อบต. of Ayutthaya (บ้านใหม่, บ้านโพ). Citizens ask for
footage of a crash, a theft, a hit-and-run (date, time window, camera's place); report a
broken street light, a pothole, a fallen tree that caused an accident; claim when the
city's garbage truck or tree hit a car; police investigators and an insurer's surveyor ask
footage for a case or a claim; a wife, a son and a lawyer write for a victim in hospital.
Around the applicant's values: the other driver's name, ID, phone and plate, daily-report
numbers (ประจำวันเลขที่ / ข้อ), case numbers, claim and policy numbers, the event's date and
time beside birth dates, the hospital's and the station's lines.
Plain: a driver's iPhone mail, an owner's Gmail signature, a wife for her husband in ICU,
an investigator's Gmail, a community leader's forward. HTML: a victim's Gmail table, an
insurer surveyor's Outlook, the city's e-service notification, an owner's Gmail claim
against the garbage truck, a reply over the quoted clerk. Word: the city's footage form as
tables (with the คู่กรณี's rows), a police station's letter, a lawyer's letter for a victim
in hospital, a claim for a fallen tree. PDF: the fillable footage request (applicant_*,
other_party_*), a typed letter (block top right), a son's typed letter for his mother, a
typed complaint signed at the foot. Sheets: a station's list of cameras, an insurer's claim
sheet.

unseen_requests_83.py was written before reading `extractors/`, `intake/` or `config/` (only
the harness, the tests and builders of sets 62 and 63, the helpers they import and the
earlier sets' first docstrings). Conventions written down before measuring (the builder's
docstring and WHO say them per style): the applicant is the one the request is FOR (set 63):
the citizen asking for her own crash, theft, report or claim; the victim in hospital when a
wife, a son or a lawyer writes (their values never; phone and e-mail `()` where only theirs
appear); the citizen who wrote a forwarded original (her box in the forwarded header), never
the community leader. A police investigator who signs the request is the applicant (set 56's
natural person signing for a body): his name as signed, with or without rank, national_id
`()`, the station's place (where written out), the station's line or his mobile, the box he
sends from; the case's victim and suspect never. An insurer's surveyor: the insured citizen
(set 77), her ID and home where written, her phone only where her own is written, e-mail
`()`. Plates, daily-report, case, claim, policy and pole numbers are never an ID or a phone;
the other driver's, witness's, hospital's and station's (but for the officer) values never
the applicant's; event dates never a birth date. Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_83 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_83.py -s -p
# no:randomly, set at 1667858 on main's 0086f53), 20 styles, 40 requests, 283 fields, all
# scored: 246/283 right (0.869), 19 wrong flagged, 4 wrong without a flag (1.413%), 14
# missing, 0 n/a; 136 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 59/67 (6, 0, 2), HTML 73/73 (0, 0, 0),
# Word 54/60 (4, 2, 0), PDF 54/61 (7, 0, 0), sheet 6/22 (2, 2, 12).
# One builder slip mended after the run (the figures above are after it): the committed
# builder expected the police station's address, postal code and province in
# plain_police_investigator and xlsx_police_camera_list, whose mails name the station
# without writing its address (only the Word letter writes it out), so 12 expected values
# the requests do not carry were dropped (officer(place=False)); as committed the run read
# 246/295 (0.834), 19 flagged, 4 silent (1.356%), 26 missing, the 12 extra all missing.
# Every miss, all thirty-seven:
# Silent, 4:
# - a garage's line as the claimant's phone: docx_tree_fell_claim phone 2 (the repair
#   shop's "อู่เจริญยนต์ โทร 038-611-245" in the event's paragraph, taken as +6638611245,
#   over her own โทรศัพท์ in the opening paragraph).
# - the case's victim's ID as the investigator's: xlsx_police_camera_list national_id 2
#   (the "ผู้เสียหาย" row's เลขประจำตัวประชาชน, 1720100344064 and 1210300477127; no ID of
#   the officer is given).
# Flagged, 19:
# - the writer for a victim named as the applicant: plain_wife_for_husband_icu full_name
#   and national_id 2 each (the wife, her เลขบัตร); pdf_typed_son_for_mother full_name and
#   national_id 2 each (the son who writes as ข้าพเจ้า), address, postal code, province v1
#   (his Bangkok block top right, 10240).
# - the case's victim as the investigator: plain_police_investigator full_name 2 (the one
#   "ได้รับคำร้องทุกข์จาก" names); docx_police_station_letter full_name 2 and address 2
#   (the victim's name and home from the body; the station's place top right and the
#   signature "พันตำรวจโท / (ประสิทธิ์ กล้าหาญ)" not taken).
# - the surveyor as the insured: xlsx_insurer_claim_sheet full_name 2 (the
#   "พนักงานสำรวจภัย" row's name, or the name under the mail's body).
# Missing, 14: plain_police_investigator email 2 (his own Gmail box, the sender, where
# his name was not taken); xlsx_police_camera_list full_name 2 (the head block's
# "พนักงานสอบสวน" row, "ร.ต.อ.วสันต์ ทองมา"); xlsx_insurer_claim_sheet national_id,
# phone, address, postal code, province 2 each (the "ผู้เอาประกันภัย" row under a header
# row of labels).
# Right everywhere else: the other driver's name, ID, phone and plate (iPhone mail, Word
# form's คู่กรณี table, fillable other_party_*), daily-report, case, claim, policy and pole
# numbers never an ID or a phone, event dates never a birth date, the hospital's and the
# station's lines never a citizen's, the forwarded original's writer and box (never the
# leader), the e-service notification, the reply over the quoted clerk, the surveyor's
# Outlook (the insured's lines), the lawyer's letter for a victim in hospital.
# Each miss's value was printed and read back against the conventions (the builder's
# docstring and WHO): no other slip.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the four seen.
# After fix8384 (rules by kind, each with a unit test on made-up text): 256/283 right
# (0.905), 15 wrong flagged, 0 wrong without a flag (0.000%), 12 missing. By kind: plain
# 63/67 (4, 0, 0), HTML 73/73, Word 58/60 (2, 0, 0), PDF 54/61 (7, 0, 0), sheet 8/22 (2, 0,
# 12).
# - a garage's number (silent 2 -> 0): "อู่" is a business the text names beside the
#   writer (whose_phone._ROLE, not อู่ทอง/อู่ตะเภา), and a label inside an aside the
#   sentence opened ("(อู่... โทร 038-...)") is no pair of a form's row (body_form.
#   _first_pair_cut): docx_tree_fell_claim 14/14 (test_repair_shop).
# - a case party's sheet row (silent 2 -> flagged): a row opened by ผู้เสียหาย, ผู้ต้องหา,
#   ผู้ต้องสงสัย, ผู้ก่อเหตุ, คู่กรณี or พยาน (role_words.CASE_PARTY) is read under a heading
#   of its own and its values set behind (case_party_row): xlsx_police_camera_list's IDs
#   flagged, 6/8 (test_case_party_row).
# - a case's victim or suspect in an officer's letter: a titled name and ID with
#   ผู้เสียหาย after the ID or "ผู้ต้องสงสัยคือ" before the name are the party's (prose.
#   _case_parties_ids): plain_police_investigator 8/8, the signer and his box taken
#   (test_case_parties); a rank spelt out on its own line over the untitled name in
#   brackets signs the letter (prose._SIGNED_UNDER_RANK): docx_police_station_letter
#   12/14, its address 2 still the victim's home over the station's letterhead (flagged).
# Left: a relative writing for the victim (wife, son: the writer still ranks over the one
# she writes for, flagged; set 81 ranks the writer so for a spouse's claim, and no
# general rule was found in the time that tells the two apart); the head block's
# "พนักงานสอบสวน" row name (missing 2); the insurer's sheet (the surveyor's row over the
# insured's, the insured's row under a header row of labels not read: 10 missing).
FLOORS: dict[str, float] = {
    "plain_wife_for_husband_icu": 0.75,
    "docx_police_station_letter": 0.857,
    "pdf_typed_son_for_mother": 0.562,
    "xlsx_police_camera_list": 0.75,
    "xlsx_insurer_claim_sheet": 0.142,
}
SILENT_NOW = 0 / 283  # after fix8384; first sight 4: the garage's line twice, the victim's ID twice

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
