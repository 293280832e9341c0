"""A village's list sent by its headman, his post in brackets after the part he plays in
sending it ("ผู้ส่ง (ผู้ใหญ่บ้าน) | นาย<him>", "ผู้เสนอ (กำนัน) | ..."), his ID, home and
mobile under it, the villagers' rows below: he asks for his village (sets 66, 71), so
his name is read, flagged (the sheet does not say he is the one who asks). A headman who
only certifies another's sheet (ผู้รับรอง) is not. Names, numbers and places invented."""

from __future__ import annotations

import io
import sys
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
HEAD = "นายสมบัติ ดอนไพร"


def _sheet(part: str) -> ExtractedCase:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(("บัญชีครัวเรือนขอรับถุงยังชีพ หมู่ที่ 3 ตำบลโคกกลาง",))
    ws.append((part, HEAD))
    ws.append(("เลขประจำตัวประชาชน", with_check_digit("340120044871")))
    ws.append(("โทร", "081-552-3309"))
    ws.append(())
    ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขบัตร", "บ้านเลขที่"))
    ws.append((1, "นางคำปุน ศรีภูมิ", with_check_digit("340120071135"), "14"))
    ws.append((2, "นายทองดี มาลัย", with_check_digit("340120063329"), "27/1"))
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "sombat.dp@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "บัญชีครัวเรือน หมู่ 3"
    msg.set_content("เรียน นายก อบต.\nส่งบัญชีครับ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="list.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_headman_who_sends_his_villages_list_is_read() -> None:
    for part in ("ผู้ส่ง (ผู้ใหญ่บ้าน)", "ผู้เสนอ (กำนันตำบลโคกกลาง)"):
        case = _sheet(part)
        assert case.fields.get("full_name") == HEAD, part
        # his ID on the row under his name's row is his, no sentence about another
        assert case.fields.get("national_id") == with_check_digit("340120044871"), part


def test_a_headman_who_certifies_is_not_the_one_who_asks() -> None:
    assert _sheet("ผู้รับรอง (ผู้ใหญ่บ้าน)").fields.get("full_name") != HEAD
