"""The principles set 17 of the requests written by others (unseen_requests_17.py) showed
the readers of attached files were missing, each on a small file made here."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def mail_with(*files: tuple[str, bytes, str], body: str = "ส่งแบบคำร้องตามแนบค่ะ\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content(body)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


# --- sheets: the address asked part by part under captions ---------------------------------


def sheet_of(rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                book.active.cell(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


PARTS = ["บ้านเลขที่", "หมู่ที่", "ซอย", "ถนน", "ตำบล/แขวง", "อำเภอ/เขต"]
BANGKOK = ["45/2", "-", "พหลโยธิน 24", "พหลโยธิน", "จอมพล", "จตุจักร"]


def test_two_captions_alone_in_a_row_head_the_row_below() -> None:
    """จังหวัด | รหัสไปรษณีย์ over their answers, under the address's other captions: the
    province (Bangkok) then chooses แขวง and เขต for the ตำบล/แขวง and อำเภอ/เขต boxes."""
    rows = [["ชื่อ - นามสกุล", "นายวีระ ดวงดี"], [], ["ที่อยู่", *PARTS], ["", *BANGKOK],
            ["", "จังหวัด", "รหัสไปรษณีย์"], ["", "กรุงเทพมหานคร", "10900"]]  # fmt: skip
    case = mail_with(("form.xlsx", sheet_of(rows), XLSX))
    assert case.fields["province"] == "กรุงเทพมหานคร"
    assert case.fields["postal_code"] == "10900"
    assert case.fields["address"] == "45/2 ซอยพหลโยธิน 24 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร"


def test_a_label_beside_its_value_is_no_header_of_two() -> None:
    """The test above can fail: a row with a label and its value is a pair, not two
    captions over the next row."""
    rows = [["จังหวัด", "ขอนแก่น"], ["รหัสไปรษณีย์", "40000"]]
    case = mail_with(("form.xlsx", sheet_of(rows), XLSX))
    assert case.fields["province"] == "ขอนแก่น"
    assert case.fields["postal_code"] == "40000"


def test_either_word_boxes_with_no_province_are_flagged() -> None:
    """ตำบล/แขวง with no province read: ตำบล is a guess a clerk must check."""
    rows = [["ชื่อ - นามสกุล", "นายวีระ ดวงดี"], ["ที่อยู่", *PARTS], ["", *BANGKOK]]
    case = mail_with(("form.xlsx", sheet_of(rows), XLSX))
    assert case.fields["address"].startswith("45/2 ")
    assert flagged(case, "address")
