"""A sheet an officer sends about a case names its other people a row each, their role in
the row's first cell ("ผู้เสียหาย | <name> | เลขประจำตัวประชาชน | <ID> | วันเกิด | ...", set
83: a police station's list of cameras for a case): the row's values are the victim's, not
the one who sends the sheet; read, but flagged for a clerk. Names and numbers invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.case_party_row import party_row
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


# A firm's or a group's sheet names the staff member a clerk may call (ผู้ประสานงาน,
# ผู้ติดต่อ) a row of her own under the one who signs: her mobile is hers, not the
# company's line nor the signer's (set 85: a bidder's list of documents).
_FIRM_HEAD: list[tuple[str, ...]] = [
    ("ผู้ยื่นคำขอ", "บริษัท ลำปางค้าวัสดุ จำกัด"),
    ("ที่ตั้งสำนักงาน", "12 ถ.พหลโยธิน ต.สวนดอก อ.เมืองลำปาง ลำปาง 52100"),
    ("โทรศัพท์", "054-226-318", "อีเมล", "info@lampang-supply.example.co.th"),
    ("ผู้มีอำนาจลงนาม", "นายอนุชา แก้วมณี", "เลขประจำตัวประชาชน", "3520100661734"),
]


def test_a_coordinators_row_gives_no_sure_phone() -> None:
    case = _read(
        [
            *_FIRM_HEAD,
            ("ผู้ประสานงาน (ฝ่ายบัญชี)", "นางสาวรัตนา ใจดี", "มือถือ", "089-514-2270"),
            (),
            ("ลำดับ", "เอกสาร", "วันที่"),
            ("1", "สำเนาสัญญาจ้าง", "3/11/2569"),
        ]
    )
    assert case.fields.get("phone") == "+6654226318"
    assert case.fields.get("full_name") == "นายอนุชา แก้วมณี"


def test_a_contact_persons_row_gives_no_sure_phone() -> None:
    case = _read(
        [
            *_FIRM_HEAD,
            ("ผู้ติดต่อ", "นางกาญจนา สุขเจริญ", "โทร", "081-377-5406", "อีเมล", "kanchana@example.com"),
            (),
        ]
    )
    assert case.fields.get("phone") == "+6654226318"
    assert case.fields.get("email") == "info@lampang-supply.example.co.th"


def test_a_contact_alone_is_still_read_flagged() -> None:
    # a group's sheet where the one to call is the only person named: hers, for a look
    case = _read(
        [
            ("ผู้ยื่นคำขอ", "กลุ่มทอผ้าบ้านสวนดอก"),
            ("ผู้ประสานงาน (ประธานกลุ่ม)", "นางบุญมี ทองคำ", "มือถือ", "089-514-2270"),
        ]
    )
    assert case.fields.get("phone") == "+66895142270"
    assert case.issues.get("phone"), "the contact's mobile shown without a flag"


def test_a_contact_heading_the_sheet_is_its_makers_row() -> None:
    # no one who asks named above: an agent's own sheet, its head block left whole
    pairs = ["ผู้ประสานงาน: นางสาวรัตนา ใจดี", "ใบอนุญาต: 12/2567"]
    assert party_row("ผู้ประสานงาน", pairs, asker_above=False) == pairs
    assert party_row("ผู้ประสานงาน", pairs, asker_above=True) == ["ผู้ประสานงาน", *pairs, ""]
    # a case's other person's row is hers wherever it stands
    assert party_row("ผู้เสียหาย", pairs, asker_above=False)[0] == "ผู้เสียหาย"


# A body's list of things it borrows names the one who asks (ผู้ขอยืม, its head) and the
# staff member sent to collect them, a row of his own with his ID card and mobile (ผู้มา
# รับของ): his numbers reach him, not the body nor its head (set 91: a school's list).
def test_a_collectors_row_gives_no_sure_id_or_phone() -> None:
    nid = with_check_digit("340990018275")
    case = _read(
        [
            ("บัญชีขอยืมครุภัณฑ์",),
            ("หน่วยงานผู้ยืม", "โรงเรียนบ้านโนนสวรรค์"),
            ("โทรศัพท์", "042-811-536"),
            ("ผู้ขอยืม", "นายสมพงษ์ ไชยวงศ์", "ตำแหน่ง", "ผู้อำนวยการโรงเรียน"),
            ("ผู้มารับของ", "นายธีรพล คำมา", "เลขบัตร", nid, "มือถือ", "093-417-2268"),
            (),
            ("ที่", "รายการ", "จำนวน"),
            ("1", "เต็นท์", "4"),
        ]
    )
    assert case.fields.get("full_name") == "นายสมพงษ์ ไชยวงศ์"
    assert case.fields.get("phone") == "+6642811536"
    if case.fields.get("national_id"):
        assert case.issues.get("national_id"), "the collector's ID shown without a flag"
