"""A firm's paper (a quotation, an estimate, an installer's sheet) sent by the one it
works for: her row ("ลูกค้า", "ผู้ว่าจ้าง", "เจ้าของบ้าน/ผู้ใช้น้ำ") names the asker, the
firm's head block (its man who quotes, its technician's mobile) is the firm's, set behind.
Not a paper made out to an agency, nor a firm's own sheet naming no customer. Names,
numbers and places invented."""

from __future__ import annotations

import io
import sys
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

CUSTOMER = "นางประไพ ศรีสุวรรณ"
CUSTOMER_ID = with_check_digit("340150066172")
CUSTOMER_MOBILE = "086-512-7740"
FOREMAN = "นายสมศักดิ์ ดีงาม"
FOREMAN_MOBILE = "092-338-1456"


def _case(rows: list[tuple[object, ...]], sender: str = "prapai.ss@example.com") -> ExtractedCase:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = f"Prapai S. <{sender}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอซ่อมท่อระบายน้ำหน้าบ้าน"
    msg.set_content("เรียน นายกเทศมนตรี\nขอให้ซ่อมท่อหน้าบ้าน แนบใบประเมินราคาจากช่างค่ะ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="estimate.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def _estimate(customer_part: str, customer: str) -> list[tuple[object, ...]]:
    return [
        ("บริษัท ท่อดีเอ็นจิเนียริ่ง จำกัด",),
        ("เลขประจำตัวผู้เสียภาษี", "0125561004416", "โทร", "02-981-4402"),
        ("ผู้ประเมินราคา", FOREMAN, "มือถือ", FOREMAN_MOBILE),
        (),
        (customer_part, customer),
        ("ที่อยู่", "88/3 หมู่ 5 ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000"),
        ("เลขประจำตัวประชาชน", CUSTOMER_ID),
        ("เบอร์ติดต่อ", CUSTOMER_MOBILE),
        (),
        ("รายการ", "จำนวน", "ราคา"),
        ("วางท่อ คสล. 60 ซม.", 6, 14400),
    ]


def test_a_quotations_customer_who_sends_it_is_the_asker() -> None:
    for part in ("ลูกค้า", "ผู้ว่าจ้าง", "ชื่อลูกค้า"):
        case = _case(_estimate(part, CUSTOMER))
        assert case.fields["full_name"] == CUSTOMER, part
        assert case.fields["phone"].endswith("865127740"), part


def test_the_firms_man_in_its_head_is_never_shown_sure() -> None:
    case = _case(_estimate("ผู้ว่าจ้าง", CUSTOMER))
    assert case.fields["full_name"] != FOREMAN
    # her row names whose paper it is, not that she asks: a clerk looks
    assert _flagged(case, "full_name")


def test_an_installers_sheet_names_the_owner_by_two_parts() -> None:
    rows = [
        ("แบบข้อมูลติดตั้งปั๊มน้ำ",),
        ("ผู้ติดตั้ง", "ห้างหุ้นส่วนจำกัด วารีเทค", "โทร", "02-441-7788"),
        ("ช่างผู้ควบคุม", FOREMAN, "มือถือ", FOREMAN_MOBILE),
        (),
        ("เจ้าของบ้าน/ผู้ใช้น้ำ", CUSTOMER),
        ("เลขประจำตัวประชาชน", CUSTOMER_ID),
        ("โทรศัพท์", CUSTOMER_MOBILE),
    ]
    case = _case(rows)
    assert case.fields["full_name"] == CUSTOMER
    assert case.fields["phone"].endswith("865127740")


def test_a_paper_made_out_to_an_agency_is_left_to_the_seller() -> None:
    # a shop's quotation to the agency: the seller writes, the buyer is the office
    rows = _estimate("ลูกค้า", "เทศบาลนครนนทบุรี")
    case = _case(rows, sender="sales@thodee.example.com")
    assert case.fields.get("full_name") != "เทศบาลนครนนทบุรี"


def test_a_firms_own_sheet_naming_no_customer_is_left() -> None:
    rows = [
        ("บริษัท ท่อดีเอ็นจิเนียริ่ง จำกัด",),
        ("ผู้ติดต่อ", FOREMAN, "มือถือ", FOREMAN_MOBILE),
        (),
        ("เรื่อง", "ขออนุญาตขุดวางท่อในเขตทาง"),
    ]
    case = _case(rows, sender="somsak@thodee.example.com")
    assert case.fields.get("phone", "").endswith("923381456")


def test_a_tenants_own_sheet_naming_her_employer_and_landlord_is_left() -> None:
    # her own block (her employer a firm on its second row), her landlord's row below
    tenant = "นางสาวอรุณี ทองดี"
    tenant_id = with_check_digit("110370044125")
    rows = [
        ("ชื่อ-สกุล", tenant),
        ("ที่ทำงาน", "บริษัท ท่อดีเอ็นจิเนียริ่ง จำกัด"),
        ("เลขประจำตัวประชาชน", tenant_id),
        ("โทรศัพท์", "089-771-2045"),
        (),
        ("เจ้าของบ้าน", "นายบุญมี ทองดี"),
    ]
    case = _case(rows, sender="arunee.t@example.com")
    assert case.fields["full_name"] == tenant
    assert case.fields["national_id"] == tenant_id


def test_a_firms_own_permit_naming_the_buildings_owner_is_left() -> None:
    # a firm asks for its sign's permit; the building's owner (its landlord) consents
    rows = [
        ("บริษัท ท่อดีเอ็นจิเนียริ่ง จำกัด",),
        ("ผู้ติดต่อ", FOREMAN, "มือถือ", FOREMAN_MOBILE),
        (),
        ("เจ้าของอาคาร", CUSTOMER),
        ("เรื่อง", "ขออนุญาตติดตั้งป้ายบนอาคาร"),
    ]
    case = _case(rows, sender="somsak@thodee.example.com")
    assert case.fields.get("full_name") != CUSTOMER
    assert case.fields.get("phone", "").endswith("923381456")
