"""Unit tests for the shapes blind set 37 (letters in prose naming other people, places
and numbers besides the applicant's) found the readers getting wrong (issue 8): each names
the way a request is written that it covers, with examples written afresh, not the set's
strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value
from extractors.whose_phone import said_of_another

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอร้องเรียน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- another person's phone earlier in the text than the applicant's own ------------------


def test_a_respondents_phone_after_his_titled_name_is_not_the_applicants() -> None:
    case = read_body(
        "เรียน ปลัดอำเภอ\n\n"
        "อู่ซ่อมรถของนายบุญมี แก้วกล้า เบอร์ 086-223-9914 จอดรถลูกค้าขวางทางเท้าทุกวัน\n\n"
        "ข้าพเจ้า นางสาวพรรณี ทองมา อยู่บ้านเลขที่ 18 หมู่ 2 ตำบลท่าช้าง อำเภอเมือง "
        "จังหวัดจันทบุรี โทร 092-118-4470 ขอร้องเรียนเรื่องดังกล่าว\n"
    )
    assert case.fields.get("phone") == "+66921184470"
    assert flagged(case, "phone")


def test_a_number_the_writer_called_is_not_hers() -> None:
    # "ได้โทรหา/โทรไปที่ <number> คุยกับ...": the office's desk phone she rang
    case = read_body(
        "เรียน ผู้อำนวยการกองช่าง\n\n"
        "ข้าพเจ้า นางลำดวน ศรีสุข ได้โทรหา 0-5312-4480 แจ้งเจ้าหน้าที่ไว้แล้วแต่ยังไม่มีผู้ใดมาซ่อม\n\n"
        "ข้าพเจ้าอยู่บ้านเลขที่ 7 ซอย 3 ตำบลช้างเผือก อำเภอเมือง จังหวัดเชียงใหม่ "
        "เบอร์ติดต่อ 063 551 2087\n"
    )
    assert case.fields.get("phone") == "+66635512087"


def test_a_phone_said_of_a_role_in_the_writers_sentence_is_that_roles() -> None:
    # the headman's number in brackets, after the writer's own words
    case = read_body(
        "เรียน นายก อบต.\n\n"
        "น้ำจากบ่อของโรงงานไหลเข้าสวนยางของข้าพเจ้า (กำนันรับทราบแล้ว โทร 081-440-2937)\n\n"
        "ข้าพเจ้า นายประสิทธิ์ บุญเรือง บ้านเลขที่ 3 หมู่ 9 ตำบลนาทอน อำเภอทุ่งหว้า "
        "จังหวัดสตูล มือถือ 095-337-1802\n"
    )
    assert case.fields.get("phone") == "+66953371802"


def test_a_companys_phone_yields_to_the_number_given_for_the_call_back() -> None:
    case = read_body(
        "เรียน นายกเทศมนตรี\n\n"
        "ข้าพเจ้า นายอดิศร มีสุข อยู่บ้านเลขที่ 90 ตำบลบ่อยาง อำเภอเมือง จังหวัดสงขลา "
        "ขอแจ้งว่าห้างหุ้นส่วนจำกัด ทองดีการโยธา โทร 0-7431-5567 ขุดท่อแล้วไม่กลบ\n\n"
        "โทรกลับ 084 902 3316\n"
    )
    assert case.fields.get("phone") == "+66849023316"


def test_the_applicants_number_after_her_name_opening_a_paragraph_is_hers() -> None:
    # an official's desk phone first, then the applicant's paragraph opening with her
    # titled name (no ข้าพเจ้า): hers, not another's
    case = read_body(
        "เรียน หัวหน้าสำนักปลัด\n\n"
        "อ้างถึงคำร้องที่นางวรรณา ดีมาก (โทร 0-4461-2290) รับไว้เมื่อเดือนก่อน ยังไม่มีผู้มาตรวจ\n\n"
        "นางสาวจิราพร แสงทอง บ้านเลขที่ 5 หมู่ 1 ตำบลโนนไทย อำเภอโนนไทย จังหวัดนครราชสีมา "
        "โทร 098-221-7765\n"
    )
    assert case.fields.get("phone") == "+66982217765"


def test_the_applicants_own_number_is_kept_when_others_are_named_after_it() -> None:
    # her number said of herself; the respondent named later has none
    case = read_body(
        "เรียน นายอำเภอ\n\n"
        "ข้าพเจ้า นางบัวผัน คำดี โทร 089-114-2263 ขอร้องเรียนนายสมาน ใจกล้า "
        "ที่ถมดินปิดทางน้ำหลังบ้าน\n"
    )
    assert case.fields.get("phone") == "+66891142263"


def test_a_month_holding_a_title_is_no_other_person() -> None:
    # มิถุนายน (June) holds นาย: the birth date in the writer's own sentence names no one
    case = read_body(
        "เรียน หัวหน้าสำนักปลัด\n\n"
        "ท่อประปาแตกหน้าบ้านของนางสายสุนีย์ ทองคำ (โทร 086-510-2294)\n\n"
        "ข้าพเจ้า นางอรุณี ศรีงาม เกิดวันที่ 4 มิถุนายน 2515 มือถือ 093 662 1180\n"
    )
    assert case.fields.get("phone") == "+66936621180"


# --- the words after the writer's name in her sentence ------------------------------------


def test_how_the_writer_is_related_after_his_name_is_no_part_of_it() -> None:
    # "ข้าพเจ้า <name> บุตร ...": he writes as the son; บุตร, ลูกชาย are not his family name
    assert clean_value("name", "นายวีรพงษ์ แก้วมณี บุตร เลขประจำตัว") == "นายวีรพงษ์ แก้วมณี"
    assert clean_value("name", "นางสาวอัมพร สีดา ลูกสาวของผู้ป่วย") == "นางสาวอัมพร สีดา"
    # a family name opening with such a word stays whole
    assert clean_value("name", "นายกิตติ บุตรดี") == "นายกิตติ บุตรดี"
    assert clean_value("name", "นางสุดา ลูกอินทร์") == "นางสุดา ลูกอินทร์"


def test_the_writers_role_as_a_customer_after_her_name_is_no_part_of_it() -> None:
    case = read_body(
        "เรียน การไฟฟ้าส่วนภูมิภาค\n\n"
        "ข้าพเจ้า นางพิมพา ใจซื่อ ผู้ใช้ไฟฟ้า รหัสผู้ใช้ไฟฟ้า 88120345 ได้รับใบแจ้งหนี้สูงผิดปกติ\n\n"
        "ที่อยู่ 12 หมู่ 4 ตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี โทร 081-772-9034\n"
    )
    assert case.fields.get("full_name") == "นางพิมพา ใจซื่อ"
    assert clean_value("name", "นายเอกชัย ดวงดี ผู้ใช้น้ำประปา รายที่ 4") == "นายเอกชัย ดวงดี"


def test_the_one_a_letter_is_addressed_to_names_no_owner_of_the_number() -> None:
    # "เรียน เจ้าหน้าที่" with no blank line after it: the salutation, not a person spoken of
    text = "เรียน เจ้าหน้าที่\nขอแจ้งเบอร์ติดต่อใหม่ค่ะ\nเบอร์ 091-442-7730\n"
    assert not said_of_another(text, text.index("091"))
    text = "ถึง คุณสมพร\nโทร 091-442-7730\n"
    assert not said_of_another(text, text.index("091"))


def test_a_place_named_นครนายก_is_no_titled_name() -> None:
    text = "ดิฉัน นางสาวพรทิพย์ ใจงาม บ้านเลขที่ 9 ถ.รังสิต-นครนายก ต.คลองหก โทร 061-552-0193"
    assert not said_of_another(text, text.index("061"))


def test_a_firm_that_asks_and_who_signs_for_it_are_the_applicant() -> None:
    text = "ผู้ขออนุญาต หจก. ทรัพย์ทวี\nโดย นายชาตรี มั่นคง ตำแหน่ง หุ้นส่วนผู้จัดการ โทร 081-334-2290"
    assert not said_of_another(text, text.index("081"))
    text = "ผู้ขออนุญาต บริษัท รุ่งเรืองพืชผล จำกัด โทร 0-4431-2284"
    assert not said_of_another(text, text.index("0-44"))


def test_tick_boxes_after_a_name_are_the_next_question_not_the_name() -> None:
    # a Word form's "ชื่อผู้ขอ ... ☑ บุคคลธรรมดา ☐ นิติบุคคล" on the name's line (set 33)
    assert clean_value("name", "นายประยูร ศักดิ์ดี ☑ บุคคลธรรมดา ☐ นิติบุคคล") == "นายประยูร ศักดิ์ดี"
    assert clean_value("name", "นางลำดวน จันทร์หอม  ☐ เจ้าของ ☒ ผู้เช่า") == "นางลำดวน จันทร์หอม"
    # boxes before the titles stay for the title reader
    assert "นาง" in clean_value("name", "☐ นาย ☑ นาง ลำดวน จันทร์หอม")
    assert "☑ นาง" in clean_value("name", "คำนำหน้า ☐ นาย ☑ นาง")  # set 35's title row


def test_a_company_the_writer_works_for_is_no_other_party_spoken_of() -> None:
    # a company's letter for its employee (set 54): "... เป็นพนักงานประจำของบริษัทฯ ...
    # ปัจจุบันพักอาศัยอยู่ที่ ..." is where she lives, not the company's place
    text = (
        "ข้าพเจ้า นางสาวสมพร ใจดี เป็นพนักงานประจำของบริษัทฯ ตั้งแต่ปี 2563 "
        "ปัจจุบันพักอาศัยอยู่ที่ หอพักสุขใจ ห้อง 305 เลขที่ 88/12 หมู่ 5 ตำบลมาบตาพุด"
    )
    assert not said_of_another(text, text.index("หอพัก"))
    # the company itself spoken of is still another
    text = "ผู้รับเหมาของบริษัท สร้างดี จำกัด เบอร์ 081-234-5678 ไม่รับสาย"
    assert said_of_another(text, text.index("081"))
