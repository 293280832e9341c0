"""A taxpayer's number: a natural person's is her national ID (a shop's quotation, a
supplier's bank form), a juristic person's (13 digits opening with 0) no one's. And the
quotation's seller named as ผู้เสนอราคา or เจ้าของกิจการ is the one who asks. Names, shops and
numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests import with_check_digit
from unseen_requests_5 import Field, acroform, pdf_page, xlsx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWNER_ID = with_check_digit("341020055871")
FIRM_NO = with_check_digit("034555800412")  # a company's: opens with 0
SHEET = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def read_mail(files: tuple[tuple[str, bytes, tuple[str, str]], ...]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kanokwan <kanokwan.shop@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ใบเสนอราคา"
    msg.set_content("เรียน เจ้าหน้าที่พัสดุ\nแนบเอกสารค่ะ\n")
    for name, data, (main, sub) in files:
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def sheet(rows: list[tuple[str, ...]]) -> bytes:
    def build(book: Any) -> None:
        for row in rows:
            book.active.append(row)

    return xlsx_bytes(build)


def test_a_shops_tax_id_row_is_its_owners_national_id_and_she_quotes() -> None:
    data = sheet(
        [
            ("ร้านกนกวรรณค้าวัสดุ",),
            ("เจ้าของกิจการ", "นางกนกวรรณ สายทอง"),
            ("เลขประจำตัวผู้เสียภาษี", OWNER_ID),
            ("ที่อยู่", "14 หมู่ 2 ตำบลบ้านเป้า อำเภอเมืองลำปาง จังหวัดลำปาง 52100"),
            (),
            ("รายการ", "จำนวน", "ราคา"),
            ("ปูนซีเมนต์", "40", "5,800"),
            (),
            ("ผู้เสนอราคา", "นางกนกวรรณ สายทอง"),
        ]
    )
    case = read_mail((("quotation.xlsx", data, SHEET),))
    assert case.fields["national_id"] == OWNER_ID
    assert case.fields["full_name"] == "นางกนกวรรณ สายทอง"


def test_a_firms_tax_id_is_no_ones_national_id() -> None:
    data = sheet(
        [
            ("บริษัท ลำปางวัสดุ จำกัด",),
            ("เลขประจำตัวผู้เสียภาษี", FIRM_NO),
            ("ผู้เสนอราคา", "นายธวัชชัย มีชัย"),
        ]
    )
    case = read_mail((("quotation.xlsx", data, SHEET),))
    assert case.fields.get("national_id") is None


def test_a_bank_forms_tax_id_field_of_a_person_is_her_id() -> None:
    labels = [(20, 30, "ชื่อผู้ขาย"), (20, 40, "เลขประจำตัวผู้เสียภาษี"), (20, 50, "โทรศัพท์")]
    fields = [
        Field("vendor_name", "นางกนกวรรณ สายทอง", 62, 30, 100),
        Field("tax_id", OWNER_ID, 62, 40, 60, comb=13),
        Field("vendor_tel", "081-442-7193", 45, 50, 55),
    ]
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    case = read_mail((("bank_form.pdf", data, ("application", "pdf")),))
    assert case.fields["national_id"] == OWNER_ID
