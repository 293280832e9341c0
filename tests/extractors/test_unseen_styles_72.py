"""Accuracy on a seventy-second set of requests written by others (issue 8): PEOPLE WHOSE
NAMES CARRY RANKS, MONASTIC, ACADEMIC AND HONORARY TITLES, writing ordinary requests to
เทศบาลเมืองลพบุรี (a garrison town), เทศบาลนครเชียงใหม่, อบต.ดอนแก้ว and อบต.ออนใต้.
Soldiers and police (จ.ส.อ., ส.อ., ส.ต.ท.หญิง, ร.ต.อ., พล.ต./พลตรี, ว่าที่ร้อยตรี / ว่าที่
ร.ต.), a soldier's wife signing with her husband's rank and unit under her name; monks
(พระมหา + ฉายา, the lay surname in brackets or the ฉายา in brackets), a novice, a แม่ชี, a
พระอธิการ for himself, an abbot (พระครู with his ราชทินนาม and (own name ฉายา)) writing or
certifying for a monk or a novice; academics and health professionals (ผศ.ดร., รศ.ดร., ภก.,
ทพญ., their licence numbers, the faculty's and the shop's lines); ม.ร.ว., ม.ล., คุณหญิง,
ท่านผู้หญิง; foreigners married to Thais (Mr., Dr.: passports, the Thai spouse's ID and
mobile); plain citizens quoting a doctor's certificate (ว.23817, the hospital's line); a
commander's forward and a unit's letter for a subordinate (service numbers, the unit's
letter number and line).
Plain: a wife's iPhone mail, a police officer's mail (station line, case number), a monk's
own request, an abbot's mail for his monk, a foreigner's English and Thai mail. HTML: a
commander's Gmail forward with his endorsement, an academic's Outlook (faculty signature),
the city's web form (the title in its own row), a patient's Gmail quoting her doctor, a
แม่ชี's or an abbot's Gmail. Word: the temple's letter for a novice, a unit's official
letter, the คำร้องทั่วไป as a table (rank short or written out), a คุณหญิง's or ม.ล.'s
letter sent by the secretary. PDF: a fillable form with the rank in its own box, a
pharmacist's or dentist's typed letter, an abbot's typed certificate, a bilingual fillable
form (Applicant / Spouse parts). Sheets: a unit's sheet (head block, the soldier's row), a
professor's field-trip sheet (students below).

unseen_requests_72.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the applicant is the one the request is
FOR (the soldier, not the commander; the monk or novice, not the abbot; the patient, not
the doctor; the wife, not the ranked husband; the foreigner, not the Thai spouse). Names:
a soldier's or policeman's rank and a royal or honorary title (ม.ร.ว., ม.ล., คุณหญิง,
ท่านผู้หญิง) are kept before the name (a space after an abbreviation accepted); academic
and professional prefixes (ผศ.ดร., รศ.ดร., ภก., ทพญ.) are accepted with or without; a monk
is พระ/พระมหา/พระอธิการ + name + ฉายา, his lay surname in brackets or not (or the surname
with the ฉายา in brackets); novices and แม่ชี as written; a foreigner as in his passport
with Mr./Dr. or without (passport no ID: national_id `()`). Address: where the applicant
lives (a monk, novice or แม่ชี: the temple); phone and e-mail his own, never a station's,
unit's, faculty's, hospital's, secretary's, spouse's, commander's or abbot's (`()` where
only theirs appear). Licence, service, case, letter and passport numbers are never an ID
or a phone. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_72 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_72.py -s -p
# no:randomly, set at e87e589 on main's f53c420), 20 styles, 40 requests, 308 fields, all
# scored (no n/a): 274/308 right (0.890), 9 wrong flagged, 4 wrong without a flag (1.299%),
# 21 missing; 163 of the right values flagged for a look. By kind of input (right/fields;
# flagged, silent, missing): plain 68/78 (0, 0, 10), HTML 72/78 (1, 0, 5), Word 52/60 (4,
# 2, 2), PDF 54/62 (4, 0, 4), sheet 28/30 (0, 2, 0). Every miss, all thirty-four:
# Silent, 4:
# - the abbot's mobile as the novice's phone: docx_temple_letter_novice phone 2
#   (+66866617702, the พระครู's "โทร 086-661-7702" under his signature; the novice has no
#   phone, so `()` was right).
# - the rank dropped from a sheet's row: xlsx_unit_sheet_subordinate full_name 2 ("สมศักดิ์
#   ทองอินทร์", "อนุชา พรหมมา": the ชื่อ and นามสกุล cells taken, the ยศ cell "จ.ส.อ."/"ส.อ."
#   beside them left out; the convention keeps the rank).
# Flagged, 9:
# - the commander who signs the unit's letter as the applicant: docx_unit_letter_subordinate
#   full_name 2 ("พ.อ.ชาญชัย รุ่งเรืองศรี", "ร.อ.ประเสริฐ ดวงแก้ว") and phone 2 (the unit's
#   line under his signature, 036-486-114 / 036-411-287, not the soldier's mobile in the
#   body).
# - the abbot who certifies as the monk: pdf_typed_abbot_certificate full_name 2
#   ("พระครูปัญญาวชิรคุณ", "พระครูสิริธรรมวิมล", his title name in "ข้าพเจ้า <title> (<own>)").
# - the Thai spouse's part of the bilingual form: pdf_fillable_foreign_spouse full_name 2
#   (spouse_name "นายประเสริฐ คำแสน", "นางอำไพ วิลสัน"; applicant_title + applicant_name
#   not taken).
# - the title chosen in its own row dropped: html_webform_royal_title full_name v2
#   ("สุนันทา เจ็ดตนสกุล" without ท่านผู้หญิง; v1's ม.ร.ว. kept).
# Missing, 21: plain_abbot_for_monk full_name 2, address 2, postal code and province v2
# (the monk after "ขอแจ้งแทน<monk> พระลูกวัด", his temple after "ซึ่งอยู่ที่วัด เลขที่");
# pdf_typed_abbot_certificate address 2, postal code and province v2 (the temple after
# "พำนักอยู่จริง ณ"); docx_temple_letter_novice full_name 2 ("ด้วยสามเณรภานุพงศ์
# อ่อนศรี เลขประจำตัวประชาชน"); html_gmail_commander_forward full_name 2 ("ลงชื่อ
# ส.อ. อนุชา พรหมมา" in the forwarded part; the rest of his lines right);
# html_gmail_maechi_allowance full_name v1 ("ดิฉัน แม่ชีศรีนวล คำมูล"), address v1 (after
# "พำนักอยู่ที่สำนักชีวัดสันต้นแหน เลขที่"), e-mail v2 (the abbot's own From box, no
# address in the body); plain_police_own_mutation e-mail 2 and plain_monk_own_certificate
# e-mail 2 (the From box only).
# Right everywhere else: the soldier's wife (her husband's rank, name and mobile never
# hers), the policeman's rank with and without a space (station line, case number never),
# the monks' ฉายา with the lay surname in brackets, the foreigners' Mr./Dr. names and
# passports (the spouse's ID never), the academics' faculty lines, the doctor's licence
# and hospital line, the general's "พลตรี" written out, ว่าที่ ร.ต., ส.ต.ท.หญิง in its own
# box, คุณหญิง and ม.ล. letters sent by the secretary, the pharmacist's and dentist's
# licences, the professor's students.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's docstring and WHO).
# Floors at first sight: each style below 0.99 at its first-sight accuracy, rounded down;
# silent held at the four seen.
# After fix72 (rules by kind of writing, each with a unit test on fresh text in
# test_rank_names.py): 308/308 right (1.000), 0 wrong flagged, 0 wrong without a flag, 0
# missing; 191 of the right values flagged for a look (163 at first sight: the monks'
# and soldiers' values now read from a letter's sentences, at prose confidence). By kind
# (right/fields; flagged, silent, missing): plain 78/78, HTML 78/78, Word 60/60, PDF
# 62/62, sheet 30/30 (0, 0, 0 each). What changed, by kind of miss:
# - a sheet's ยศ (rank) cell: ยศ is a label of the name's title (names.NAME_PART_SPECS),
#   so the rank goes before the name, as a ticked rank does (silent 2 -> right).
# - a temple's or a unit's letter about its novice or soldier: forwarding_letter reads a
#   paragraph opened by ด้วย and a name under any title (title_options.PERSONS_TITLE: civil,
#   rank, ว่าที่, พระ/สามเณร/แม่ชี) when it says the person asks (now also "ประสงค์ขอ") or
#   names him by his ID at once; the letter's head and foot (the abbot's mobile, the
#   commander and the unit's line) are the office's (silent 2, flagged 4, missing 2 -> right).
# - the monk an abbot certifies (รับรองว่า) or reports for (แจ้งแทน): a monk's or a rank's
#   title proves the name there (prose._VOUCHED, acting_for._NAMED_FOR); a monk's home is
#   where he resides (พำนักอยู่ที่/จริง ณ), the temple's or the nunnery's name before its
#   number left out, or the temple's house in the register (ทะเบียนบ้านของวัด เลขที่).
# - "ดิฉัน แม่ชี<name>": แม่ชี a title of prose's names.
# - the name typed on the ลงชื่อ line itself, nothing after it (the soldier's forwarded
#   mail): the signer's.
# - ท่านผู้หญิง, คุณหญิง: honoured titles (title_options.HONOURED), kept as ranks are.
# - a fillable form's spouse_/witness_ fields: another's, as a proxy's (pdf_form).
# - e-mail from From only: a rank or a monk's title (พระมหา<given>) before the same given
#   name is the same person (sender_email), and a letter about another may come from that
#   other's own box (the monk mails the abbot's certificate about him).
FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0  # first sight four (the abbot's mobile 2, the rank left out 2); none after fix72

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Four of 308 at first sight, none after fix72: one fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
