"""Accuracy on a hundred-and-twenty-fourth set of requests written by others (issue 8):
RETIRED LOCAL OFFICIALS, PENSIONERS AND THEIR HEIRS in the south, to เทศบาลนครสงขลา,
เทศบาลเมืองพัทลุง and เทศบาลนครตรัง. A retired municipal official's pension (his pension
number ทบ.0451/2560-style, his old position number 3-01-012-2-005-style) and the yearly
หนังสือรับรองการมีชีวิต (his own iPhone mail, an e-service notification, the certificate
signed by a ปลัดเทศบาล or a กำนัน with the certifier's own ID); a son in Bangkok writing for
his bedridden father (the son's ID, condo, mobile, box); a widow claiming the บำเหน็จตกทอด
(a LINE chat forwarded as text, an Outlook table with the dead husband's rows above hers,
a fillable form with deceased_* and claimant_* fields, an heirs' sheet with the husband's
row first and the children's after); the education allowance (เงินช่วยการศึกษาบุตร) with
each child's name, ID, birth date, school, receipt number and fee (Outlook plain, แบบ 7223
in Word, a sheet); medical reimbursement for a spouse or a parent (Gmail with the patient's
ID, HN and receipts; แบบ 7131 in Word; a typed letter with Thai digits; a dialysis
receipts sheet); a change of the pension's bank account (a web form's notification, a
fillable form, a father's หนังสือมอบอำนาจ to his son); a veteran's widow (the veteran's
card, his ID, the family card's number; her daughter's typed letter for her).

unseen_requests_124.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style). Rulings followed: set 28
(the person who asks), sets 31/63 (a service for one person asked by another is the one
it is for: the bedridden father or mother, never the son or daughter who writes), set 37
(where only another's phone is given, phone `()`). So the APPLICANT is the pensioner (also
where his child writes or holds his power), the WIDOW who claims the death grant (hers as
heir; the dead husband's and the co-heirs' values never), the CLAIMANT of an education
allowance or a medical reimbursement (the right and the money his; the child's, spouse's
or parent's name, ID and birth date never), the veteran's widow (the veteran's card and ID
never). Pension, position, receipt, HN, bank account, death certificate and veteran's card
numbers and amounts are never an ID or a phone; birth date only the applicant's, where
written. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_124 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_124.py -s -p
# no:randomly, set at 714e8bd on main's ae6b05c), 20 styles, 40 requests, 302 fields, all
# scored (no n/a; every request read as general_request): 258/302 right (0.854), 22 wrong
# flagged, 4 wrong without a flag (1.325%), 18 missing; 134 of the right values flagged
# for a look. By kind of input (right/fields; flagged, silent, missing): plain 53/77 (8,
# 2, 14), HTML 59/59, Word 60/60, PDF 46/62 (12, 2, 2), sheet 40/44 (2, 0, 2). Every
# miss, all forty-four:
# Silent, 4:
# - the son's ID as his bedridden father's: plain_gmail_son_bedridden_father national_id
#   2 (1101400567235, 1102700445195: the son's "เลขประจำตัวประชาชน" under his signature,
#   below the father's "เลขประจำตัวประชาชนของบิดา" line, which was not taken).
# - the daughter who writes and signs as the widow: pdf_typed_daughter_for_widow
#   full_name 2 (นางวรรณา จันทร์หอม, นางสาวปิยะนุช ทองขาว: "ข้าพเจ้า <daughter> ...
#   บุตรสาวของ <mother>"; the mother is the one the certificate is for, sets 31/63).
# Flagged, 22:
# - the son's or daughter's other values: plain_gmail_son_bedridden_father full_name,
#   address, postal code, province 2 each (the son's name, his Bangkok home 10230/10220);
#   pdf_typed_daughter_for_widow national_id, address, postal code, province 2 each (her
#   ID, her block top right: โคกหล่อ ตรัง 92000, หาดใหญ่ สงขลา 90110).
# - the dead husband's section of a fillable form as the widow's: pdf_fillable_widow_grant
#   full_name and national_id 2 each (deceased_name, deceased_id: นายประยูร นาคสุวรรณ
#   3920600111365, นายสุรชัย หนูนวล 3920100114209; her claimant_* fields not taken).
# - the patient's row of a receipts sheet as the claimant: xlsx_medical_receipts_sheet
#   full_name 2 (ผู้ป่วย นางสายสุนีย์ ชูแก้ว, นายเจือ หมาดทิ้ง over ผู้ขอเบิก).
# Missing, 18: plain_line_forward_widow_grant full_name, national_id, birth_date, phone,
# address, postal code, province 2 each (a LINE export: "09:12<TAB>name<TAB>text" lines;
# nothing of hers read, only her box from the header); pdf_fillable_widow_grant email 2
# and xlsx_medical_receipts_sheet email 2 (her or his own box in From, not taken where the
# name read was another's).
# Right everywhere else: the pensioner's own mails (iPhone, web form with title, first
# and last name in three lines, e-service table), the widow's Outlook table under the
# husband's rows, the heirs' sheet (the widow's row, never the husband's or children's),
# แบบ 7223 and 7131 in Word (the spouse, children and parent never), the certificate
# signed by a ปลัดเทศบาล or กำนัน (his ID never), the father's หนังสือมอบอำนาจ (the son never),
# the claimant's typed letter with Thai digits; pension, position, receipt, HN, account,
# death certificate and veteran's card numbers never an ID or a phone; no child's,
# patient's, husband's or letter's date as a birth date.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO). One mend before the first run, while checking that the
# expected values are written (no reader run): the web form gives คำนำหน้า, ชื่อ and
# นามสกุล on three lines, so "first last" without the title is accepted beside the full
# name (302 fields before and after).
# Rulings and doubts: the widow of a death grant is taken as the applicant because she asks
# and the grant is hers as heir (not a service for the dead husband); a claimant of an
# education allowance or a medical reimbursement the same (the right is his, the child or
# patient another). A reader that takes the deceased_* or ผู้ป่วย section first is wrong,
# but flagged here.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down.
# After stop 55's fixes (fix124; rules by kind, each with a unit test on made-up text):
# 302/302 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 77/77, HTML 59/59,
# Word 60/60, PDF 62/62, sheet 44/44.
# - A grown child's own line in a mail ("ผม/กระผม/ดิฉัน <him> [ID] [เป็น]บุตรของ <parent>")
#   where the parent is in need is written for the parent; not a reimbursement (ขอเบิก)
#   nor a complaint, which are the child's own (acting_for, test_child_asks_for_parent);
#   "ติดต่อข้าพเจ้าได้ที่" ends what is said of the parent (said_of_subject); a fillable
#   form's deceased*/heir* boxes, and patient_* beside claimant_*, are another's
#   (pdf_form, test_form_parts_of_others); a sheet's patient row under a claimant's is
#   behind (case_party_row, role_words.CLAIMANT/PATIENT); a chat's "ของ" is not "ขอ"
#   (chat_transcript); an ID in a "ของ<kin>" clause is that relative's (kins_clause).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 302  # first sight: the son's ID 2, the daughter's name 2

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Four of 302 at first sight: held there, so a fifth silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
