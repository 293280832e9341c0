"""A workbook with a sheet per person, each sheet's tab named by the person's part.

A carer keeps her own details on a sheet she names "ผู้ดูแล" and the person she cares
for on one named "คนพิการ" (or "ผู้สูงอายุ", "ผู้ยื่นแทน" ...): the rows of both sheets
are alike ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่"), only the tab says whose they are.
The request is the cared-for's (sets 31/63): the carer's name, ID and home never his, her
mobile never his without a flag (set 37). Tabs that name no part ("Sheet1") are read as
before. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ELDER_ID = with_check_digit("350110027764")
CARER_ID = with_check_digit("150110048812")
ELDER_HOME = "9 หมู่ 2 ตำบลแม่ปั๋ง อำเภอพร้าว จังหวัดเชียงใหม่ 50190"
CARER_HOME = "77/3 ถนนช้างคลาน ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100"


def _book(carer_tab: str, elder_tab: str) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = carer_tab
    carer = (
        ("ชื่อ-สกุล", "นางสาววิภา ใจมา"),
        ("เลขประจำตัวประชาชน", CARER_ID),
        ("ความเกี่ยวข้อง", "หลานสาว"),
        ("ที่อยู่", CARER_HOME),
        ("มือถือ", "0956128834"),
    )
    for row in carer:
        ws.append(row)
    ws2 = book.create_sheet(elder_tab)
    for row in (("ชื่อ-สกุล", "นางคำปัน ใจมา"), ("เลขประจำตัวประชาชน", ELDER_ID),
                ("วันเกิด", "02/05/2483"), ("ที่อยู่", ELDER_HOME)):  # fmt: skip
        ws2.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _read(sheet: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wipa <wipa.jm@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ข้อมูลขอรับเบี้ย"
    msg.set_content("ส่งข้อมูลเป็นไฟล์ค่ะ\n")
    msg.add_attachment(sheet, maintype="application", subtype=XLSX.split("/")[1],
                       filename="data.xlsx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_the_cared_fors_tab_over_the_carers_tab_before_it() -> None:
    case = _read(_book("ผู้ดูแล", "ผู้สูงอายุ"))
    assert case.fields.get("full_name") == "นางคำปัน ใจมา"
    assert case.fields.get("national_id") == ELDER_ID
    assert case.fields.get("address") == ELDER_HOME
    assert case.fields.get("phone") is None or _flagged(case, "phone")


def test_a_proxys_tab_named_so_is_read_as_a_proxys_part() -> None:
    case = _read(_book("ข้อมูลผู้ยื่นแทน", "ข้อมูลคนพิการ"))
    assert case.fields.get("national_id") == ELDER_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")
