"""A group's member roster as a sheet: its head block names a contact person ("ผู้ประสานงาน
| <her> | โทร | <her mobile>"), its list of members a row each with their offices, one the
chair's (issue 8, set 113). The chair signs for the group (sets 28, 66, 71); the contact is
one of its staff (role_words.CONTACT): her name and mobile are never taken as the
applicant's without a flag. Every name and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CHAIR_ID = with_check_digit("340010052218")
CONTACT_ID = with_check_digit("140010066431")


def read_sheet(rows: list[tuple[object, ...]]) -> ExtractedCase:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "Somporn Chaiyo <somporn.cy@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งรายชื่อสมาชิกกลุ่ม"
    msg.set_content("เรียน เกษตรอำเภอ\nส่งรายชื่อสมาชิกครับ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="a.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_heads_contact_is_not_the_chair() -> None:
    case = read_sheet([
        ("รายชื่อสมาชิกกลุ่มเลี้ยงไก่ไข่บ้านโนนแดง",),
        ("ที่ตั้ง", "12 หมู่ที่ 4 ตำบลโนนแดง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000"),
        ("ผู้ติดต่อ", "นางสาววิไล ศรีงาม", "โทร", "0936612840"),
        (),
        ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ตำแหน่ง", "โทรศัพท์"),
        (1, "นายสมพร ชัยโย", CHAIR_ID, "ประธาน", "0817724416"),
        (2, "นางสาววิไล ศรีงาม", CONTACT_ID, "เลขานุการ", "0936612840"),
        (3, "นายทองดี มีสุข", with_check_digit("340010071125"), "สมาชิก", "0862204117"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นายสมพร ชัยโย" or flagged(case, "full_name")
    assert case.fields["full_name"] != "นางสาววิไล ศรีงาม"
    assert case.fields["phone"] != "+66936612840" or flagged(case, "phone")


def test_a_bodys_representative_caption_in_its_head_names_the_chair() -> None:
    # set 118: an enterprise's members sheet, "ผู้แทน (ประธาน) | <him> | เลขบัตร | ..." in its
    # head under the body's name, the members' rows (each a "ชื่อ-สกุล") below
    chair_id = with_check_digit("350070066218")
    case = read_sheet([
        ("ทะเบียนสมาชิก", "กลุ่มแม่บ้านเกษตรกรบ้านห้วยทราย"),
        ("ที่ตั้ง", "9 หมู่ที่ 2 ตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่ 50130"),
        ("ผู้แทน (ประธาน)", "นายสุข ใจเย็น", "เลขบัตร", chair_id, "โทร", "0815540217"),
        (),
        ("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"),
        (1, "นางแก้ว ดวงดี", with_check_digit("350070071123"), "0863301274"),
        (2, "นางสาวพร ศรีสุข", with_check_digit("150070012984"), "0927714025"),
    ])  # fmt: skip
    assert case.fields["full_name"] == "นายสุข ใจเย็น"
    assert case.fields["national_id"] == chair_id


def test_a_bare_representative_caption_with_no_body_above_is_no_name_label() -> None:
    from extractors.sheet_captions import with_short_captions

    rows = [["ผู้แทน", "นายสุข ใจเย็น"]]
    assert with_short_captions(rows) == rows
