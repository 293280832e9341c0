"""A claim for damages (ค่าเสียหาย after a crash or a fall) names the one who writes it
by the harm she suffered: "ผู้เสียหาย | <name>" heads her sheet, her ID, home and phone
under their own labels below (set 93). Her name is the applicant's. An officer's sheet
that gives a victim a row of her own (ผู้เสียหาย | <name> | เลขประจำตัวประชาชน | ...)
names someone else than its sender: that name is never read as his (set 83). Names,
numbers and places invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
HER_ID = with_check_digit("360140021755")
HIS_ID = with_check_digit("510200038842")


def _read(rows: list[tuple[str, ...]], sender: str, text: str) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content(text)
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="a.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_harmed_one_heading_her_claim_is_the_applicant() -> None:
    case = _read(
        [
            ("สรุปค่าเสียหาย กรณีกิ่งไม้ริมทางหล่นทับรถ",),
            ("ผู้เสียหาย", "นางสาวรัตนา พรหมมา"),
            ("เลขประจำตัวประชาชน", HER_ID),
            ("ที่อยู่", "41 หมู่ 2 ตำบลบ้านเหล่า อำเภอเมืองแพร่ จังหวัดแพร่ 54000"),
            ("โทรศัพท์", "089-402-7751"),
            ("อู่ที่ซ่อม", "อู่ช่างเอกการช่าง"),
            (),
            ("รายการ", "จำนวนเงิน"),
            ("กระจกหน้า", 7200),
        ],
        "Rattana <rattana.p@example.com>",
        "แนบรายการค่าเสียหายค่ะ\n",
    )
    assert case.fields.get("full_name") == "นางสาวรัตนา พรหมมา"
    assert case.fields.get("national_id") == HER_ID


def test_a_victims_row_on_an_officers_sheet_is_not_his_name() -> None:
    case = _read(
        [
            ("บัญชีพยานหลักฐาน คดีอาญาที่ 14/2569",),
            ("หน่วยงาน", "สถานีตำรวจภูธรเมืองแพร่", "โทร", "054-511-302"),
            ("พนักงานสอบสวน", "ร.ต.อ.สมเกียรติ ทองดี"),
            (),
            ("ผู้เสียหาย", "นางสาวรัตนา พรหมมา", "เลขประจำตัวประชาชน", HER_ID),
            (),
            ("ลำดับ", "รายการ"),
            ("1", "ภาพจากกล้องหน้ารถ"),
        ],
        "officer <somkiat.t@example.com>",
        "เรียน ศูนย์ CCTV\nแนบบัญชีครับ\n",
    )
    assert case.fields.get("full_name") != "นางสาวรัตนา พรหมมา"
