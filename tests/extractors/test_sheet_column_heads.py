"""A sheet's table head names its columns by the field and the one who reported each row
("ผู้แจ้ง | เบอร์ผู้แจ้ง"): "เบอร์ผู้แจ้ง" is the reporter's phone's caption, never a name
(read as the value of the "ผู้แจ้ง" beside it, it became the applicant's name). The one
who sends the list names himself in its head block. Names and numbers invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest

from extractors.base import ExtractedCase
from extractors.body_form import parse_label_line
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _read(rows: list[tuple[object, ...]]) -> ExtractedCase:
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    data = io.BytesIO()
    book.save(data)
    msg = EmailMessage()
    msg["From"] = "somsak.kt@example.com"
    msg["To"] = "kongchang@example.go.th"
    msg["Subject"] = "ส่งรายการฝาท่อชำรุด"
    msg.set_content("เรียน กองช่าง\nส่งรายการตามไฟล์แนบครับ\n")
    msg.add_attachment(data.getvalue(), maintype="application", subtype=XLSX, filename="list.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_reporters_phone_column_head_is_no_name() -> None:
    case = _read(
        [
            ("รายการฝาท่อระบายน้ำชำรุด ชุมชนตลาดเก่า",),
            ("ผู้รายงาน", "นายสมศักดิ์ เกตุทอง"),
            ("ตำแหน่ง", "ประธานชุมชน"),
            ("โทรศัพท์", "089-331-4456"),
            (),
            ("ลำดับ", "จุดที่ชำรุด", "วันที่พบ", "ผู้แจ้ง", "เบอร์ผู้แจ้ง"),
            (1, "ปากซอย 3", "4/10/2569", "นางวิไล ทองดี", "081-220-4415"),
            (2, "หน้าวัด", "6/10/2569", "นายประยูร แสงจันทร์", "0863317720"),
        ]
    )
    assert case.fields.get("full_name") == "นายสมศักดิ์ เกตุทอง"
    assert case.fields.get("phone") == "+66893314456"


@pytest.mark.parametrize("caption", ["เบอร์ผู้แจ้ง", "เบอร์โทรผู้แจ้ง", "โทรผู้แจ้ง", "มือถือผู้แจ้ง"])
def test_the_reporters_phone_caption_is_a_phones(caption: str) -> None:
    found = parse_label_line(f"{caption}: 0812204415", matcher_for(TEMPLATES))
    assert found is not None and found.key == "phone"


# A petition's sheet names the place once, a line under its title, then its coordinator's
# own row ("ผู้ประสานงาน | <name> | โทร | ..."), then the signers' header: the place is
# every row's still, and joins the coordinator's house and หมู่ cells into her address.
def test_the_place_over_a_head_block_joins_the_marked_rows_house() -> None:
    case = _read(
        [
            ("รายชื่อราษฎรผู้ขอให้ขุดลอกรางระบายน้ำ",),
            ("ซอยร่วมใจ หมู่ที่ 3 ตำบลบ้านแก่ง อำเภอเมืองสระบุรี จังหวัดสระบุรี 18000",),
            ("ผู้ประสานงาน", "นางจันทร์ฉาย มั่นคง", "โทร", "086-201-7745"),
            (),
            ("ลำดับ", "ชื่อ - สกุล", "บ้านเลขที่", "หมู่", "โทรศัพท์", "หมายเหตุ"),
            (1, "นายสุรชัย ทองคำ", "12", "3", "081-552-1190", None),
            (2, "นางจันทร์ฉาย มั่นคง", "18/2", "3", "086-201-7745", "ผู้ประสานงาน"),
            (3, "นายอดุลย์ ศรีเมือง", "25", "3", "089-410-6632", None),
        ]
    )
    assert case.fields.get("full_name") == "นางจันทร์ฉาย มั่นคง"
    assert (case.fields.get("address") or "").startswith("18/2 หมู่ที่ 3 ตำบลบ้านแก่ง")
    assert case.fields.get("postal_code") == "18000"
