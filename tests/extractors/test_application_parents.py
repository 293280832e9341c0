"""A job application's parts on others: a fillable ใบสมัคร's father_*, mother_*, ref1_*
fields (their IDs and phones never the applicant's, whose own are applicant_*). Names
and numbers invented."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _with_pdf(body: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Malee <malee.s@example.com>"
    msg["To"] = "hr@example.go.th"
    msg["Subject"] = "ใบสมัครงาน"
    msg.set_content(body)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="apply.pdf")
    return bytes(msg)


def test_the_fathers_id_on_an_application_form_is_not_the_applicants() -> None:
    from unseen_requests_5 import Field, acroform, pdf_page

    mine, fathers, mothers = (
        with_check_digit("140990021354"),
        with_check_digit("340120077218"),
        with_check_digit("340120081446"),
    )
    captions = [(20, 30, "ชื่อ-สกุล"), (20, 40, "เลขประจำตัวประชาชน"), (120, 40, "วันเกิด"),
                (20, 50, "โทรศัพท์"),
                (20, 70, "ชื่อบิดา"), (110, 70, "เลขบัตร"), (20, 80, "ชื่อมารดา"),
                (110, 80, "เลขบัตร"), (20, 90, "โทรศัพท์ผู้อ้างอิง")]  # fmt: skip
    fields = [Field("applicant_name", "นางสาวมาลี ศรีสวัสดิ์", 45, 30, 90),
              Field("applicant_id", mine, 60, 40, 55, comb=13),
              Field("applicant_dob", "3 มีนาคม 2542", 135, 40, 45),
              Field("applicant_phone", "086-114-2209", 45, 50, 55),
              Field("father_name", "นายบุญมี ศรีสวัสดิ์", 45, 70, 60),
              Field("father_id", fathers, 125, 70, 55),
              Field("mother_name", "นางคำปุ่น ศรีสวัสดิ์", 45, 80, 60),
              Field("mother_id", mothers, 125, 80, 55),
              Field("ref1_phone", "081-552-7730", 60, 90, 55)]  # fmt: skip
    raw = _with_pdf("ส่งใบสมัครค่ะ\n", acroform(pdf_page(captions, size=13, face="Garuda"), fields))
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางสาวมาลี ศรีสวัสดิ์"
    assert case.fields.get("national_id") == mine
    assert case.fields.get("phone") == "+66861142209"


def test_the_applicants_row_below_her_parents_rows_is_hers() -> None:
    from typing import Any

    from unseen_requests_5 import XLSX, xlsx_bytes

    mine = with_check_digit("140990021354")

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("แบบข้อมูลผู้สมัครงาน",))
        ws.append(("ความเกี่ยวข้อง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"))
        ws.append(("บิดา", "นายบุญมี ศรีสวัสดิ์", with_check_digit("340120077218"), "081-207-4415"))
        ws.append(("มารดา", "นางคำปุ่น ศรีสวัสดิ์", with_check_digit("340120081446"), "089-615-2230"))
        ws.append(("ผู้สมัคร", "นางสาวมาลี ศรีสวัสดิ์", mine, "086-114-2209"))

    msg = EmailMessage()
    msg["From"] = "Malee <malee.s@example.com>"
    msg["To"] = "hr@example.go.th"
    msg["Subject"] = "ข้อมูลครอบครัว"
    msg.set_content("แนบข้อมูลครอบครัวค่ะ\n")
    main, sub = XLSX.split("/")
    msg.add_attachment(xlsx_bytes(build), maintype=main, subtype=sub, filename="family.xlsx")
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    assert case.fields.get("national_id") == mine
    assert case.fields.get("phone") == "+66861142209"


def test_the_applicants_row_below_her_spouses_row_is_hers() -> None:
    from typing import Any

    from unseen_requests_5 import XLSX, xlsx_bytes

    mine = with_check_digit("150060013378")

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"))
        ws.append(("คู่สมรส", "นายเอกชัย บุญยืน", with_check_digit("350020041127"), "081-339-0642"))
        ws.append(("ผู้สมัคร", "นางวิไล บุญยืน", mine, "095-220-8817"))

    msg = EmailMessage()
    msg["From"] = "Wilai <wilai.b@example.com>"
    msg["To"] = "hr@example.go.th"
    msg["Subject"] = "ข้อมูลผู้สมัคร"
    msg.set_content("แนบข้อมูลค่ะ\n")
    main, sub = XLSX.split("/")
    msg.add_attachment(xlsx_bytes(build), maintype=main, subtype=sub, filename="spouse.xlsx")
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางวิไล บุญยืน"
    assert case.fields.get("national_id") == mine
    assert case.fields.get("phone") == "+66952208817"
