"""A fillable form's row opened by a caption naming another person ("เลขประจำตัวประชาชน
ผู้ตาย [..] วันเดือนปีเกิด [..]"): the boxes after it on that printed row, captioned only by
what they hold, are that person's too, never the applicant's silently (set 65: a road
closure for a funeral, the deceased's birth date beside his ID). Invented people."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
OWN_ID = with_check_digit("310050062417")
DEAD_ID = with_check_digit("310050011823")


def _with_pdf(data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jiraporn <jiraporn.k@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตเผาศพ"
    msg.set_content("ส่งแบบคำขอที่กรอกแล้วค่ะ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(msg)


def _form(own_birth: str | None) -> bytes:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(40, 20, "แบบคำขออนุญาตเผาศพ"), (20, 40, "ชื่อผู้ยื่นคำขอ"),
                (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "โทรศัพท์"),
                (20, 80, "ชื่อผู้ตาย"), (20, 90, "เลขประจำตัวประชาชนผู้ตาย"),
                (120, 90, "วันเดือนปีเกิด"), (20, 100, "วันที่ถึงแก่กรรม")]  # fmt: skip
    fields = [Field("Text1", "นางจิราพร คงสมบูรณ์", 60, 40, 90),
              Field("Text2", OWN_ID, 60, 50, 55),
              Field("Text3", "086-220-7143", 45, 60, 55),
              Field("Text4", "นายสวัสดิ์ คงสมบูรณ์", 50, 80, 90),
              Field("Text5", DEAD_ID, 80, 90, 38),
              Field("Text6", "4 มีนาคม 2481", 150, 90, 45),
              Field("Text7", "20 พฤศจิกายน 2569", 60, 100, 60)]  # fmt: skip
    if own_birth is not None:
        captions.append((120, 50, "วันเกิด"))
        fields.append(Field("Text8", own_birth, 140, 50, 45))
    return acroform(pdf_page(captions, size=12), fields)


def test_a_birth_date_on_the_deceaseds_row_is_never_the_applicants_silently() -> None:
    case = extract_case(parse_message(_with_pdf(_form(None))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางจิราพร คงสมบูรณ์"
    assert case.fields.get("national_id") == OWN_ID
    if case.fields.get("birth_date") is not None:
        assert case.issues.get("birth_date")


def test_the_applicants_own_birth_date_beside_her_id_is_hers() -> None:
    case = extract_case(parse_message(_with_pdf(_form("12/07/2512"))), load_templates(FORMS))
    assert case.fields.get("birth_date") == "1969-07-12"
    assert not case.issues.get("birth_date")
