"""A fillable form's part for the one who files instead, opened by the proxy's caption
alone ("ผู้ยื่นคำขอแทน" beside the proxy's name box, no "ส่วนที่" heading), as an allowance
form made on a phone app prints it (set 78): the boxes from that caption down are the
proxy's, never the applicant's silently."""

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _with_pdf(data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Kittipong <kittipong.sr@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "เบี้ยความพิการ"
    msg.set_content("กรอกแบบฟอร์มให้ลุงครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(msg)


def _form(own_phone: str) -> bytes:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 20, "แบบคำขอรับเบี้ยความพิการ"), (20, 40, "ชื่อ-สกุลผู้พิการ"),
                (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "โทรศัพท์"),
                (20, 80, "ผู้ยื่นคำขอแทน"), (20, 90, "เลขประจำตัวประชาชน"),
                (20, 100, "โทรศัพท์"), (120, 100, "เกี่ยวข้องเป็น")]  # fmt: skip
    fields = [Field("Text1", "นายบุญเลิศ ศรีราชา", 60, 40, 90),
              Field("Text2", "3-2001-00417-52-1", 60, 50, 55),
              Field("Text3", own_phone, 45, 60, 55),
              Field("Text4", "นายกิตติพงษ์ ศรีราชา", 60, 80, 90),
              Field("Text5", "1-2001-00733-21-4", 60, 90, 55),
              Field("Text6", "085-772-4310", 45, 100, 55),
              Field("Text7", "หลาน", 145, 100, 40)]  # fmt: skip
    return acroform(pdf_page(captions, size=12), fields)


def test_the_proxys_caption_opens_his_part_of_the_form() -> None:
    case = extract_case(parse_message(_with_pdf(_form("-"))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายบุญเลิศ ศรีราชา"
    # "-" in her phone's box is "none": the nephew's number is never hers silently
    if case.fields.get("phone") is not None:
        assert case.issues.get("phone")


def test_the_applicants_own_phone_beside_the_proxys_is_hers() -> None:
    case = extract_case(parse_message(_with_pdf(_form("089-331-0457"))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายบุญเลิศ ศรีราชา"
    assert case.fields.get("phone") == "+66893310457"


# A notice's part for the one who notifies for the voter ("ผู้แจ้งแทน (ถ้ามี)", fields
# named by the form's maker in English): a notifier FOR another is a proxy, as one who
# files for another is (set 99: a wife's name taken over her husband's).
def _notice(notifier: str) -> bytes:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 20, "แบบแจ้งเหตุ"), (20, 40, "ชื่อผู้ใช้สิทธิ"), (20, 50, "เลขประจำตัวประชาชน"),
                (20, 60, "โทรศัพท์"), (20, 80, "ผู้แจ้งแทน (ถ้ามี)"),
                (20, 90, "เลขประจำตัวประชาชนผู้แจ้ง")]  # fmt: skip
    fields = [Field("holder_name", "นายสมบัติ ทองคำ", 60, 40, 90),
              Field("holder_id", "3-4012-00518-27-7", 60, 50, 55),
              Field("holder_tel", "081-552-7784", 45, 60, 55),
              Field("informant_name", notifier, 60, 80, 90),
              Field("informant_id", "1-4012-00622-41-8", 80, 90, 55)]  # fmt: skip
    return acroform(pdf_page(captions, size=12), fields)


def test_one_who_notifies_for_another_is_never_the_applicant() -> None:
    case = extract_case(parse_message(_with_pdf(_notice("นางมาลี ทองคำ"))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายสมบัติ ทองคำ"
    assert case.fields.get("national_id") == "3401200518277"
