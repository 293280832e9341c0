"""Accuracy on a hundred-and-ninth set of requests written by others (issue 8): CHILD AND
ELDER CARE, to the เทศบาลเมืองยโสธร, the เทศบาลตำบลกุดชุม and the อบต. ทุ่งแต้, เดิด, ย่อ,
น้ำคำใหญ่ and หนองหมี (Yasothon), the เทศบาลเมืองอำนาจเจริญ, the เทศบาลตำบลพนา and the อบต.
นาจิก and นาหมอม้า (Amnat Charoen), the เทศบาลนครอุบลราชธานี, the เทศบาลเมืองวารินชำราบ, the
เทศบาลตำบลเขื่องใน and the อบต.กระโสบ (Ubon Ratchathani). Enrolling a small child at a
ศูนย์พัฒนาเด็กเล็ก (a mother's iPhone mail, a grandparent's LINE chat forwarded by the
centre's teacher, the ศพด.'s form over dotted lines in Thai digits, a fillable form with
child_* and guardian_* fields, a sheet with a column per person); school milk and lunch (a
school's Outlook mail for the term's budget signed by its director, with the coordinating
teacher's mobile, the school's code and bank account; a parent's Gmail reply over the
clerk's quoted mail complaining of spoiled milk or short lunches; a parent's sheet on a
pupil's milk allergy with a doctor's licence and an HN); the elderly school (a web form's
plain notification, filled by the elder or a grandson; a Word table with an emergency
contact; a wife's typed letter for herself and her husband); an elder living alone (a
niece's or nephew's Gmail, the city's e-service table with an อสม.'s or a neighbour's rows,
a daughter's or son's typed letter with her block top right and the mother's landline);
long-term care (a CG's monthly report from Outlook for Android, a fillable care plan in
Thai field names with the CG's, relative's and CM's fields, a CG's visit log with date
cells, a รพ.สต.'s letter asking a bathroom and a bed, signed by its director and naming
the CM); a grandmother asking the child support grant for a grandchild she raises (her
Gmail table; the aunt's Gmail list); a child-care teacher's บันทึกข้อความ asking aid for a
grandparent raising grandchildren (the children's table with their IDs).

unseen_requests_109.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, set 63's builder and test, set 62's test, the helpers
they import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs), 31/63
(a service for one person asked by another is the one it is FOR; set 64: a child's place
at a ศพด. is the child's), 37 (where only another's phone is given, phone `()`) and 95 (a
mother asking the newborn grant is the applicant). So the APPLICANT is: the CHILD whose
place at the ศพด. or milk substitute it is (her name with เด็กหญิง or ด.ญ., her ID, birth
date, home; phone and e-mail `()`), never the parent, grandparent or teacher; the ELDER a
home visit, a care report, a care plan, a CM's letter or an elderly school place asked by
another is for (her phone only where written as hers, her box only where she sends or
gives it), never the niece, nephew, son, daughter, grandson, อสม., neighbour, CG, CM,
relative or headman; the elder who enrols herself (her husband beside her never); the
GRANDMOTHER who asks the child support grant (the grandchild, the mother, the aunt who
sends never); the GRANDPARENT a teacher's memo names ผู้ขอรับความช่วยเหลือ; the PARENT who
complains (birth date not given: `()`; the child's never); for a school, its DIRECTOR who
signs (no ID: `()`), the school's place, line (or her own mobile) and box. Address where
the applicant lives (with or without the village's name, เลขที่, province, postal code);
never a school's (but for its director), a รพ.สต.'s, a hospital's or a writer's home
elsewhere. School codes, student numbers, HNs, CG certificates, อสม. cards, care plan,
request and letter numbers, milk lots, bank accounts, BP, ADL and DTX figures are never an
ID or a phone; birth date only the applicant's. Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_109 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_109.py -s -p
# no:randomly, set at 81b03ac on main's 6eef80b), 20 styles, 40 requests, 318 fields of
# which 316 scored: 274/316 right (0.867), 29 wrong flagged, 11 wrong without a flag
# (3.481%), 2 missing, 2 n/a (birth_date of html_gmail_reply_parent_complaint: read as
# complaint, which has none); 132 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 70/80 (8, 2, 0), HTML 52/60 (6, 2, 0),
# Word 60/64 (4, 0, 0), PDF 52/64 (8, 4, 0), sheet 40/48 (3, 3, 2). Every miss, all
# forty-two:
# Silent, 11:
# - the CG's mobile as the elder's: plain_outlook_android_cg_report phone 2 (+66914482037,
#   +66827751390: the CG's "โทร" under ผู้รายงาน / her CG line; the elder gives none, `()`).
# - the one who reports for the elder: html_eservice_elder_visit email v1
#   (wanida.sb@gmail.com, the อสม.'s box in the ผู้แจ้ง rows) and phone v2 (+66659981720,
#   the neighbour's mobile in the ผู้แจ้ง rows, over the elder's own landline 045-254-318
#   in the ผู้สูงอายุ rows).
# - the guardian's section of a fillable ศพด. form: pdf_fillable_cdc_child_guardian phone 2
#   (guardian_phone: the mother's +66648821935, the grandfather's +66817452290) and email
#   v1 (guardian_email benjawan.mw@gmail.com); the child's own fields read right.
# - the husband beside the wife who writes: pdf_typed_wife_and_husband national_id v2
#   (3349900055197, นายสมัย's ID after "พร้อมด้วยสามี คือ"; hers, 3349900174021, comes
#   first after "ข้าพเจ้า นางสมพร").
# - the parents' column of a sheet with a column per person: xlsx_cdc_column_per_person
#   phone v1 (+66958832140, the father's column) and email 2 (the mother's box in her
#   column, rattiya.wc@gmail.com, kanjana.tps@gmail.com; she also sends the mail).
# Flagged, 29:
# - the adult who writes named for the child: plain_iphone_mother_enrols full_name 2 (v1 the
#   father "นายอนุชา พรมมา" of the พ่อ line, with his ID 1350100088461 as national_id; v2 the
#   mother who writes "ดิฉันนางสาวศศิธร บุญศรี เป็นแม่ของ..."); plain_line_grandparent_
#   daycare full_name v1 (the grandmother "นางบัวผัน แก้วบุญเรือง" from her own chat line).
# - the child's form, another's ID: docx_cdc_form_dotted national_id 2 (v1 the grandmother's
#   3350100661248 from the ผู้ปกครอง part, v2 the mother's 1350100194333; the child's name,
#   birth date and address read right).
# - the writer or a relative named for the elder: plain_outlook_android_cg_report full_name
#   v1 (the CG); plain_webform_elderly_school full_name 2 (v1 "ความเกี่ยวข้อง: -", a label of
#   the empty ผู้กรอกข้อมูลแทน part; v2 the grandson who fills); html_eservice_elder_visit
#   full_name and national_id 2 (the อสม.'s, the neighbour's from the ผู้แจ้ง rows);
#   docx_rpst_cm_letter full_name 2 (v1 the disabled son "นายสมศักดิ์ ทองคำ" the elder lives
#   with, v2 the รพ.สต.'s director who signs); pdf_typed_child_far_away full_name 2 (the
#   daughter, the son who write and sign) and v2 national_id, address, postal code,
#   province (the son's ID and his Chonburi block top right, 199/12 หมู่ 3 หนองขาม 20230).
# - the writer's or a contact's phone for the elder's: plain_gmail_niece_elder_alone phone
#   v1 (the niece's 061-992-4508 over the aunt's keypad mobile 085-440-7713);
#   pdf_typed_child_far_away phone v1 (the daughter's mobile over the mother's landline
#   045-391-226); xlsx_cg_visit_log phone v2 (the CG's row "โทร CG" over "โทรศัพท์ผู้รับ
#   บริการ 093-504-7762").
# - the coordinating teacher's mobile for the director's: html_outlook_school_milk_director
#   phone 2 (084-221-9957, 0897365512, in the body's "มอบหมายให้ ... เป็นผู้ประสานงาน"
#   over the school's line and, in v2, the director's own mobile in the signature).
# - the husband's birth date: pdf_typed_wife_and_husband birth_date v2 (1953-04-01).
# - a row read across its columns: xlsx_cdc_column_per_person full_name 2 (the child's, the
#   father's and the mother's names joined, "เด็กชายศุภกร วงศ์ชัย นายอนุรักษ์ วงศ์ชัย
#   นางรัตติยา วงศ์ชัย").
# Missing, 2: xlsx_cdc_column_per_person birth_date 2 (v1 a date cell, v2 "9 ก.ย. 2566", in
#   the child's column of the วันเกิด row).
# Right everywhere else: the grandmother's grant (her table and the aunt's list; the
#   grandchild's and the mother's values never), both complaints over the clerk's quote,
#   the elderly school's Word table (the emergency contact never), the teacher's memo (the
#   children's table never), the fillable care plan (the CG's, relative's and CM's fields
#   never), the milk-allergy sheet (the parent's rows, the doctor's licence and HN never),
#   the CG log's head block v1, school codes, milk lots, HNs, CG certificates, อสม. cards,
#   bank accounts and the LINE chat's bare 13-digit numbers never a phone.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO).
# Rulings and doubts: a child's place at a ศพด. is the child's request (sets 31/63 as set 64
# applied it; set 61 had ruled the parent who enrols): under set 61's rule v2 of
# plain_iphone_mother_enrols would be right and the child's expectations would move to
# the mother (the father of v1 right under neither). The grandmother's child support grant
# follows set 95's newborn grant (the one who asks, not the child). A school's milk and
# lunch budget is its director's (set 28), no ID given.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down to 3 decimals;
# SILENT_NOW the first sight's silent share.
# After stop 52's fixes (fix109; rules by kind, each with a unit test on made-up text):
# 310/316 right (0.981), 6 flagged, 0 silent, 0 missing. By kind: plain 75/80 (5, 0, 0),
# HTML 60/60, Word 64/64, PDF 64/64, sheet 47/48 (1, 0, 0).
# - the lead's, before the fixes: a child applicant's phone and box are a parent's
#   (child_named.the_applicant_a_child, review child_contact): six of the eleven silent
#   flagged; one more by named_beside (test_named_beside).
# - a report's writer (ผู้รายงาน) is an informant, rows under "ข้อมูลผู้แจ้ง" behind the
#   one helped (informant_behind, test_informant_rows); an ID after another's name and
#   age is his (prose, test_companion_ids); a grown child asking care for "มารดา/บิดา"
#   named with her ID, a health centre's "ออกเยี่ยมบ้าน ... พบว่า นาง..." (helped_for,
#   test_child_asks_for_parent, test_health_unit_letter); a sheet with a column per
#   person reads the child's (xlsx_form, test_sheet_person_columns); an office asking for
#   itself keeps its signature's contacts (office_sender_box, test_body_asks_for_itself);
#   ผู้กรอกข้อมูลแทน a proxy's part (body_form, test_filled_in_for); the ID under the
#   applicant's labelled name is hers, unsure (beside_name, test_child_form_ids).
# Left (flagged): child or parent enrolling (sets 61 and 64 ruled both ways: two_people);
# a kin-labelled "โทรศัพท์ของป้า" and a CG log's row over the elder's own.
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "plain_iphone_mother_enrols": 0.812,
    "plain_line_grandparent_daycare": 0.937,
    "plain_gmail_niece_elder_alone": 0.937,
    "xlsx_cg_visit_log": 0.937,
}
SILENT_NOW = 0 / 316  # first sight: eleven

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Eleven of 316 at first sight.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
