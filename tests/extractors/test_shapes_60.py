"""Unit tests for the shapes blind set 60 (money a municipality pays out: refunds, storm
compensation, funeral aid, contractors' bills) found the readers getting wrong (issue 8):
each names the way a request is written that it covers, with examples written afresh,
not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase, FieldCandidate, Provenance
from extractors.extract import choose_template, extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(text: str, sender: str = "someone <someone@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับเงิน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a village post after the name ------------------------------------------------------


def test_a_village_post_after_the_name_is_no_part_of_it() -> None:
    assert clean_value("name", "นายสมหมาย ศรีพลอย ผู้ใหญ่บ้าน") == "นายสมหมาย ศรีพลอย"
    assert clean_value("name", "นางวาสนา ดีมาก ผู้ช่วยผู้ใหญ่บ้าน") == "นางวาสนา ดีมาก"
    assert clean_value("name", "นายเจริญ รักถิ่น กำนัน") == "นายเจริญ รักถิ่น"


# --- the one who died, named before the heir who asks -----------------------------------


def test_the_dead_parents_birth_date_in_prose_is_not_the_heirs() -> None:
    case = read_body(
        "เรียน นายกเทศมนตรี\n"
        "ขอยื่นเรื่องขอรับเงินค่าจัดการศพค่ะ\n"
        "ผู้ตาย นางบุญมา ศรีวงศ์ เลขประจำตัวประชาชน 3-1201-00457-83-9 เกิด 3 มีนาคม 2476"
        " ถึงแก่กรรมวันที่ 2 ตุลาคม 2569\n"
        "ผู้ขอรับเงิน นางสาวพรทิพย์ ศรีวงศ์ (บุตร) เลขประจำตัวประชาชน 1-1020-00881-23-5"
        " เกิด 14/02/2533\n"
        "ที่อยู่ 15 หมู่ที่ 2 ตำบลบางรัก อำเภอเมือง จังหวัดตรัง 92000 โทร 089-410-2275\n"
    )
    assert case.fields.get("birth_date") == "1990-02-14"
    assert case.fields.get("national_id") == "1102000881235"


# --- a province she is going to, after her address ---------------------------------------


def test_a_province_she_is_moving_to_is_not_her_addresses() -> None:
    case = read_body(
        "เรียน งานประปา\n\n"
        "ดิฉัน นางสาวสุนิสา แก้วดี ผู้ใช้น้ำเลขที่ 07-3321 ที่บ้านเลขที่ 41 ม.2 ต.นาเคียน"
        " อ.เมือง นครศรีธรรมราช 80000 จะย้ายไปทำงานที่จังหวัดพังงา ขอยกเลิกการใช้น้ำ"
        " และขอรับเงินประกันคืน\n\nมือถือ 086-553-1024\n"
    )
    assert case.fields.get("province") == "นครศรีธรรมราช"


# --- a firm asking to be paid ------------------------------------------------------------


def test_a_firms_own_sending_box_is_its_email() -> None:
    case = read_body(
        "เรียน กองคลัง\n\n"
        "ขอเบิกเงินค่าจ้างงวดที่ 1 ตามสัญญาจ้างเลขที่ 7/2569 จำนวน 120,000 บาท\n\n"
        "ห้างหุ้นส่วนจำกัด บางขันวัสดุ\n"
        "โทร 075-377-210\n"
        "นายอนันต์ ชัยมงคล หุ้นส่วนผู้จัดการ มือถือ 089-771-3320\n",
        sender="ห้างหุ้นส่วนจำกัด บางขันวัสดุ <office@bangkhan-wassadu.example.co.th>",
    )
    assert case.fields.get("email") == "office@bangkhan-wassadu.example.co.th"


def test_a_firms_office_under_its_name_in_a_plain_signature_is_its_address() -> None:
    case = read_body(
        "เรียน กองคลัง\n\n"
        "ขอเบิกเงินค่าจ้างงวดที่ 1 ตามสัญญาจ้างเลขที่ 7/2569 จำนวน 120,000 บาท\n\n"
        "ห้างหุ้นส่วนจำกัด บางขันวัสดุ\n"
        "สำนักงาน 17 ม.5 ต.บางขัน อ.บางขัน นครศรีธรรมราช 80360\n"
        "โทร 075-377-210\n"
        "นายอนันต์ ชัยมงคล หุ้นส่วนผู้จัดการ มือถือ 089-771-3320\n",
        sender="ห้างหุ้นส่วนจำกัด บางขันวัสดุ <office@bangkhan-wassadu.example.co.th>",
    )
    assert " ".join((case.fields.get("address") or "").split()).startswith("17 ม.5 ต.บางขัน")
    assert case.fields.get("postal_code") == "80360"
    assert case.fields.get("province") == "นครศรีธรรมราช"


# --- a letter's sender block, its province and postal code on lines of their own ----------


def test_a_sender_block_with_the_province_and_postal_code_on_their_own_lines() -> None:
    case = read_body(
        "                                        12 ม.3 ต.กะหรอ อ.นบพิตำ\n"
        "                                        นครศรีธรรมราช\n"
        "                                        80160\n\n"
        "เรื่อง ขอคืนเงินประกันซอง\nเรียน นายกเทศมนตรี\n\n"
        "ตามที่ข้าพเจ้า นายวินัย สุขเกษม ได้ยื่นซองประมูล บัดนี้ไม่ได้รับการคัดเลือก"
        " จึงขอรับเงินประกันซองคืน ติดต่อข้าพเจ้าได้ที่โทร 081-224-7713\n"
    )
    assert case.fields.get("postal_code") == "80160"
    assert case.fields.get("province") == "นครศรีธรรมราช"


def test_the_dead_parents_block_first_in_a_funeral_form_is_not_the_heirs() -> None:
    # the office's form as a copier's text layer gives it: the dead's line (no label of
    # its own opening it), his last address under it, then the heir's part
    case = read_body(
        "คำขอรับเงินค่าจัดการศพผู้สูงอายุ\n"
        "วันที่ 9 ธันวาคม 2569\n\n"
        "ผู้ถึงแก่กรรม นายสมัคร ใจงาม เลขประจำตัวประชาชน 3-1201-00457-83-9 เกิดวันที่ 4 มกราคม 2477\n"
        "ที่อยู่ 5 หมู่ที่ 2 ตำบลนาเหรง อำเภอนบพิตำ จังหวัดนครศรีธรรมราช ถึงแก่กรรมวันที่ 3\n"
        "พฤศจิกายน 2569\n\n"
        "ผู้ขอรับเงิน นางสาวพรทิพย์ ใจงาม เกี่ยวข้องเป็น บุตร เลขประจำตัวประชาชน 1-1020-00881-23-5\n"
        "เกิดวันที่ 14 กุมภาพันธ์ 2533 อยู่บ้านเลขที่ 15 หมู่ที่ 2 ตำบลบางรัก อำเภอเมือง\n"
        "จังหวัดตรัง 92000\n"
        "โทรศัพท์ 089-410-2275\n"
    )
    assert case.fields.get("national_id") == "1102000881235"
    assert " ".join((case.fields.get("address") or "").split()).startswith("15 หมู่ที่ 2")
    assert case.fields.get("province") == "ตรัง"


def test_a_sum_in_baht_under_จำนวน_does_not_make_a_request_for_copies() -> None:
    # a scanned funeral-aid form's OCR read "จำนวน 3,000 บาท" under the label of a number of
    # copies: a sum is no count, and no sign of a request for copies
    def said(key: str, value: str) -> FieldCandidate:
        where = Provenance(part="2", kind="ocr", label="x", method="ocr")
        return FieldCandidate(key=key, value=value, provenance=where, confidence=0.8)

    keys = ("full_name", "national_id", "birth_date", "phone", "address", "province")
    candidates = [said(k, "x") for k in keys]
    money = said("copies", "3,000 บาท (สามพันบาทถ้วน) โอนเข้าบัญชีธนาคารกรุงไทย")
    parsed = parse_message(b"From: a@example.com\r\nSubject: scan\r\n\r\nscan\r\n")
    assert choose_template(parsed, TEMPLATES, [*candidates, money])[0].name == "general_request"
    # a count still counts
    two = said("copies", "2 ฉบับ")
    assert choose_template(parsed, TEMPLATES, [*candidates, two])[0].name == "document_copy"


def test_an_envelope_block_over_several_lines_is_still_read() -> None:
    # the block whose sub-district and district have a line of their own (read by the
    # envelope pattern, which has no office part)
    case = read_body(
        "41/7 ซ.รามคำแหง 24 ถ.รามคำแหง\n"
        "แขวงหัวหมาก เขตบางกะปิ\n"
        "กรุงเทพฯ\n"
        "10240\n\n"
        "เรื่อง ขอคืนเงินประกันซอง\n\n"
        "ข้าพเจ้า นายวินัย สุขเกษม ขอรับเงินประกันซองคืน โทร 081-224-7713\n"
    )
    assert case.fields.get("postal_code") == "10240"
