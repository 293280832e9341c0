"""A body's Word letter lists its committee in a table ("ที่ | ชื่อ-สกุล | ตำแหน่ง |
เลขประจำตัวประชาชน | ที่อยู่ | โทรศัพท์"), its chair signing below: the header is no row of
label and value pairs ("ที่อยู่: โทรศัพท์" was read as an address), and the chair's row,
named by the post column, is the one who asks (set 28), as in an HTML table; his house
and village alone in the table ("45 ม.3") give way to the body's whole address the letter
heads with (set 91: a village fund's letter). Names and places invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
CHAIR_ID = with_check_digit("341010022457")


def _read(committee: list[tuple[str, ...]]) -> ExtractedCase:
    d = docx.Document()
    d.add_paragraph("กองทุนหมู่บ้านบ้านหนองแสง")
    d.add_paragraph("ที่ทำการ บ้านเลขที่ 45 ม.3 ต.หนองแสง อ.เมืองอุดรธานี อุดรธานี 41000")
    d.add_paragraph("เรียน นายกองค์การบริหารส่วนตำบล")
    d.add_paragraph("ด้วยกองทุนหมู่บ้านบ้านหนองแสงขอหนังสือรับรองคณะกรรมการ ตามรายชื่อดังนี้")
    table = d.add_table(rows=0, cols=len(committee[0]))
    for row in committee:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
    d.add_paragraph("ลงชื่อ ..............................")
    d.add_paragraph("(นายสมคิด แสงทอง)")
    d.add_paragraph("ประธานกรรมการกองทุนหมู่บ้านบ้านหนองแสง")
    out = io.BytesIO()
    d.save(out)
    msg = EmailMessage()
    msg["From"] = "fund <nongsaeng.fund@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอหนังสือรับรอง"
    msg.set_content("เรียน สารบรรณ\nแนบหนังสือครับ\n")
    msg.add_attachment(out.getvalue(), maintype=DOCX[0], subtype=DOCX[1], filename="fund.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


_HEADER = ("ที่", "ชื่อ-สกุล", "ตำแหน่ง", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์")
_OTHERS = [
    ("2", "นางบุญมี ทองคำ", "รองประธาน", with_check_digit("341010033518"), "12 ม.3", "089-417-2205"),
    ("3", "นายเสถียร ใจดี", "เหรัญญิก", with_check_digit("341010044629"), "88 ม.3", "081-660-3419"),
    (
        "4",
        "นางสาวพรทิพย์ ศรีสุข",
        "เลขานุการ",
        with_check_digit("341010055730"),
        "9 ม.3",
        "093-502-7714",
    ),
]


def test_the_chairs_row_and_the_bodys_whole_address() -> None:
    chair = ("1", "นายสมคิด แสงทอง", "ประธาน", CHAIR_ID, "45 ม.3", "086-225-4410")
    case = _read([_HEADER, chair, *_OTHERS])
    assert case.fields.get("full_name") == "นายสมคิด แสงทอง"
    assert case.fields.get("national_id") == CHAIR_ID
    assert case.fields.get("phone") == "+66862254410"
    assert (case.fields.get("address") or "").startswith("45 ม.3 ต.หนองแสง อ.เมืองอุดรธานี")
    assert case.fields.get("postal_code") == "41000"


def test_a_list_with_no_chair_gives_no_row() -> None:
    members = [("1", "นายวีระ มั่นคง", "กรรมการ", with_check_digit("341010066841"), "7 ม.3", "")]
    case = _read([_HEADER, *members, *_OTHERS])
    assert case.fields.get("national_id") is None
