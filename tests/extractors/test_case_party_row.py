"""A sheet an officer sends about a case names its other people a row each, their role in
the row's first cell ("ผู้เสียหาย | <name> | เลขประจำตัวประชาชน | <ID> | วันเกิด | ...", set
83: a police station's list of cameras for a case): the row's values are the victim's, not
the one who sends the sheet; read, but flagged for a clerk. Names and numbers invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _read(rows: list[tuple[str, ...]]) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "officer <kittipong.sr@example.com>"
    msg["To"] = "cctv@example.go.th"
    msg["Subject"] = "รายการกล้องวงจรปิด คดีอาญาที่ 52/2569"
    msg.set_content("เรียน ศูนย์ CCTV\nแนบรายการกล้องครับ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="list.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_victims_row_gives_no_sure_id() -> None:
    case = _read(
        [
            ("รายการกล้องวงจรปิด คดีอาญาที่ 52/2569",),
            ("หน่วยงาน", "สถานีตำรวจภูธรเมืองพิจิตร", "โทร", "056-611-204"),
            ("มือถือ", "086-220-4417", "อีเมล", "kittipong.sr@example.com"),
            (),
            ("ผู้เสียหาย", "นางมาลัย แสงทอง", "เลขประจำตัวประชาชน", "3660100287416"),
            (),
            ("ลำดับ", "จุดติดตั้งกล้อง", "วันที่"),
            ("1", "หน้าตลาดสด", "3/11/2569"),
        ]
    )
    assert case.fields.get("national_id") in (None, "3660100287416")
    if case.fields.get("national_id"):
        assert case.issues.get("national_id"), "the victim's ID shown without a flag"
    assert case.fields.get("phone") == "+66862204417"
