"""The postal code and province of the registered home a letter gives, over those of a
stay it names after it (set 111: a son answering for his father, who stays with him while
treated: "ที่อยู่ตามทะเบียนบ้าน <home>" then "ย้ายมาอยู่กับผมที่ <the son's>"). Where the
registered home is the address read, its own postal code stands beside it, not the one
of the place said after it. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
FATHER_ID = with_check_digit("347020018852")


def test_the_registered_homes_postal_code_beside_it() -> None:
    msg = EmailMessage()
    msg["From"] = "Chai <chai.son@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Re: สอบถามเบี้ยยังชีพ"
    msg.set_content(
        "<div>เรียน คุณเจ้าหน้าที่</div><br><div>ข้อมูลบิดาครับ</div><div>ชื่อ นายคำพอง ศรีสุข</div>"
        f"<div>เลขประจำตัวประชาชน {FATHER_ID}</div>"
        "<div>ที่อยู่ตามทะเบียนบ้าน 12 หมู่ 4 ตำบลนาโพธิ์ อำเภอกุสุมาลย์ จังหวัดสกลนคร 47210</div>"
        "<div>บิดาย้ายมาอยู่กับผมที่ 55 ถนนนิตโย ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร "
        "47000 ช่วงรักษาตัว แต่ทะเบียนบ้านยังอยู่ที่เดิมครับ</div><br><div>ชัย</div>",
        subtype="html",
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert (case.fields.get("address") or "").startswith("12 หมู่ 4 ตำบลนาโพธิ์")
    assert case.fields.get("postal_code") == "47210"
