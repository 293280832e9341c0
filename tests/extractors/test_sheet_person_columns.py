"""A sheet asking the same questions of a child and her parents, a column each ("รายการ |
เด็ก | บิดา | มารดา"): a day-care centre's or a school's record of a new pupil, filled by
a parent. The record is the child's (sets 31/63, 64): her column's name, ID and birth
date, never the row's cells joined across the columns, nor a parent's. Every name and ID
is made up (IDs with a valid check digit)."""

from __future__ import annotations

import io
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CHILD_ID = with_check_digit("165010022841")
FATHER_ID = with_check_digit("365010044179")
MOTHER_ID = with_check_digit("165990031125")


def read_sheet(rows: list[tuple[object, ...]]) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "Nid <nid.k@example.com>"
    msg["To"] = "cdc@example.go.th"
    msg["Subject"] = "ข้อมูลเด็กใหม่"
    msg.set_content("ส่งข้อมูลค่ะ")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="a.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_childs_column_of_a_sheet_with_her_parents_beside() -> None:
    case = read_sheet([
        ("ใบสมัครเข้าเรียน ศูนย์พัฒนาเด็กเล็กบ้านกลาง ปีการศึกษา 2570",),
        ("รายการ", "เด็ก", "บิดา", "มารดา"),
        ("ชื่อ-สกุล", "ด.ช.ธนกร ใจดี", "นายประสิทธิ์ ใจดี", "นางนิดา ใจดี"),
        ("เลขประจำตัวประชาชน", CHILD_ID, FATHER_ID, MOTHER_ID),
        ("วันเกิด", "3 ก.พ. 2567", "9 ม.ค. 2533", "21 ส.ค. 2536"),
        ("โทรศัพท์", "-", "0861234570", "0927781345"),
        ("ที่อยู่", "9 หมู่ 4 ตำบลบ้านกลาง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000", "", ""),
    ])  # fmt: skip
    assert case.fields.get("full_name") == "ด.ช.ธนกร ใจดี"
    assert case.fields.get("national_id") == CHILD_ID
    assert case.fields.get("birth_date") == "2024-02-03"


def test_a_date_cell_in_the_childs_column() -> None:
    case = read_sheet([
        ("รายการ", "เด็ก", "บิดา", "มารดา"),
        ("ชื่อ-สกุล", "เด็กหญิงพรรณี ใจดี", "นายประสิทธิ์ ใจดี", "นางนิดา ใจดี"),
        ("เลขประจำตัวประชาชน", CHILD_ID, FATHER_ID, MOTHER_ID),
        ("วันเกิด", date(2023, 11, 5), date(1990, 1, 9), date(1993, 8, 21)),
    ])  # fmt: skip
    assert case.fields.get("full_name") == "เด็กหญิงพรรณี ใจดี"
    assert case.fields.get("birth_date") == "2023-11-05"
