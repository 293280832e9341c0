"""Accuracy on a hundred-and-eleventh set of requests written by others (issue 8): THE
DISABILITY ALLOWANCE AND THE DISABILITY CARD (เบี้ยความพิการ, บัตรประจำตัวคนพิการ) in the
South, to the อบต.ท่ามิหรำ and เทศบาลเมืองพัทลุง, เทศบาลนครนครศรีธรรมราช and the พมจ.สงขลา
(real tambon, amphoe and postal codes of นครศรีธรรมราช, พัทลุง and สงขลา). Registering for
the allowance and the card, renewing a card, changing the payee after a court's order,
months not paid, a caregiver's own loan from the disability fund; written by daughters,
sons and wives who care (ผู้ดูแลคนพิการ: their IDs, homes elsewhere, mobiles, boxes, bank
accounts), a court's ผู้อนุบาล and ผู้พิทักษ์ (red case numbers), อสม. (their card numbers,
IDs, mobiles), a hospital's social worker and a รพ.สต.'s nurse (HN, AN, ICD-10, the
doctor's ว. licence, the hospital's lines and addresses), and by people with a disability
themselves (a deaf man's signer's Thai, a blind woman's thumbprint power of attorney).
Plain: a daughter's iPhone mail, an อสม.'s mail with a pasted LINE chat (the ID in Thai
digits), a deaf man's own Gmail on Android, a ผู้อนุบาล's mail (an account of ten digits
opening 0), a social worker's Outlook for Android. HTML: a son's Gmail reply over the
officer's quoted mail, an e-service notice's table (คนพิการ rows, then ผู้ยื่นแทน rows), a
รพ.สต. nurse's Outlook with its signature, a caregiver's Gmail list for her own loan (her
child's card number beside hers). Word: the allowance form over dotted lines (the
ผู้ยื่นคำขอแทน block, a ธ.ก.ส. account), a ผู้พิทักษ์'s table letter, a thumbprint power of
attorney (an อสม. as witness), a รพ.สต.'s official letter. PDF: a fillable card form named
Text1..Text12, a fillable form with split names and parts (pwd_*, cg_*), a hospital's typed
certificate, an อสม.'s typed visit report. Sheets: an อสม.'s survey sheet (the ID as a
number cell), a workbook with the caregiver's sheet before the person's, a hospital's
referral row.

unseen_requests_111.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down
before measuring (the builder's docstring and WHO say them per style). Rulings followed:
set 28 (the person who asks), sets 31/63/81/102 (a service for one person asked by another
is the one it is FOR: the person with a disability, also a court's ward and a disabled
child; never the caregiver, guardian, อสม., nurse, social worker or doctor who writes),
set 37 (where only another's phone is given, phone `()`). A caregiver's own loan as
ผู้ดูแลคนพิการ is hers. The number on a บัตรประจำตัวคนพิการ is the holder's 13-digit ID. Phone
the applicant's own where given as his, else `()`; e-mail only from the applicant's own
box. Address where the applicant lives (the registered home over a stay while treated).
An อสม.'s card number, HN, AN, a ว. licence, a court's case number, a bank account, a
letter's or a request's number is never an ID or a phone; a card's issue or expiry, a
visit's, an order's or an admission's date never a birth date. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_111 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_111.py -s -p
# no:randomly, set at 0cfffbb on main's 51390cb), 20 styles, 40 requests, 316 fields, all
# scored (no n/a): 284/316 right (0.899), 24 wrong flagged, 8 wrong without a flag
# (2.532%), 0 missing; 197 of the right values flagged for a look (69.4%). By kind of input
# (right/fields; flagged, silent, missing): plain 72/80 (4, 4, 0), HTML 58/62 (4, 0, 0),
# Word 60/62 (2, 0, 0), PDF 61/64 (3, 0, 0), sheet 33/48 (11, 4, 0). Every miss, all
# thirty-two (the harness lists six a style: xlsx_sheet_per_person's last three were read
# back by reading its two mails again through unseen_harness.read):
# Silent, 8:
# - a writer's or a hospital's number as the applicant's phone, where only others' are
#   given (set 37: `()`): plain_line_chat_osm_forward phone 2 (the อสม.'s own mobile under
#   her signature, 092-881-4403 / 063-112-7794; the son's in the chat not taken);
#   plain_outlook_hospital_social_worker phone 2 (the hospital's line "074-613-400 ต่อ
#   1125" read +6674613400; the wife's mobile not taken); xlsx_hospital_referral_row phone
#   2 (the same line in the sheet's head row, over the "เบอร์ญาติ" column);
#   xlsx_sheet_per_person phone 2 (the caregiver's มือถือ on the first sheet "ผู้ดูแล",
#   0928847713 / 0897115643).
# Flagged, 24:
# - the one who writes or signs named as the applicant: plain_line_chat_osm_forward
#   full_name 2 (the อสม.: นางสุดา คงแก้ว, นางละเอียด ทองขาว, over the father in the pasted
#   chat); plain_outlook_hospital_social_worker full_name 2 (the social worker, นางสาว
#   กนกวรรณ เพชรสุวรรณ, over "ผู้ป่วย <name>"); docx_rpst_official_letter full_name 2 (the
#   รพ.สต.'s director who signs, นายไพโรจน์ หนูชูสุข, over the patient in the body);
#   pdf_typed_hospital_certificate full_name 2 (the doctor with the label's tail,
#   "แพทย์หญิงศิริพร ณ นคร ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่", over "ชื่อ <patient> HN ...").
# - the caregiver's sheet before the person's: xlsx_sheet_per_person full_name 2,
#   national_id 2 (นางจารุณี ทองขาว 3939900288048, the child's mother; นางสาวรัชนี ชูแก้ว
#   1930100663125), address, postal code, province v2 (her home in ควนมะพร้าว, พัทลุง 93000,
#   not พะวง, สงขลา 90100; v1's mother lives with her child: right by the same home).
# - a hospital's or a รพ.สต.'s place and line: xlsx_hospital_referral_row address 2 (the
#   hospital's "ถนนอภัยบริรักษ์ ตำบลคูหาสวรรค์ ..." head row) and postal code v1 (93000 for
#   93130); html_outlook_rpst_nurse_referral v2 phone (the รพ.สต.'s line 074-682-115 over
#   the patient's own "ติดต่อผู้ป่วยได้โดยตรงที่เบอร์ 061-445-2870"), postal code and
#   province (93110, พัทลุง: the รพ.สต.'s, not ระโนด, สงขลา 90140; the address read right).
# - html_gmail_reply_missing_months postal code v2 (80000, the son's or the quoted
#   office's, for the father's registered home in ร่อนพิบูลย์ 80130; the address read right;
#   v1's 80000 is right by the same code).
# - pdf_fillable_split_names address v2 (the cg_addr field, 99/14 หมู่ 2 ควนมะพร้าว, over
#   the pwd_house..pwd_zip parts; postal code and province read right from pwd_zip and
#   pwd_province).
# - xlsx_osm_survey_sheet phone v2 (the อสม.'s "โทร" in the head rows, over the person's
#   own "โทรศัพท์" row; v1's "ไม่มี" left it right).
# Missing, 0.
# Right everywhere else: the daughter's iPhone mail and the allowance form over dotted
# lines (the daughter's ID, home, mobile and the ธ.ก.ส. account never taken), the deaf
# man's own mail (his SMS mobile, his mother's never), the ผู้อนุบาล's mail (his ID, home,
# phone, the court's red number and the account opening 0 never), the e-service table
# (ผู้ยื่นแทน rows never), the caregiver's own loan (hers; the child's card number never),
# the ผู้พิทักษ์'s table letter, the thumbprint power of attorney, the Text1.. card form
# (ผู้ดูแล and doctor fields never), the อสม.'s typed visit report (her block on top never),
# IDs in Thai digits and as a number cell, B.E. dates in parts.
# Rulings and doubts: the rpst letter's director signs for a body (set 28's words) but
# the letter asks a service for the patient (sets 31/63): the patient, as written before
# the run. The son's reply gives the father's registered home and a stay with the son: the
# registered home, as written before the run. No builder slips found: each miss's value
# was printed and read back against the conventions (the builder's WHO); the builder is
# unchanged since the blind commit.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; SILENT_NOW the
# first sight's silent share (eight of 316).
# After stop 53's fixes (fix111 and the lead's applicant_in_doubt; rules by kind, each with
# a unit test on made-up text): 316/316 right (1.000), 0 flagged, 0 silent, 0 missing. By
# kind: plain 80/80, HTML 62/62, Word 62/62, PDF 64/64, sheet 48/48.
# - the lead's review flag applicant_in_doubt (a phone or e-mail beside a flagged or
#   missing name, test_applicant_in_doubt), committed before this set's fixes, flagged all
#   eight silent phones (284 -> 292/316, 0 silent).
# - a health worker who sends on ("ขอส่งต่อข้อมูล") someone in care passes on another's
#   request: her part's phones and boxes are no surer than prose (passes_on
#   SENDS_ON_CARED_FOR, test_patient_data_sent_on); a sheet's head block is a health
#   unit's where its title names the unit and its patients or a caption her post
#   (health_workers_head, test_health_workers_sheet_head); a workbook's tabs named by a
#   person's part head their sheets (sheet_tabs, test_sheet_tab_parts).
# - a name ends before HN/AN or a licence, a medical certificate's doctor is no applicant
#   (values, body_form, test_disability_certificate); the patient is found after a health
#   unit's "ได้ตรวจเยี่ยมบ้าน", on a line his part opens, as the parent a relative names
#   in a pasted chat, after "ได้แก่" (helped_for, test_health_unit_letter); a bracketed
#   name is an aside (said_of_subject); a registered home's own postal code and province
#   over a code said alone (tail_beside_address, test_registered_home_tail); a proxy's
#   whole address does not stand in for the applicant's boxes (address_parts,
#   test_proxy_whole_address).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 316  # first sight: eight silent

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Eight of 316 at first sight: one more silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
