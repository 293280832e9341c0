"""A Word letter's table of people a row each under a header whose first caption says
who they are, no field's label ("นักบิน | ใบอนุญาต | โทร", "เจ้าหน้าที่ | ตำแหน่ง |
เบอร์ติดต่อ"): the firm's pilots, staff or guides, none of them the one who asks, so no
row gives a value, and the header's "โทร" never takes a row's cells for its value (set
100: a drone company's pilots and their licences). Names and numbers invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit
from unseen_requests_5 import docx_bytes

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
SIGNER_ID = with_check_digit("350110029384")


def _letter(header: tuple[str, str, str]) -> ExtractedCase:
    def build(d: Any) -> None:
        d.add_paragraph("บริษัท เชียงใหม่ แอเรียล จำกัด\nโทร 053-221-904")
        d.add_paragraph("เรียน นายกเทศมนตรีนครเชียงใหม่")
        d.add_paragraph(
            f"ด้วยบริษัทฯ โดย นายอนุวัฒน์ ใจมั่น กรรมการผู้จัดการ เลขประจำตัวประชาชน {SIGNER_ID} "
            "ขออนุญาตบินถ่ายภาพคูเมือง โดยมีผู้ปฏิบัติงานดังนี้"
        )
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, header, strict=True):
            c.text = h
        for name, lic, mob in (("นายพีรพล ศรีสม", "RPL-2210/67", "0861449032"),
                               ("นางสาวกนกพร ไชยวงศ์", "RPL-3381/68", "0917720465")):  # fmt: skip
            row = t.add_row().cells
            row[0].text, row[1].text, row[2].text = name, lic, mob
        d.add_paragraph("ขอแสดงความนับถือ\n\n(นายอนุวัฒน์ ใจมั่น)\nกรรมการผู้จัดการ")

    msg = EmailMessage()
    msg["From"] = "Anuwat <anuwat@cm-aerial.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตบินโดรน"
    msg.set_content("เรียน สำนักปลัด\nแนบหนังสือครับ\n")
    msg.add_attachment(docx_bytes(build), maintype=DOCX[0], subtype=DOCX[1], filename="letter.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_no_listed_persons_value_is_taken() -> None:
    for header in (("นักบิน", "ใบอนุญาตนักบิน", "โทร"), ("เจ้าหน้าที่", "ใบอนุญาต", "เบอร์ติดต่อ")):
        case = _letter(header)
        assert case.fields["full_name"] == "นายอนุวัฒน์ ใจมั่น", header
        assert case.fields["national_id"] == SIGNER_ID
        assert case.fields.get("phone") == "+6653221904", header
