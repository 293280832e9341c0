"""A town's e-service form mails the desk a citizen's application in plain text, with a
part for the one who filled it in for her ("== ผู้กรอกข้อมูลแทน (ถ้ามี) ==": a grandson
who types for his grandmother): that part is a proxy's, as ผู้ยื่นแทน's is; the applicant
is the one whose part the form heads first, her name given in parts. Where the part is
left empty ("ชื่อ-สกุล: -"), nothing of it is a name. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
ELDER_ID = with_check_digit("350010028815")


def _form(filler: tuple[str, str, str]) -> ExtractedCase:
    name, relation, phone = filler
    text = (
        "มีผู้ส่งแบบฟอร์มใหม่ในระบบบริการออนไลน์\n"
        "เลขที่รับเรื่อง: W-2570-0113\n\n"
        "== ข้อมูลผู้สมัคร ==\n"
        "คำนำหน้า: นาง\nชื่อ: จันทร์ดี\nนามสกุล: มีสุข\n"
        f"เลขประจำตัวประชาชน: {ELDER_ID}\n"
        "บ้านเลขที่: 41\nหมู่ที่: 5\nตำบล/แขวง: ป่าแดด\nอำเภอ/เขต: เมืองเชียงใหม่\n"
        "จังหวัด: เชียงใหม่\nรหัสไปรษณีย์: 50100\n\n"
        "== ผู้กรอกข้อมูลแทน (ถ้ามี) ==\n"
        f"ชื่อ-สกุล: {name}\nความเกี่ยวข้อง: {relation}\nโทรศัพท์: {phone}\n"
    )
    msg = EmailMessage()
    msg["From"] = "ระบบบริการออนไลน์ <no-reply@example.go.th>"
    msg["To"] = "welfare@example.go.th"
    msg["Subject"] = "แบบฟอร์มใหม่"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_one_who_filled_it_in_is_not_the_applicant() -> None:
    case = _form(("นายวรพล มีสุข", "หลาน", "0845512076"))
    assert case.fields.get("full_name") == "นางจันทร์ดี มีสุข"
    assert case.fields.get("national_id") == ELDER_ID


def test_an_empty_filler_part_gives_no_name() -> None:
    case = _form(("-", "-", "-"))
    assert case.fields.get("full_name") == "นางจันทร์ดี มีสุข"
