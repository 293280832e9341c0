"""Whose values a permit or licence request gives (set 75): the licensee's, the owner's,
the signing director's; never the contractor's, the branch's or the firm's."""

import io
from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _mail(subject: str, body: str) -> bytes:
    return (f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def test_the_licensee_under_her_role_in_a_licence_request_is_the_applicant() -> None:
    # A licence's ผู้ประกอบการ is the one who will hold it: the applicant (set 75: a
    # salon's renewal signed off "ผู้ประกอบการ <her name>", her ID and home below).
    body = (
        'ขอต่ออายุใบอนุญาตประกอบกิจการร้านนวดเพื่อสุขภาพ ร้าน "บุษบา นวดไทย"\n'
        "ร้านตั้งอยู่ ซอยวัดกู้ ตำบลบางพูด อำเภอปากเกร็ด โทรร้าน 02-583-7710\n\n"
        "ผู้ประกอบการ นางบุษบา เรืองศรีนาค\n"
        "ที่อยู่ 15/4 หมู่ 6 ตำบลบางตลาด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120\n"
        "มือถือ 086-319-4427\n"
    )
    case = extract_case(parse_message(_mail("ต่ออายุใบอนุญาตร้านนวด", body)), load_templates(FORMS))
    assert case.template == "permit"
    assert case.fields.get("full_name") == "นางบุษบา เรืองศรีนาค"


def test_the_operator_a_complaint_names_is_no_complainant() -> None:
    # In a complaint the ผู้ประกอบการ is the one complained of: read below any label of
    # the writer's own (extractors.business_labels), and flagged where it stands.
    body = (
        "ขอร้องเรียนเรื่องเสียงดังจากโรงงานทำเฟอร์นิเจอร์ข้างบ้าน\n"
        "ผู้ประกอบการ นายเฉลิมชัย ปานทองดี\n"
        "ผู้ร้องเรียน นางสาวอรุณี แสงจันทร์ โทร 081-447-2093\n"
    )
    case = extract_case(parse_message(_mail("ร้องเรียนเสียงดัง", body)), load_templates(FORMS))
    assert case.template == "complaint"
    assert case.fields.get("full_name") == "นางสาวอรุณี แสงจันทร์"
    alone = extract_case(
        parse_message(_mail("ร้องเรียนเสียงดัง", body.replace("ผู้ร้องเรียน ", "ขอบคุณค่ะ\n"))),
        load_templates(FORMS),
    )
    assert alone.fields.get("full_name") != "นายเฉลิมชัย ปานทองดี" or alone.issues.get("full_name")


def _with_pdf(subject: str, text: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "owner <owner.sample@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(msg)


def test_a_fillable_forms_contractor_architect_and_engineer_fields_are_anothers() -> None:
    """A building permit's fillable form names its parts by who fills them (owner_*,
    contractor_*, architect_*, engineer_*): the contractor's firm, the architect and the
    engineer are never the applicant, whose box is named only by its caption."""
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ผู้ขออนุญาต"), (20, 40, "โทรศัพท์"), (20, 60, "สถาปนิก"),
                (20, 70, "วิศวกร"), (20, 80, "ผู้รับเหมา"), (110, 80, "โทร")]  # fmt: skip
    fields = [Field("owner_name", "นางวาสนา พึ่งบุญ", 45, 30, 90),
              Field("owner_phone", "089-514-2270", 45, 40, 55),
              Field("architect_name", "นายอดิศร ทองคำ", 45, 60, 90),
              Field("engineer_name", "นายปกรณ์ วงศ์ใหญ่", 45, 70, 90),
              Field("contractor_name", "บริษัท บางบัวทองการโยธา จำกัด", 45, 80, 60),
              Field("contractor_phone", "02-571-3390", 120, 80, 45)]  # fmt: skip
    raw = _with_pdf(
        "ขอรับใบอนุญาตก่อสร้างอาคาร",
        "ส่งแบบคำขอรับใบอนุญาตก่อสร้างอาคารที่กรอกแล้ว\n",
        acroform(pdf_page(captions, size=12), fields),
    )
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางวาสนา พึ่งบุญ"
    assert case.fields.get("phone") == "+66895142270"


def _sheet(rows: list[tuple[str, ...]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_sheet(subject: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "office <office@sample-company.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content("แนบรายการค่ะ\n")
    msg.add_attachment(
        data,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="list.xlsx",
    )
    return bytes(msg)


def test_a_row_of_pairs_over_a_list_is_no_header_of_its_columns() -> None:
    """A company's sheet: its director's row label | value | label | value (his name, ID,
    mobile), then under a gap a list of its shops. The director's row holds answers (an
    ID's digits, a phone), so it heads no columns: the shops' rows are not his values."""
    director_id = with_check_digit("310150077342")
    data = _sheet(
        [
            ("ขอต่ออายุใบอนุญาตประกอบกิจการ ร้านค้าในเครือ",),
            ("ผู้ยื่น (กรรมการ)", "นายวีระพงษ์ สายสุวรรณ", "เลขประจำตัวประชาชน", director_id,
             "มือถือ", "084-227-3196"),
            (),
            ("ร้าน", "ที่ตั้ง", "โทรร้าน", "ใบอนุญาตเดิมเลขที่"),
            ("ร้าน 1", "5/1 ถนนแจ้งวัฒนะ ตำบลปากเกร็ด อำเภอปากเกร็ด", "02-960-1180", "21/2568"),
            ("ร้าน 2", "7/9 ถนนแจ้งวัฒนะ ตำบลปากเกร็ด อำเภอปากเกร็ด", "02-960-1181", "22/2568"),
        ]
    )  # fmt: skip
    case = extract_case(
        parse_message(_with_sheet("ขอต่ออายุใบอนุญาต ร้านค้าในเครือ", data)), load_templates(FORMS)
    )
    assert case.fields.get("full_name") == "นายวีระพงษ์ สายสุวรรณ"
    assert case.fields.get("national_id") == director_id


def test_a_companys_head_office_is_its_address_where_no_home_is_given() -> None:
    """A company asks for itself: its sheet's "ที่ตั้งสำนักงานใหญ่" row is the office the
    permit goes to, read as a firm's place is (a last resort, below any home said)."""
    director_id = with_check_digit("310420055613")
    data = _sheet(
        [
            ("บริษัท", "บริษัท แจ้งวัฒนะค้าส่ง จำกัด"),
            ("ที่ตั้งสำนักงานใหญ่", "17/3 ถนนแจ้งวัฒนะ ตำบลปากเกร็ด อำเภอปากเกร็ด นนทบุรี 11120"),
            ("ผู้ยื่น (กรรมการ)", "นายวีระพงษ์ สายสุวรรณ", "เลขประจำตัวประชาชน", director_id),
        ]
    )  # fmt: skip
    case = extract_case(
        parse_message(_with_sheet("ขอต่ออายุใบอนุญาตสะสมอาหาร", data)), load_templates(FORMS)
    )
    assert case.fields.get("address", "").startswith("17/3 ถนนแจ้งวัฒนะ")
    assert case.fields.get("postal_code") == "11120"


def test_a_contractors_office_is_never_over_the_owners_home() -> None:
    body = (
        "ขอรับใบอนุญาตต่อเติมอาคาร\n"
        "ผู้ขออนุญาต นางลำดวน ศรีเมือง\n"
        "ที่อยู่ 42 หมู่ 7 ตำบลบางพลับ อำเภอปากเกร็ด จังหวัดนนทบุรี 11120\n"
        "โทร 081-775-2094\n\n"
        "ผู้รับเหมา บริษัท ชัยพฤกษ์ก่อสร้าง จำกัด\n"
        "ที่ตั้งสำนักงานใหญ่ 9/1 ถนนชัยพฤกษ์ ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11130\n"
    )
    case = extract_case(parse_message(_mail("ขอรับใบอนุญาตต่อเติม", body)), load_templates(FORMS))
    assert case.fields.get("address", "").startswith("42 หมู่ 7")
    assert case.fields.get("postal_code") == "11120"


def test_a_firms_letter_signed_under_its_stamp_or_name_is_its_signers() -> None:
    """A firm's own request, its stamp's note or its name between the closing and the
    signer's name in brackets (the director who signs for it): the signer is the one to
    deal with, as under a closing with nothing between."""
    opening = (
        "ห้างหุ้นส่วนจำกัด ท่าอิฐพาณิชย์ ขอต่ออายุใบอนุญาตสะสมอาหาร เลขที่ 31/2568\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
    )
    firm_lines = (
        "(ประทับตราห้าง)",
        "[ตราประทับ ห้างหุ้นส่วนจำกัด ท่าอิฐพาณิชย์]",
        "ห้างหุ้นส่วนจำกัด ท่าอิฐพาณิชย์",
    )
    for firm_line in firm_lines:
        body = f"{opening}ขอแสดงความนับถือ\n\n{firm_line}\n(นางจันทร์เพ็ญ รุ่งโรจน์)\nหุ้นส่วนผู้จัดการ\n"
        case = extract_case(parse_message(_mail("ขอต่ออายุใบอนุญาต", body)), load_templates(FORMS))
        assert case.fields.get("full_name") == "นางจันทร์เพ็ญ รุ่งโรจน์", firm_line


def test_the_postal_code_is_the_chosen_addresss_own_over_a_firms_office() -> None:
    """The contractor's staff sends the owner's request: the owner's home said in the
    body (another's, unsure), the firm's office under the staff's signature. The postal
    code and province a clerk gets are those of the address read, not the office's."""
    body = (
        "เรียน กองช่าง\n\n"
        "บริษัทฯ ในฐานะผู้รับจ้าง ขอนำส่งคำขออนุญาตต่อเติมอาคาร แทนเจ้าของอาคาร คือ "
        "นายประสิทธิ์ แก้วกาญจนา ที่อยู่ 8 ม.2 ต.หนองขาม อ.ศรีราชา ชลบุรี 20230 "
        "ซึ่งได้ลงนามในคำขอแล้ว\n\n"
        "ขอแสดงความนับถือ\n"
        "นางสาวพัชรี อ่อนละมัย\n"
        "เจ้าหน้าที่ประสานงาน\n"
        "บริษัท ศรีราชาวิศวกรรม จำกัด\n"
        "55/1 ถนนสุขุมวิท ตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000\n"
        "โทร 038-271-400\n"
    )
    case = extract_case(parse_message(_mail("นำส่งคำขอต่อเติมอาคาร", body)), load_templates(FORMS))
    assert case.fields.get("address", "").startswith("8 ม.2")
    assert case.fields.get("postal_code") == "20230"


def test_an_office_asked_box_by_box_is_joined_from_its_boxes() -> None:
    """ "ที่ตั้งสำนักงาน เลขที่" over the office's house number, then a box each for the
    village, sub-district and district: the house number's box, not a head office alone."""
    body = (
        "ขอรับใบอนุญาตติดตั้งป้าย\n"
        "ชื่อผู้ขอ: นายธนากร ศรีวงศ์\n"
        "ที่ตั้งสำนักงาน เลขที่: 12/3\n"
        "หมู่ที่: 4\n"
        "ตำบล: บางเตย\n"
        "อำเภอ: สามโคก\n"
    )
    case = extract_case(parse_message(_mail("ขอรับใบอนุญาตติดตั้งป้าย", body)), load_templates(FORMS))
    assert case.fields.get("address", "").startswith("12/3")
    assert "บางเตย" in case.fields.get("address", "")


def test_a_sheets_office_row_and_a_forms_office_line_are_the_firms_place() -> None:
    """A partnership's statement heads its sheet with "สำนักงาน | <its office>", a form
    its row "สำนักงานตั้งอยู่เลขที่ <...>": the firm's place, where its signer is answered."""
    data = _sheet(
        [
            ("ผู้รับจ้าง", "ห้างหุ้นส่วนจำกัด บางบัวทองพัฒนา"),
            ("สำนักงาน", "61 หมู่ 5 ตำบลพิมลราช อำเภอบางบัวทอง นนทบุรี 11110"),
            ("จัดทำโดย", "นายเกรียงไกร ชูศรี", "หุ้นส่วนผู้จัดการ"),
        ]
    )  # fmt: skip
    case = extract_case(
        parse_message(_with_sheet("ติดตามเงินค่าจ้างงวดที่ 2", data)), load_templates(FORMS)
    )
    assert case.fields.get("address", "").startswith("61 หมู่ 5")
    assert case.fields.get("postal_code") == "11110"
    body = (
        "แบบคำขอคืนหลักประกันสัญญา\n"
        "ข้าพเจ้า (ผู้ขอ) นายเกรียงไกร ชูศรี\n"
        "ในนาม ห้างหุ้นส่วนจำกัด บางบัวทองพัฒนา\n"
        "สำนักงานตั้งอยู่เลขที่ 61 หมู่ 5 ตำบลพิมลราช อำเภอบางบัวทอง นนทบุรี 11110\n"
    )
    case = extract_case(parse_message(_mail("ขอคืนหลักประกันสัญญา", body)), load_templates(FORMS))
    assert case.fields.get("address", "").startswith("61 หมู่ 5")
    assert case.fields.get("province") == "นนทบุรี"
