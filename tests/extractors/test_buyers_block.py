"""The agency as the customer on a seller's invoice or quotation: its block (its address,
its numbers) is never the writer's place; a receipt made out to a person is hers. Names,
firms, places and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests_5 import docx_bytes, pdf_page

from extractors.base import ExtractedCase
from extractors.buyers_block import buyers_lines
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
SELLER = "77/1 ถนนเจริญเมือง ตำบลวัดเกต อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000"
AGENCY = "เลขที่ 1 ถนนโชตนา ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300"


def read_mail(
    *, text: str = "", html: str = "", files: tuple[tuple[str, bytes], ...] = ()
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Lanna Office Supply <sales@lanna-supply.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ใบแจ้งหนี้"
    msg.set_content(text or "เรียน กองคลัง\nส่งเอกสารตามแนบ\n")
    if html:
        msg.add_alternative(html, subtype="html")
    for name, data in files:
        kind = ("application", "pdf") if name.endswith(".pdf") else DOCX
        msg.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def numbered(lines: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_the_buyers_name_and_the_lines_of_its_place_under_it() -> None:
    lines = numbered(
        ["ลูกค้า: เทศบาลนครเชียงใหม่", f"ที่อยู่: {AGENCY}", "โทร 053-259-000", "รายการ: กระดาษ A4"]
    )
    assert buyers_lines(lines) == {1, 2, 3}
    lines = numbered(["เสนอราคาต่อ", "องค์การบริหารส่วนตำบลป่าแดด", AGENCY, "ลำดับ รายการ"])
    assert buyers_lines(lines) == {1, 2, 3}


def test_a_person_as_the_buyer_is_no_agency() -> None:
    lines = numbered(["ลูกค้า: นางศรีนวล คำปัน", f"ที่อยู่: {AGENCY}"])
    assert buyers_lines(lines) == set()


def test_an_invoice_table_gives_the_sellers_office_not_the_customers() -> None:
    rows = [
        ("ผู้ขาย", "บริษัท ล้านนาออฟฟิศซัพพลาย จำกัด"),
        ("ที่อยู่ผู้ขาย", SELLER),
        ("ลูกค้า", "เทศบาลนครเชียงใหม่"),
        ("ที่อยู่ลูกค้า", AGENCY),
        ("ยอดรวม", "12,400.00 บาท"),
    ]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = (
        f"<p>เรียน ผู้อำนวยการกองคลัง</p><table border=1>{table}</table>"
        "<p>ขอแสดงความนับถือ</p><p>นายณัฐพล อินต๊ะ<br>กรรมการผู้จัดการ</p>"
    )
    case = read_mail(html=html)
    assert (case.fields.get("address") or "").startswith("77/1 ถนนเจริญเมือง")
    assert case.fields.get("postal_code") == "50000"


def test_a_word_quotations_customer_block_is_not_the_shops_place() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("ร้านคำปันเครื่องเขียน")
        d.add_paragraph("14 หมู่ 3 ตำบลหนองหอย อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000  โทร 081-530-2276")
        d.add_paragraph("ใบเสนอราคา")
        d.add_paragraph(f"เสนอราคาต่อ องค์การบริหารส่วนตำบลป่าแดด\n{AGENCY}")
        d.add_paragraph("1. กระดาษ A4 50 รีม 5,750.00 บาท")
        d.add_paragraph("ผู้เสนอราคา ....................\n(นางศรีนวล คำปัน)\nเจ้าของกิจการ")

    case = read_mail(files=(("quotation.docx", docx_bytes(build)),))
    assert case.fields.get("postal_code") == "50000"
    # the shop's owner, named only in brackets under ผู้เสนอราคา, is the one who quotes
    assert case.fields.get("full_name") == "นางศรีนวล คำปัน"


def test_a_typed_bill_gives_the_sellers_head_not_the_customers_address() -> None:
    rows = [
        "บริษัท ล้านนาออฟฟิศซัพพลาย จำกัด",
        SELLER,
        "โทร 053 214 880",
        "ใบวางบิล",
        "ลูกค้า องค์การบริหารส่วนจังหวัดเชียงใหม่",
        f"ที่อยู่ {AGENCY}",
        "1. ใบแจ้งหนี้ IV-0091 กระดาษ 12,400.00 บาท",
        "ผู้มีอำนาจลงนาม ....................",
        "(นายณัฐพล อินต๊ะ)",
    ]
    data = pdf_page([(20, 20 + 9 * n, row) for n, row in enumerate(rows)], size=13, face="Loma")
    case = read_mail(files=(("bill.pdf", data),))
    assert (case.fields.get("address") or "").startswith("77/1 ถนนเจริญเมือง")
    assert case.fields.get("postal_code") == "50000"
