"""Accuracy on a seventy-ninth set of requests written by others (issue 8): THAIS ABROAD AND
THEIR FAMILIES AT HOME, writing to เทศบาลตำบลโนนสัง (Nong Bua Lamphu), อบต.ตูมใต้ (Udon
Thani), อบต.นาฝาย (Chaiyaphum) and สำนักงานเขตบางเขน (Bangkok). Workers in Taiwan (an ARC
number, a factory dorm in Taoyuan, +886 9xx), South Korea (외국인등록번호 of 13 digits,
+82 10), Israel (a moshav, a B/1 visa, +972 5x), Japan (在留カード, +81 90), Qatar and Saudi
Arabia (QID, Iqama, +974, +966); students in Tokyo and Taipei; Thai women married in Japan
or Germany; mothers, wives, sisters, brothers and fathers at home who write for them,
with their own IDs, birth dates and Thai phones; a power of attorney made at the Thai
trade office in Taipei, an embassy's certification of a signature, a Western Union MTCN
of 10 digits, an employer's letter forwarded, a foreign phone's mail UI.
Plain: a Taiwan worker's Android mail, a mother's mail for her son in Korea, an Israel
worker's reply over the อบต.'s answer, a Tokyo student's iPhone mail, a wife's Yahoo mail
for her husband in Qatar. HTML: a Korea worker's Gmail table, a Japan intern's Outlook
forward of his employer's letter, the district's e-Service notice (a marriage abroad), a
sister's Gmail list for her brother in Israel, a father's Gmail reply for his daughter in
Taiwan. Word: a power of attorney from Taipei to a mother, a worker's letter from Doha or
Riyadh, a surname change after a marriage abroad, a brother's letter for his sister in
Japan. PDF: the อบต.'s fillable notice of work abroad (a contact person at home), a
letter certified by the embassy in Seoul, a wife's typed letter on her husband's tax paid
from a remittance, a Tokyo student's typed letter. Sheets: the อบต.'s survey row (the
contact person's columns), a sister's payments sheet for her brother.

unseen_requests_79.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions (the builder's docstring and WHO, written
down before any run), after set 63's rule: the APPLICANT IS THE ONE THE REQUEST IS FOR,
never the relative who sends it (the son in Korea, not his mother; the husband abroad,
not his wife; the ผู้มอบอำนาจ abroad, not the mother he empowers; the woman married abroad,
not her foreign husband). Phone: his own foreign mobile, with its country code (a local
form such as 0912-345-678 is still Taiwan's: the Thai reading of it is wrong), and his own
Thai number where he gives one too; a relative's Thai number never (`()` where only hers
appears). Address: the Thai house-registration address, never the one abroad; province
and postal code of it. E-mail: his own box, a relative's `()`. Passport, ARC, alien
registration, visa, residence card, QID, Iqama, embassy reference, MTCN and slip numbers
never an ID or a phone; birth date only the applicant's, from B.E., C.E., 2002/04/15 or
2002年4月15日. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_79 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_79.py -s -p
# no:randomly, set at 9d36cc9 on main's f8da22b), 20 styles, 40 requests, 308 fields, all
# scored: 221/308 right (0.718), 30 wrong flagged, 8 wrong without a flag (2.597%), 49
# missing, 0 n/a; 153 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 56/74 (10, 2, 6), HTML 44/80 (10, 2,
# 24), Word 52/62 (8, 2, 0), PDF 51/62 (2, 2, 7), sheet 18/30 (0, 0, 12). One builder slip
# mended after the run (not a reader's miss): plain_taiwan_worker_android expected a birth
# date its mail never gives (now NO_BIRTH; 310 fields became 308). Every miss, all
# eighty-seven:
# Silent, 8:
# - the address abroad as the Thai one: plain_taiwan_worker_android address 2 (the dorm
#   line "ที่พักปัจจุบัน: No. 18, Ln. 233, Zhongzheng Rd., ... Taoyuan City 328, Taiwan
#   (R.O.C.) หอพักโรงงาน ห้อง 4F-12", though "ทะเบียนบ้านอยู่ที่ 45 หมู่ที่ 3 ..." stands
#   above it); html_webform_married_abroad address 2 (the e-Service row "ที่อยู่ปัจจุบัน
#   (ต่างประเทศ)": "Lindenstraße 27, 10969 Berlin, Germany", "大阪府大阪市北区梅田1-2-3-1504",
#   over the row "ที่อยู่ตามทะเบียนบ้าน").
# - the relative's phone as the applicant's: pdf_typed_wife_remittance_tax phone 2 (the
#   wife's "โทร 086-335-0918" in her block top right; the husband's +966 / +972 in the
#   body is his).
# - the relative's name: docx_brother_for_sister_japan full_name 2 (the brother
#   นายสุริยา บุตรดี who writes ข้าพเจ้า and signs "ผู้ยื่นแทน"; the sister in Japan is
#   the one named after "พี่ชายของ").
# Flagged, 30:
# - the relative who writes taken as the applicant: plain_wife_for_husband_qatar
#   full_name, national_id, phone 2 each (the wife, her ID and mobile);
#   html_gmail_father_for_student_taiwan full_name, national_id, birth_date 2 each (the
#   father's first line, his 1968 birth date); docx_brother_for_sister_japan national_id,
#   birth_date, phone 2 each (the brother's); pdf_typed_wife_remittance_tax full_name 2
#   (the wife).
# - a relative's Thai number over the applicant's foreign one: plain_mother_for_son_korea
#   phone 2 (the mother's 091-882-4530), plain_japan_student_iphone phone 2 (the mother
#   who collects, 089-447-1102), docx_poa_from_taiwan_to_mother phone 2 (the mother's, the
#   ผู้รับมอบอำนาจ).
# - a Taiwan number in its local form read as Thai: html_gmail_father_for_student_taiwan
#   phone 2 ("เบอร์ลูก (ไต้หวัน) 0912-345-678" taken as +66912345678).
# - a forwarded letter's box: html_outlook_japan_employer_forward email 2 (the employer's
#   HR, hr@toyoda-seiko..., not the intern's own From box).
# Missing, 49:
# - html_outlook_japan_employer_forward everything but e-mail, 14 (the intern's lines
#   above an Outlook forward of his employer's English/Japanese letter).
# - foreign mobiles not taken where they are the only phone: plain_taiwan_worker_android
#   2 (+886 912-345-678), html_gmail_sister_for_brother_israel 2, html_webform_married_abroad
#   2 (+49, +81 80), pdf_fillable_abroad_notice 2 (field phone_abroad),
#   pdf_typed_embassy_certified 2 (+82 10 ...), xlsx_migrant_survey_row 2,
#   xlsx_sister_payments_sheet 2; and the Thai one beside a foreign one:
#   html_gmail_korea_worker_table 2 (row "เบอร์ไทย (ยังใช้อยู่)"),
#   pdf_typed_student_japan_letter v2.
# - birth dates written the foreign way: plain_japan_student_iphone 2 ("生年月日
#   2002/04/15", "2003年5月27日"), pdf_typed_student_japan_letter 2 ("date of birth 15
#   April 2002").
# - the Thai address: plain_japan_student_iphone address 2 (after "ภูมิลำเนาตามทะเบียนบ้าน"
#   in a run-on line); html_gmail_father_for_student_taiwan address 2, postal code and
#   province v2 (after "ทะเบียนบ้าน"); xlsx_migrant_survey_row address, postal code,
#   province 2 each (column "บ้านเลขที่/ที่อยู่ในไทย" of a survey row).
# - xlsx_sister_payments_sheet full_name 2 (the head row "เจ้าของบ้าน").
# Right everywhere else: the Israel worker's reply over the อบต.'s quoted answer (both his
# numbers, never the officer's line), the Gulf letters (Doha/Riyadh block top right never
# the address), the surname change after a marriage abroad (the husband's passport and
# birth date never hers), the power of attorney's ผู้มอบอำนาจ (never the mother, the
# trade office's reference or line), the Korean 13-digit alien registration number never
# an ID, passports, ARC, QID, Iqama and MTCN (0627418853) never an ID or a phone.
# After the fixes on fix79 (each commit names its rule and what it moved): 288/308 right
# (0.935), 16 wrong flagged, 0 wrong without a flag (0.000%), 4 missing. By kind
# (right/fields; flagged, silent, missing): plain 66/74 (8, 0, 0), HTML 72/80 (6, 0, 2),
# Word 61/62 (1, 0, 0), PDF 61/62 (1, 0, 0), sheet 28/30 (0, 0, 2). What changed:
# - an address abroad (a foreign script or country, no Thai area) yields to a Thai home
#   that names its ตำบล, อำเภอ, province or postal code, whatever its label (address_abroad;
#   a bare Thai house number beside it leaves it the address, as set 8 rules): silent 4 -> 0;
# - a number abroad with its country code is the phone, E.164 ("+886912345678"), always
#   flagged foreign_phone (foreign_phone, validate.normalise_any_phone); written locally
#   after a country's name ("เบอร์ลูก (ไต้หวัน) 0912-...") it takes that country's code,
#   after "abroad" alone it is not read as Thai; numbers in sentences rank in the text's
#   order; labels โทรศัพท์ต่างประเทศ, ที่อยู่ในไทย (a survey sheet's columns);
# - a writer who names herself the kin of one (ภรรยาของ, พี่ชายของ; never a child's name) and
#   asks for him (แทน, ในนาม, ผู้ยื่นแทน) writes for him (acting_for); a number after MTCN, a
#   slip's, account's or passport's words is no phone: the brother's and the wife's
#   silent name and phone -> right;
# - a birth date after 生年月日, 出生日期, 생년월일, "date of birth", DOB, written 2002/04/15,
#   2003年5月27日 or 15 April 2002; parse_date reads year-month-day in Han;
# - a note above a forward that gives a valid ID over a forwarded mail that gives none is
#   the sender's own request (the intern's Outlook forward of his employer's letter);
# - an address in a sentence after ทะเบียนบ้าน with its number right after it.
# Left, by kind: the wife in Qatar who writes "ภรรยาของ <him> <his ID>" with no word that
# she asks for him, and the father's "ผม <father> ... เป็นพ่อครับ / ลูกสาว <her>" (a
# parent's letter is his own request by set 61): flagged, 12; a relative's Thai number
# where the one abroad gives his number only in its local form with no country beside it
# ("010-4821-7735", "052-418-3396", "090-3318-2471": no country code to give it), flagged
# 4, missing 2; the payments sheet's head row "เจ้าของบ้าน <him>" (a house owner's role is
# another party in set 80's land and houses), missing 2.
# Floors: each style below 0.99 at its accuracy after the fixes, rounded down; silent none.
FLOORS: dict[str, float] = {
    "plain_mother_for_son_korea": 0.937,  # first 0.875
    "plain_japan_student_iphone": 0.937,  # first 0.625
    "plain_wife_for_husband_qatar": 0.571,  # first 0.571
    "html_outlook_japan_employer_forward": 0.937,  # first 0.0
    "html_gmail_sister_for_brother_israel": 0.937,  # first 0.875
    "html_gmail_father_for_student_taiwan": 0.625,  # first 0.25
    "docx_brother_for_sister_japan": 0.937,  # first 0.5
    "pdf_typed_embassy_certified": 0.937,  # first 0.875
    "xlsx_sister_payments_sheet": 0.857,  # first 0.714
}
SILENT_NOW = 0 / 308  # first sight eight; none after fix79

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Eight of 308 at first sight (the address abroad, a wife's phone, a brother's name);
    # none after fix79.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
