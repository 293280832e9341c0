"""A grown child (or grandchild) living elsewhere writes for a parent who lives alone:
"ข้าพเจ้า <her> ... เป็นบุตรสาวของ นาง<mother> อายุ 80 ปี เลขประจำตัวประชาชน ...", then
asks the town to visit or care for "มารดา". The request is the parent's (sets 31/63):
her name, ID and home, never the writer's, whose own block sits top right. Where the
writer only names the parent and asks for herself (an heir's share), she stays the
applicant. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CHILD = with_check_digit("310050044128")
PARENT = with_check_digit("365010019337")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kanokwan <kanokwan.s@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_parent_a_child_asks_care_for_is_the_applicant() -> None:
    case = _mail(
        "44/8 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400\n\n"
        "เรื่อง ขอความอนุเคราะห์เยี่ยมบ้านผู้สูงอายุ\nเรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD}\n"
        "เป็นบุตรสาวของ นางทองสุข สุขเจริญ อายุ 81 ปี เลขประจำตัวประชาชน\n"
        f"{PARENT} อยู่บ้านเลขที่ 9 หมู่ที่ 2 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก\n"
        "65130 ซึ่งอยู่คนเดียว ข้าพเจ้าจึงขอความอนุเคราะห์ให้เจ้าหน้าที่\n"
        "ไปเยี่ยมมารดาเดือนละครั้ง\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางทองสุข สุขเจริญ"
    assert case.fields.get("national_id") == PARENT
    assert case.fields.get("postal_code") in ("65130", None) or case.issues.get("postal_code")


def test_a_child_who_asks_for_herself_stays_the_applicant() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD}\n"
        f"เป็นบุตรสาวของ นางทองสุข สุขเจริญ เลขประจำตัวประชาชน {PARENT} ผู้ถึงแก่กรรม\n"
        "ข้าพเจ้าขอรับเงินค่าทำศพตามสิทธิของทายาท\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"


# A daughter far away who gives her mother's ID and home as the mother's ("เลขบัตร
# ประชาชนแม่", "บ้านแม่อยู่") and asks for the mother's own animals or field, without a
# word of care (set 113): the request is the mother's; the daughter's mobile and her own
# place of work, written after it, are hers.
def test_the_parent_whose_id_a_child_labels_as_the_parents_is_the_applicant() -> None:
    case = _mail(
        "เรียน ปศุสัตว์อำเภอวังทอง\n\n"
        f"หนูชื่อนางสาวกนกวรรณ สุขเจริญ เป็นลูกสาวของนางทองสุข สุขเจริญ เลขบัตรประชาชนของแม่ {PARENT}\n"
        "บ้านแม่อยู่ 9 หมู่ที่ 2 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130\n"
        "แม่เลี้ยงกระบือ 4 ตัว ป่วยไม่กินหญ้า 1 ตัว อยากให้เจ้าหน้าที่ไปตรวจค่ะ\n"
        "ติดต่อหนูได้ที่ 086-201-7745 ค่ะ (หนูทำงานอยู่ที่ 44/8 ถนนพหลโยธิน แขวงสามเสนใน "
        "เขตพญาไท กรุงเทพมหานคร 10400)\n\nขอบคุณค่ะ\nกนกวรรณ\n"
    )
    assert case.fields.get("full_name") == "นางทองสุข สุขเจริญ"
    assert case.fields.get("national_id") == PARENT
    assert case.fields.get("postal_code") == "65130" or case.issues.get("postal_code")


def test_an_heir_who_labels_her_late_parents_id_stays_the_applicant() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เป็นบุตรสาวของ นางทองสุข สุขเจริญ เลขบัตรประชาชนแม่ {PARENT}\n"
        "แม่เสียชีวิตเมื่อเดือนที่แล้ว ข้าพเจ้าขอรับเงินค่าทำศพตามสิทธิของทายาท\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"


def test_a_student_who_names_her_parents_id_stays_the_applicant() -> None:
    # the parent's ID labelled as his, but her own home: she asks for herself
    case = _mail(
        "เรียน ผู้อำนวยการกองการศึกษา\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เป็นบุตรของ นายทองสุข สุขเจริญ เลขบัตรประชาชนบิดา {PARENT}\n"
        "ข้าพเจ้าอยู่บ้านเลขที่ 9 หมู่ที่ 2 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130\n"
        "ขอรับทุนการศึกษาประจำปี 2569\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"


# A son in another city writes from his own box for a bedridden father in the words of a
# mail ("กระผม <son> เป็นบุตรของ <father> ...", set 124), the father's ID on a line of its
# own, the son's ID, home and mobile under his name: the visit is the father's.
SON = with_check_digit("110270031846")


def test_a_son_who_writes_as_krapom_for_his_bedridden_father() -> None:
    case = _mail(
        "เรียน งานสวัสดิการสังคม\n\n"
        "กระผม นายพีระพงษ์ ศรีวงศ์ เป็นบุตรของ นายบุญส่ง ศรีวงศ์ ผู้สูงอายุในเขตเทศบาล\n"
        f"เลขบัตรประชาชนของบิดา {PARENT}\n"
        "บิดาอยู่บ้านเลขที่ 12 หมู่ที่ 5 ตำบลท่าข้าม อำเภอหาดใหญ่ จังหวัดสงขลา 90110\n\n"
        "บิดาป่วยติดเตียง ขอให้เจ้าหน้าที่ไปเยี่ยมบ้านด้วยครับ\n\n"
        "ขอบคุณครับ\nนายพีระพงษ์ ศรีวงศ์\n"
        f"เลขประจำตัวประชาชน {SON}\n"
        "88/9 ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร 10230\nโทร 089-441-2207\n"
    )
    assert case.fields.get("full_name") == "นายบุญส่ง ศรีวงศ์"
    assert case.fields.get("national_id") == PARENT


# A daughter's typed letter, her kinship straight after her own name and ID with no เป็น
# ("ข้าพเจ้า <her> <her ID> บุตรสาวของ <mother> <her ID> ... มารดาเดินไม่ได้"): the mother's.
def test_a_daughter_whose_kinship_follows_her_id_without_pen() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD} บุตรสาวของ\n"
        f"นางทองสุข สุขเจริญ เลขประจำตัวประชาชน {PARENT} อยู่บ้านเลขที่ 9 หมู่ที่ 2\n"
        "ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130 มารดาเดินไม่ได้\n"
        "ขอให้เจ้าหน้าที่ออกไปตรวจที่บ้าน\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางทองสุข สุขเจริญ"
    assert case.fields.get("national_id") == PARENT


# The commonest of its kind: a grown child's own claim for her sick parent's hospital
# fees (an official's reimbursement is her right) and a son's own complaint about a
# neighbour's noise that keeps his bedridden mother awake: the writer asks.
def test_a_child_claiming_her_parents_hospital_fees_stays_the_claimant() -> None:
    case = _mail(
        "เรียน ผู้อำนวยการกองคลัง\n\n"
        f"ดิฉัน นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD} บุตรสาวของ นางทองสุข สุขเจริญ\n"
        "มารดาป่วยเป็นอัมพาต ดิฉันขอเบิกค่ารักษาพยาบาลของมารดา จำนวน 4,200 บาท\n\n"
        "ขอแสดงความนับถือ\nนางสาวกนกวรรณ สุขเจริญ\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"
    assert case.fields.get("national_id") == CHILD


def test_a_sons_own_complaint_naming_his_bedridden_mother_stays_his() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ผม นายพีระพงษ์ ศรีวงศ์ เลขประจำตัวประชาชน {SON} ขอร้องเรียน นายสมชาย ใจดี\n"
        "เจ้าของร้านคาราโอเกะข้างบ้าน เปิดเพลงเสียงดังทุกคืน มารดาของผมป่วยติดเตียงนอนไม่ได้\n\n"
        "ขอบคุณครับ\nนายพีระพงษ์ ศรีวงศ์\n"
    )
    assert case.fields.get("full_name") == "นายพีระพงษ์ ศรีวงศ์"
    assert case.fields.get("national_id") == SON


def test_a_sons_complaint_that_names_his_bedridden_father_by_kinship_stays_his() -> None:
    """He names himself his father's son and says the father is bedridden, but complains
    of a factory's noise: the one who complains asks (set 28)."""
    case = _mail(
        "เรียน นายก อบต.\n\n"
        f"ผม นายพีระพงษ์ ศรีวงศ์ เลขบัตร {SON} บุตรของ นายสมพงษ์ ศรีวงศ์ ซึ่งป่วยติดเตียง\n"
        "ขอร้องเรียนโรงงานข้างบ้านส่งเสียงดังทั้งคืน บิดาพักผ่อนไม่ได้\n"
        "บ้านเลขที่ 12 หมู่ 4 ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000\n"
        "โทร 081-442-7731\n"
    )
    assert case.fields.get("full_name") == "นายพีระพงษ์ ศรีวงศ์"
    assert case.fields.get("national_id") == SON


def test_a_son_asking_his_bedridden_fathers_own_allowance_writes_for_him() -> None:
    # the father's right (ผู้มีสิทธิ) is what the son asks for: the father's request
    case = _mail(
        "เรียน งานสวัสดิการสังคม\n\n"
        "กระผม นายพีระพงษ์ ศรีวงศ์ เป็นบุตรของ นายบุญส่ง ศรีวงศ์ ซึ่งป่วยติดเตียง\n"
        f"เลขบัตรประชาชนของบิดา {PARENT} บิดาเป็นผู้มีสิทธิได้รับเบี้ยความพิการ\n"
        "ขอให้เจ้าหน้าที่ไปลงทะเบียนที่บ้านด้วยครับ\n\n"
        f"นายพีระพงษ์ ศรีวงศ์\nเลขประจำตัวประชาชน {SON}\n"
    )
    assert case.fields.get("full_name") == "นายบุญส่ง ศรีวงศ์"
    assert case.fields.get("national_id") == PARENT


def test_a_son_who_says_his_name_then_his_kinship() -> None:
    case = _mail(
        "เรียน เทศบาล\n\n"
        "ผมชื่อ นายพีระพงษ์ ศรีวงศ์ ลูกชายของ นางสายใจ ศรีวงศ์\n"
        f"เลขบัตรประชาชนแม่ {PARENT} แม่เป็นอัมพาตเดินไม่ได้ ขอรถรับส่งไปโรงพยาบาลครับ\n\n"
        "นายพีระพงษ์ ศรีวงศ์ โทร 089-441-2207\n"
    )
    assert case.fields.get("full_name") == "นางสายใจ ศรีวงศ์"
    assert case.fields.get("national_id") == PARENT


def test_the_writers_own_number_after_her_mothers_values_is_hers() -> None:
    # "ติดต่อข้าพเจ้าได้ที่ ...": the daughter's mobile, never read as said of her mother
    from extractors.acting_for import ACTING_FOR

    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD} บุตรสาวของ\n"
        f"นางทองสุข สุขเจริญ เลขประจำตัวประชาชน {PARENT} มารดาเดินไม่ได้\n"
        "ขอให้เจ้าหน้าที่ออกไปตรวจที่บ้าน ติดต่อข้าพเจ้าได้ที่ 086-201-7745\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางทองสุข สุขเจริญ"
    assert case.provenance["phone"].label != ACTING_FOR
    assert case.issues.get("phone")


# A typed letter opens as official letters do, "ด้วย" glued to the writer's word
# ("ด้วยข้าพเจ้า <son> ... เป็นบุตรของ <father> ... ซึ่งป่วยติดเตียง ... จึงขอความอนุเคราะห์
# รถรับส่งผู้ป่วย", set 128), the son's own block on top: the transport is the father's.
def test_a_sons_letter_opening_duay_khapachao_for_his_bedridden_father() -> None:
    case = _mail(
        "นายพีระพงษ์ ศรีวงศ์\n88/9 ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว\n"
        "กรุงเทพมหานคร 10230\nโทร 089-441-2207\n\n"
        "เรื่อง ขอความอนุเคราะห์รถรับส่งผู้ป่วย\nเรียน ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลท่าข้าม\n\n"
        f"ด้วยข้าพเจ้า นายพีระพงษ์ ศรีวงศ์ เลขประจำตัวประชาชน {SON} เป็นบุตรของ นายบุญส่ง ศรีวงศ์ "
        f"เลขประจำตัวประชาชน {PARENT} อยู่บ้านเลขที่ 12 หมู่ที่ 5 ตำบลท่าข้าม อำเภอหาดใหญ่ "
        "จังหวัดสงขลา 90110 ซึ่งป่วยเป็นอัมพาตติดเตียง มีนัดตรวจที่โรงพยาบาลหาดใหญ่ "
        "จึงขอความอนุเคราะห์รถรับส่งผู้ป่วย\n\n"
        "ขอแสดงความนับถือ\n(นายพีระพงษ์ ศรีวงศ์)\n"
    )
    assert case.fields.get("full_name") == "นายบุญส่ง ศรีวงศ์"
    assert case.fields.get("national_id") == PARENT
    assert case.fields.get("postal_code") == "90110" or case.issues.get("postal_code")


def test_a_sons_duay_khapachao_claim_for_his_fathers_fees_stays_his() -> None:
    case = _mail(
        "เรียน ผู้อำนวยการกองคลัง\n\n"
        f"ด้วยข้าพเจ้า นายพีระพงษ์ ศรีวงศ์ เลขประจำตัวประชาชน {SON} เป็นบุตรของ นายบุญส่ง ศรีวงศ์ "
        f"เลขประจำตัวประชาชน {PARENT} ซึ่งป่วยติดเตียง ข้าพเจ้าขอเบิกค่ารักษาพยาบาลของบิดา 3,500 บาท\n\n"
        "ขอแสดงความนับถือ\n(นายพีระพงษ์ ศรีวงศ์)\n"
    )
    assert case.fields.get("full_name") == "นายพีระพงษ์ ศรีวงศ์"
    assert case.fields.get("national_id") == SON


# Her own right, her parent's illness its reason: a scholarship, a leave to nurse him.
def test_a_students_scholarship_letter_naming_her_sick_father_stays_hers() -> None:
    case = _mail(
        "เรียน นายก อบต.\n\n"
        f"ด้วยข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD} เป็นบุตรของ "
        f"นายทองสุข สุขเจริญ เลขประจำตัวประชาชน {PARENT} ซึ่งป่วยเป็นอัมพาต ครอบครัวขาดรายได้ "
        "ข้าพเจ้าจึงขอรับทุนการศึกษาประจำปี 2569\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"
    assert case.fields.get("national_id") == CHILD


def test_a_staff_members_leave_to_nurse_her_bedridden_father_stays_hers() -> None:
    case = _mail(
        "เรียน ผู้อำนวยการกองช่าง\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD} เป็นบุตรของ "
        f"นายทองสุข สุขเจริญ เลขประจำตัวประชาชน {PARENT} ซึ่งป่วยติดเตียง "
        "ข้าพเจ้าขอลากิจเพื่อดูแลบิดา 3 วัน\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"
    assert case.fields.get("national_id") == CHILD or case.issues.get("national_id")
