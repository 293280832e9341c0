"""The commonest mail: a citizen asks for herself and names another person beside her (a
late parent, a unit's head, a neighbour complained of, a mother, a condo's manager). The
rules that read a go-between's letter (a child for a parent, a leader for a member, a
neighbour for a household, a complaint's charge holder) must leave each of these the
writer's. Guards for those rules, written from the probes of stop 55. Names and numbers
invented (IDs with a valid check digit)."""

from __future__ import annotations

import pytest
from typed_mail import read
from unseen_requests import with_check_digit

HEIR = with_check_digit("310050012345")
VOLUNTEER = with_check_digit("165990034567")
NEIGHBOUR = with_check_digit("341020011223")
DAUGHTER = with_check_digit("190010045678")

CASES = {
    "an heir claims her own share of a late father's pension": (
        "เรียน นายกเทศมนตรีเมืองพัทลุง\n"
        f"ข้าพเจ้า นายธนากร แก้วมณี เลขประจำตัวประชาชน {HEIR}\n"
        "เป็นบุตรของ นายสมบัติ แก้วมณี ข้าราชการบำนาญ ซึ่งถึงแก่กรรมเมื่อวันที่ 3 มีนาคม 2569\n"
        "ขอยื่นคำขอรับเงินบำเหน็จตกทอดในฐานะทายาท\n"
        "ที่อยู่ 12 หมู่ 4 ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000\n"
        "โทร 081-442-7731\nขอแสดงความนับถือ\nนายธนากร แก้วมณี\n",
        "ขอรับเงินบำเหน็จตกทอด",
        ("นายธนากร แก้วมณี", HEIR, "+66814427731"),
    ),
    "a volunteer claims his pay, his unit's head named with his number": (
        "เรียน ปลัดเทศบาลตำบลในเวียง\n"
        f"ผม นายอำนาจ ปัญญาดี อปพร. ตำบลในเวียง เลขบัตร {VOLUNTEER}\n"
        "ขอเบิกค่าตอบแทนการปฏิบัติหน้าที่เดือนตุลาคม\n"
        "หัวหน้าหน่วย นายสมศักดิ์ อินทร์แก้ว โทร 089-771-2345 รับรองแล้ว\n"
        "ติดต่อผมได้ที่ 086-223-4410\nนายอำนาจ ปัญญาดี\n",
        "ขอเบิกค่าตอบแทน",
        ("นายอำนาจ ปัญญาดี", VOLUNTEER, "+66862234410"),
    ),
    "a complaint about a neighbour named with his house": (
        "เรียน นายก อบต.\n"
        f"ดิฉัน นางมาลี ศรีวงศ์ เลขบัตรประชาชน {NEIGHBOUR} บ้านเลขที่ 8 หมู่ 2 ตำบลบ้านฝาง "
        "อำเภอบ้านฝาง จังหวัดขอนแก่น 40270\n"
        "ขอร้องเรียนเพื่อนบ้าน คือ นายเสน่ห์ ดวงดี บ้านเลขที่ 10 หมู่ 2 เผาขยะทุกวัน\n"
        "โทรกลับดิฉัน 0912345678\n",
        "ร้องเรียนเผาขยะ",
        ("นางมาลี ศรีวงศ์", NEIGHBOUR, "+66912345678"),
    ),
    "a daughter claims her own child's allowance, her mother named": (
        "เรียน นายกเทศมนตรี\n"
        f"ดิฉัน นางสาวกมลชนก ทองดี อายุ 34 ปี เลขประจำตัวประชาชน {DAUGHTER} "
        "เป็นบุตรสาวของ นางบุญมี ทองดี\n"
        "ขอรับเงินช่วยเหลือค่าการศึกษาบุตรของดิฉันเอง คือ ด.ญ.ปาลิตา ทองดี\n"
        "ที่อยู่ 5 หมู่ 1 ตำบลท่าข้าม อำเภอหาดใหญ่ จังหวัดสงขลา 90110 โทร 0815556677\n",
        "ขอเบิกเงินช่วยการศึกษาบุตร",
        ("นางสาวกมลชนก ทองดี", DAUGHTER, "+66815556677"),
    ),
    "a condo owner complains of the juristic person, its manager named": (
        "เรียน นายกเทศมนตรีนครนนทบุรี\n"
        "ดิฉัน นางสุภาพร แสงเงิน เจ้าของห้องชุดเลขที่ 88/120 อาคาร B ชั้น 7 คอนโดริมน้ำ "
        "ถนนรัตนาธิเบศร์ ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000\n"
        "ขอร้องเรียนนิติบุคคลอาคารชุด ผู้จัดการ นายพงศ์ศักดิ์ วงศ์ใหญ่ โทร 02-580-1234 "
        "ไม่ซ่อมลิฟต์\nติดต่อดิฉัน 0863334455\n",
        "ร้องเรียน",
        ("นางสุภาพร แสงเงิน", None, "+66863334455"),
    ),
    "a wife asks a replacement of her own lost permit, her husband named": (
        "เรียน นายกเทศมนตรีเมืองสุพรรณบุรี\n"
        f"ดิฉัน นางมาลี ศรีวงศ์ เลขบัตรประชาชน {NEIGHBOUR} เป็นภรรยาของ นายเสน่ห์ ศรีวงศ์ "
        "ผู้ช่วยขายของที่แผงเดียวกัน\n"
        "ใบอนุญาตจำหน่ายสินค้าในที่สาธารณะของดิฉันสูญหาย จึงขอยื่นคำขอรับใบแทน\n"
        "โทร 091-234-5678\nนางมาลี ศรีวงศ์\n",
        "ขอใบแทนใบอนุญาต",
        ("นางมาลี ศรีวงศ์", NEIGHBOUR, "+66912345678"),
    ),
    "a member asks her own dividend, her group's chair to send it on later": (
        "เรียน นายก อบต.นาคู\n"
        f"ดิฉัน นางเพ็ญศรี มาลัย เลขประจำตัวประชาชน {NEIGHBOUR} สมาชิกกลุ่มจักสาน "
        "ขอรับเงินปันผลของดิฉันเอง ประธานกลุ่ม คือ นางบัวลอย คำแสน แจ้งว่าจะส่งเรื่องแทนให้ภายหลัง\n"
        "ที่อยู่ 31/2 หมู่ 4 ตำบลนาคู อำเภอนาคู จังหวัดกาฬสินธุ์ 46160\nโทร 089-140-2275\n",
        "ขอรับเงินปันผล",
        ("นางเพ็ญศรี มาลัย", NEIGHBOUR, "+66891402275"),
    ),
    # set 125's rules: the complained-of neighbour's house and mobile wrapped under his name
    # are his; the vet's line in an aside is the clinic's; the writer's own stay hers
    "a complaint naming a neighbour, his house and mobile wrapped under his name": (
        "เรียน นายก อบต.\n"
        f"     ดิฉัน นางมาลี ศรีวงศ์ เลขบัตรประชาชน {NEIGHBOUR} โทร 091-234-5678\n"
        "     ขอร้องเรียนเจ้าของสุนัขที่ปล่อยสุนัขกัดไก่ของดิฉัน คือ นายเสน่ห์ ดวงดี\n"
        "     บ้านเลขที่ 14 หมู่ 2 โทร 089-771-2345\n",
        "ร้องเรียนสุนัข",
        ("นางมาลี ศรีวงศ์", NEIGHBOUR, "+66912345678"),
    ),
    "an owner registers her cat, the vet's line in an aside": (
        "เรียน เจ้าหน้าที่\n"
        f"ดิฉัน นางมาลี ศรีวงศ์ เลขบัตรประชาชน {NEIGHBOUR} ขอขึ้นทะเบียนแมว "
        "ฉีดวัคซีนที่คลินิกหมอแมว (สพ.ญ.ปวีณา ทองคำ ว.5120 โทร 043-221-908) แล้ว\n"
        "ติดต่อดิฉัน 091-234-5678\n",
        "ขอขึ้นทะเบียนแมว",
        ("นางมาลี ศรีวงศ์", NEIGHBOUR, "+66912345678"),
    ),
}


@pytest.mark.parametrize("title", list(CASES))
def test_the_writer_who_names_another_stays_the_applicant(title: str) -> None:
    text, subject, (name, national_id, phone) = CASES[title]
    case = read(text, subject=subject)
    assert case.fields.get("full_name") == name
    assert case.fields.get("national_id") == national_id
    assert case.fields.get("phone") == phone
