"""A body's sheet gives its place under "ที่ตั้ง" or "ที่ทำการ" alone, the body named above
it (a school's list of things to borrow, a village fund's roster, set 91): the body's
address, where a clerk reaches the one who signs for it (set 28). With no body named
above, the caption is a shop's or a plot's place and stays no one's home. Names and
places invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.sheet_captions import with_short_captions
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _fields(rows: list[tuple[str, ...]]) -> dict[str, str | None]:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "group <kluem.namai@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอยืมเต็นท์"
    msg.set_content("เรียน งานพัสดุ\nแนบรายการค่ะ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="list.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_a_bodys_place_row_is_its_address() -> None:
    fields = _fields(
        [
            ("รายการขอยืมพัสดุ",),
            ("หน่วยงานผู้ยืม", "กลุ่มแม่บ้านเกษตรกรบ้านนาใหม่"),
            ("ที่ตั้ง", "17 หมู่ 9 ตำบลนาใหม่ อำเภอเมืองสกลนคร จ.สกลนคร 47000"),
            ("ผู้ขอยืม", "นางจันทร์เพ็ญ ศรีวงศ์", "ตำแหน่ง", "ประธานกลุ่ม"),
        ]
    )
    assert (fields.get("address") or "").startswith("17 หมู่ 9 ตำบลนาใหม่")
    assert fields.get("postal_code") == "47000"


def test_an_office_beside_a_register_number_is_its_own_cell() -> None:
    # the fund's register number and its office in one row: the number is no address
    fields = _fields(
        [
            ("ทะเบียนกรรมการกองทุนหมู่บ้านนาใหม่",),
            ("ทะเบียนกองทุนเลขที่", "47-01-09-011", "ที่ทำการ", "17 ม.9 ต.นาใหม่ อ.เมืองสกลนคร 47000"),
            (),
            ("ชื่อ-สกุล", "นายบุญเรือง ศรีวงศ์"),
        ]
    )
    assert (fields.get("address") or "").startswith("17 ม.9 ต.นาใหม่")


def test_a_place_with_no_body_above_stays_a_caption() -> None:
    rows = [["ร้าน", "ก๋วยเตี๋ยวเรือป้าแดง"], ["ที่ตั้ง", "8 ม.2 ต.นาใหม่"]]
    assert with_short_captions(rows) == rows
    named = with_short_captions([["ชื่อกลุ่ม", "กลุ่มทอผ้า"], ["ที่ตั้ง", "8 ม.2 ต.นาใหม่"]])
    assert named[1][0] == "ที่อยู่กลุ่ม:"


def test_a_proposers_block_under_the_budget_names_the_applicant() -> None:
    # a group's project sheet: its budget lines, then who proposes it and the group's place
    fields = _fields(
        [
            ("โครงการเลี้ยงปลาในกระชัง",),
            ("ลำดับ", "รายการ", "จำนวนเงิน"),
            ("1", "ค่ากระชัง", "24000"),
            (),
            ("ผู้เสนอโครงการ", "นายบุญเรือง ศรีวงศ์"),
            ("ตำแหน่ง", "ประธานกลุ่มเลี้ยงปลาบ้านนาใหม่"),
            ("ที่ตั้ง", "17 ม.9 ต.นาใหม่ อ.เมืองสกลนคร สกลนคร 47000"),
        ]
    )
    assert fields.get("full_name") == "นายบุญเรือง ศรีวงศ์"
    assert (fields.get("address") or "").startswith("17 ม.9 ต.นาใหม่")
