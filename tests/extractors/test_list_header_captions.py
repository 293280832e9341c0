"""A list's header row in a sheet: "ลำดับ | ชื่อ (ตามหนังสือเดินทาง) | หนังสือเดินทาง |
สัญชาติ | วันเกิด" heads a group's rows of travellers under the one who asks. Its cells
are captions, the passport's among them (no field of a request takes it): none is a
value of the caption before it. Names, numbers and places invented."""

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
LEADER_ID = with_check_digit("350990021448")


def _mail(rows: list[tuple[object, ...]]) -> ExtractedCase:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "somjit.tour@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอนำคณะเข้าชมพิพิธภัณฑ์"
    msg.set_content("เรียน เจ้าหน้าที่\nรายชื่อคณะตามไฟล์แนบครับ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="group.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_header_of_captions_gives_no_name() -> None:
    for passport in ("หนังสือเดินทาง", "เลขที่หนังสือเดินทาง", "Passport No."):
        case = _mail(
            [
                ("รายชื่อคณะ", "ทริปน่าน 3 วัน"),
                ("หัวหน้าคณะผู้ขอ", "นายสมจิต แก้วมณี"),
                ("เลขประจำตัวประชาชน", LEADER_ID),
                ("โทร", "086-220-4917"),
                (),
                ("ลำดับ", "ชื่อ-สกุล (ตามหนังสือเดินทาง)", passport, "สัญชาติ", "วันเกิด"),
                (1, "LEE JIHO", "M12093347", "KOR", "11/05/1982"),
                (2, "SATO YUKI", "TR4410982", "JPN", "02/12/1990"),
            ]
        )
        assert case.fields["full_name"] == "นายสมจิต แก้วมณี", passport
        assert case.fields["national_id"] == LEADER_ID
