"""A label naming a building or a place by its name ("ชื่อหอพัก", "ชื่ออพาร์ตเมนต์",
"ชื่อหมู่บ้าน", "ชื่อโครงการ"): the place's name, never a person's, so the landlord's row
("ชื่อเจ้าของหอพัก") keeps the name's field. Names and places invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
LABELS = matcher_for(TEMPLATES)


def test_a_buildings_name_is_no_persons() -> None:
    for label in ("ชื่อหอพัก", "ชื่ออพาร์ตเมนต์", "ชื่อแมนชั่น", "ชื่อหมู่บ้าน", "ชื่อโครงการ",
                  "ชื่ออาคาร", "ชื่อคอนโด"):  # fmt: skip
        found = LABELS.match(label)
        assert found is None or found[0] != "full_name", label


def test_its_owners_name_is_a_persons() -> None:
    for label in ("ชื่อเจ้าของหอพัก", "ชื่อผู้ยื่นคำขอ", "ชื่อ"):
        found = LABELS.match(label)
        assert found is not None and found[0] == "full_name", label


def _sheet() -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(("แบบแจ้งจำนวนห้องเช่า",))
    ws.append(("ชื่อเจ้าของหอพัก", "นางมาลัย ศรีงาม"))
    ws.append(("โทรศัพท์", "081-234-5670"))
    ws.append(("ชื่อหอพัก", "สวนมะม่วงอพาร์ตเมนต์"))
    ws.append(("ที่ตั้งหอพัก", "45 หมู่ที่ 3 ตำบลบางแก้ว อำเภอเมือง"))
    ws.append(())
    ws.append(("ห้อง", "ผู้เช่า"))
    ws.append(("201", "นายสมศักดิ์ ทองดี"))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_landlords_sheet_names_her_not_the_dormitory() -> None:
    msg = EmailMessage()
    msg["From"] = "Malai <malai.sr@example.com>"
    msg["To"] = "clean@town.example.go.th"
    msg["Subject"] = "แจ้งห้องเช่า"
    msg.set_content("แจ้งจำนวนห้องเช่าตามไฟล์แนบค่ะ\n")
    msg.add_attachment(_sheet(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       filename="rooms.xlsx")  # fmt: skip
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นางมาลัย ศรีงาม"
