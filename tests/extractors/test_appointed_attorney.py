"""An attorney who sends the power of attorney that appoints him ("ขอมอบอำนาจให้ <him>"),
signing the cover mail with his own name: the request is the grantor's (sets 31/63), his
name wherever it is written (the mail, his signature under the power) set behind hers.
Names, numbers and places invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx
from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
GRANTOR_ID = with_check_digit("340150022648")
ATTORNEY_ID = with_check_digit("110040031257")


def _power() -> bytes:
    document = docx.Document()
    document.add_paragraph("หนังสือมอบอำนาจ")
    document.add_paragraph("เขียนที่ 14 หมู่ 9 ตำบลโนนผึ้ง อำเภอวารินชำราบ\nวันที่ 3 กุมภาพันธ์ พ.ศ. 2570")
    document.add_paragraph(
        f"โดยหนังสือฉบับนี้ ข้าพเจ้า นางทองพูล แสงดาว อายุ 71 ปี เลขประจำตัวประชาชน {GRANTOR_ID} อยู่บ้านเลขที่ 14 "
        "หมู่ 9 ตำบลโนนผึ้ง อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34190 ในฐานะผู้จัดการมรดกของ"
        "นายบุญมี แสงดาว ผู้ตาย ตามคำสั่งศาล"
    )
    document.add_paragraph(
        f"ขอมอบอำนาจให้ นายปกรณ์ ทองสุข เลขประจำตัวประชาชน {ATTORNEY_ID} อยู่บ้านเลขที่ 3/7 "
        "ถนนชยางกูร ตำบลในเมือง อำเภอเมืองอุบลราชธานี เป็นผู้ยื่นคำร้องและรับเอกสารแทนข้าพเจ้า"
    )
    document.add_paragraph(
        "ลงชื่อ..................ผู้มอบอำนาจ\n(นางทองพูล แสงดาว)\n\n"
        "ลงชื่อ..................ผู้รับมอบอำนาจ\n(นายปกรณ์ ทองสุข)"
    )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_grantor_asks_not_the_attorney_who_sends() -> None:
    msg = EmailMessage()
    msg["From"] = "Pakorn <pakorn.ts@example.com>"
    msg["To"] = "saraban@warin.example.go.th"
    msg["Subject"] = "หนังสือมอบอำนาจ"
    msg.set_content(
        "เรียน เจ้าหน้าที่\n\nผมเป็นหลานของนางทองพูล แสงดาว ผู้จัดการมรดก ส่งหนังสือมอบอำนาจมาก่อน "
        "จะนำต้นฉบับไปยื่นสัปดาห์หน้าครับ\n\n"
        "นายปกรณ์ ทองสุข\nโทร 0891127345\n"
    )
    msg.add_attachment(
        _power(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="power.docx",
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("national_id") == GRANTOR_ID
    assert case.fields.get("full_name") == "นางทองพูล แสงดาว"
