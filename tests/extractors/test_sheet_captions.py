"""A sheet made on a phone heads its columns, or opens its rows, with the one word a
person types for a thing (set 78): "บ้าน" for the address, "เบอร์" for the phone,
"เกิด" for the birth date. Examples written afresh, not the set's."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read(rows: list[tuple[object, ...]]) -> ExtractedCase:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "Wanna <wanna.pt@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอพันธุ์ปลา"
    msg.set_content("ส่งจาก Google ชีต\n")
    msg.add_attachment(
        out.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="sheet.xlsx",
    )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_short_headers_across_a_row() -> None:
    case = _read([
        ("ชื่อ", "เลขบัตร", "วันเกิด", "บ้าน", "เบอร์", "เรื่อง"),
        ("นางวรรณา พึ่งทอง", 3400100225731, dt.datetime(1962, 5, 9),
         "27 ม.4 ต.โนนท่อน อ.เมืองขอนแก่น จ.ขอนแก่น 40000", 895512760, "ขอพันธุ์ปลา"),
    ])  # fmt: skip
    assert case.fields.get("address", "").startswith("27 ม.4 ต.โนนท่อน")
    assert case.fields.get("phone") == "+66895512760"
    assert case.fields.get("postal_code") == "40000"


def test_short_captions_down_the_first_column() -> None:
    case = _read([
        ("ชื่อ", "นางวรรณา พึ่งทอง"), ("บัตรประชาชน", "3-4001-00225-73-1"),
        ("เกิด", "9 พฤษภาคม 2505"), ("โทร", "089-551-2760"),
    ])  # fmt: skip
    assert case.fields.get("birth_date") == "1962-05-09"


def test_a_short_word_over_no_such_value_is_no_caption() -> None:
    # "บ้าน" over a kind of dwelling, not an address: nothing read as the address
    case = _read([
        ("ชื่อ", "เลขบัตร", "เบอร์โทร", "บ้าน"),
        ("นางวรรณา พึ่งทอง", "3400100225731", "0895512760", "บ้านเช่า"),
    ])  # fmt: skip
    assert case.fields.get("address") is None
