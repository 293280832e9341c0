"""Unit tests for the silent values blind set 33 left after its sheet fix (issue 8): a
body that says the attachment's value is wrong, a shop's phone against the owner's
mobile, label words in a Word text box's dotted line taken for a name. Examples written
afresh, not the set's strings."""

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
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def mail(body: str, data: bytes, mime: str, filename: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบฟอร์มตามแนบ"
    msg.set_content(body)
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def sheet(rows: list[list[Any]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SHEET_ROWS: list[list[Any]] = [
    ["แบบคำร้อง"],
    ["ชื่อ-สกุล", "นางพิมพ์ใจ ศรีสุข"],
    ["บ้านเลขที่", "58"],
    ["หมู่ที่", "3"],
    ["ตำบล", "หนองบัว"],
    ["อำเภอ", "เมืองอุดรธานี"],
    ["จังหวัด", "อุดรธานี"],
    ["รหัสไปรษณีย์", "41000"],
    ["โทรศัพท์", "089-114-2207"],
]


def test_a_body_saying_the_sheets_house_number_is_wrong_flags_the_address() -> None:
    # The body says the attachment's house number was mistyped: the sheet's address can
    # no longer be taken on its word (issue 8: two sources disagree, flagged).
    body = "แนบแบบฟอร์มมาค่ะ\nบ้านเลขที่ในแบบฟอร์มพิมพ์ผิดค่ะ ที่ถูกคือบ้านเลขที่ 85\n"
    case = mail(body, sheet(SHEET_ROWS), XLSX, "form.xlsx")
    assert case.fields.get("address") is not None
    assert flagged(case, "address")
    assert not flagged(case, "phone")  # the other fields stand


def test_a_body_that_says_nothing_wrong_leaves_the_sheets_address_unflagged() -> None:
    case = mail("แนบแบบฟอร์มมาค่ะ ขอบคุณค่ะ\n", sheet(SHEET_ROWS), XLSX, "form.xlsx")
    assert case.fields.get("address") is not None
    assert not flagged(case, "address")


def test_a_body_correcting_the_attachments_phone_wins_over_it() -> None:
    # The body gives the right number after saying the attachment's is wrong: the body's
    # is taken (and the disagreement still shown).
    body = "แนบแบบฟอร์มมาค่ะ\nเบอร์โทรในไฟล์พิมพ์ผิด ที่ถูกต้องคือ 089-114-2270 ค่ะ\n"
    case = mail(body, sheet(SHEET_ROWS), XLSX, "form.xlsx")
    assert case.fields.get("phone") == "+66891142270"


def docx(lines: list[str]) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_phone_labelled_as_the_operators_own_is_read_beside_the_shops() -> None:
    # A trade registration form gives the shop's phone under the shop's item and the
    # operator's mobile under "โทรศัพท์มือถือผู้ประกอบการ": the label naming whose it is
    # must be read, so the shop's is no longer taken unquestioned.
    dots = "." * 6
    case = mail(
        "ส่งแบบฟอร์มตามแนบครับ\n",
        docx(
            [
                f"1. ชื่อ{dots}นายวีระ คงมั่น{dots}",
                f"5. ที่ตั้งสำนักงานแห่งใหญ่{dots}71 หมู่ที่ 4 ตำบลนาโพธิ์ อำเภอนาโพธิ์ บุรีรัมย์ 31230{dots}",
                f"   โทรศัพท์{dots}0-4461-2039{dots}",
                f"   โทรศัพท์มือถือผู้ประกอบการ{dots}086-702-3314{dots}",
            ]
        ),  # fmt: skip
        DOCX,
        "form.docx",
    )
    assert case.fields.get("phone") == "+66867023314" or flagged(case, "phone")
