"""Unit tests for the shapes blind set 33 (typed attachments: forms retyped in Word, saved
as PDF, sheets returned filled) found the readers getting wrong without a flag (issue 8):
each names the way a request is written that it covers, with examples written afresh, not
the set's strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def read_sheet(rows: list[list[Any]]) -> ExtractedCase:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบฟอร์มตามแนบ"
    msg.set_content("ส่งแบบฟอร์มตามแนบค่ะ\n")
    msg.add_attachment(out.getvalue(), maintype="application",
                       subtype=XLSX.split("/")[1], filename="form.xlsx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_sheets_running_numbers_are_not_part_of_the_values() -> None:
    # An office's sheet numbers its rows (ลำดับ | รายการ | ข้อมูล): the number that
    # starts the row after the address is that row's, not the address's last line.
    case = read_sheet([
        ["ลำดับ", "รายการ", "ข้อมูลผู้ขอ"],
        [1, "ชื่อ-สกุล", "นางสาวรัชนี มาลาทอง"],
        [2, "ที่อยู่", "64 หมู่ที่ 2 ตำบลบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม"],
        [3, "รหัสไปรษณีย์", "48140"],
        [4, "โทรศัพท์", "081-406-2215"],
    ])  # fmt: skip
    assert case.fields.get("address") == "64 หมู่ที่ 2 ตำบลบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม"
    assert case.fields.get("postal_code") == "48140"
    assert case.fields.get("province") == "นครพนม"
