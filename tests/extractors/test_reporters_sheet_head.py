"""An official's sheet of the cases he sends on: his head block is his (issuer_head).

A complaints centre or a district lists the citizens' cases it forwards under a head
naming who reports the list and his post ("ผู้รายงาน | <name> | ตำแหน่ง | <post>"), the
office's line and box under it, and each case's petitioner in a ชื่อผู้ร้อง column below.
The reporter is no asker: his name, line and box are set behind the petitioner's.
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _check(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


PETITIONER_ID = _check("340120015562")


def _sheet(reporter_row: tuple[str, ...]) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(("รายการเรื่องร้องทุกข์ที่ส่งต่อ สำนักงานอำเภอบ้านโป่ง",))
    ws.append(reporter_row)
    ws.append(("โทรศัพท์", "0 3221 1456", "อีเมล", "banpong.office@example.go.th"))
    ws.append(())
    ws.append(("ที่", "ชื่อผู้ร้อง", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์", "เรื่อง"))
    ws.append((1, "นางละเอียด พุ่มพวง", PETITIONER_ID,
               "29 หมู่ 8 ตำบลกรับใหญ่ อำเภอบ้านโป่ง จังหวัดราชบุรี 70190", "0894412377",
               "ขอให้ขุดลอกคลองส่งน้ำ"))  # fmt: skip
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _read(sheet: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "banpong.office@example.go.th"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งรายการเรื่องร้องทุกข์"
    msg.set_content("ส่งรายการตามแนบ\n")
    msg.add_attachment(sheet, maintype="application", subtype=XLSX.split("/")[1],
                       filename="list.xlsx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_reporter_with_his_post_is_not_the_petitioner() -> None:
    case = _read(_sheet(("ผู้รายงาน", "นายวิโรจน์ ทองสุก", "ตำแหน่ง", "ปลัดอำเภอ")))
    assert case.fields["full_name"] == "นางละเอียด พุ่มพวง"
    assert case.fields["national_id"] == PETITIONER_ID
    assert case.fields["phone"] == "+66894412377"


def test_the_list_maker_too() -> None:
    case = _read(_sheet(("ผู้จัดทำ", "นางสาวอรทัย ใจเย็น", "ตำแหน่ง", "เจ้าพนักงานปกครอง")))
    assert case.fields["full_name"] == "นางละเอียด พุ่มพวง"
