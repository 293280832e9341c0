"""A sub-district health centre's letter to the town for an elder its staff found on a
home visit ("ด้วยโรงพยาบาลส่งเสริมสุขภาพตำบล... ได้ออกเยี่ยมบ้านผู้ป่วยติดเตียงในพื้นที่
พบว่า นาง<elder> อายุ 79 ปี เลขประจำตัวประชาชน ..."): the elder is the one it asks help
for (sets 31/63), never the relative she lives with nor the director who signs. Names and
numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
ELDER_ID = with_check_digit("540020013377")
SON_ID = with_check_digit("354020061142")


def test_the_elder_found_on_a_home_visit_over_the_son_and_the_director() -> None:
    msg = EmailMessage()
    msg["From"] = "Nok <nok.cm@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือขอความอนุเคราะห์"
    msg.set_content(
        "เรื่อง ขอความอนุเคราะห์ปรับปรุงห้องน้ำ\nเรียน นายกองค์การบริหารส่วนตำบลห้วยหม้าย\n\n"
        "ด้วยโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยหม้าย ได้ออกเยี่ยมบ้านผู้ป่วยติดเตียงในพื้นที่ "
        f"พบว่า นางแสง ปัญญาดี อายุ 79 ปี เลขประจำตัวประชาชน {ELDER_ID} อยู่บ้านเลขที่ 12 หมู่ 3 "
        "ตำบลห้วยหม้าย อำเภอเมืองแพร่ จังหวัดแพร่ อาศัยอยู่กับบุตรชาย คือ นายคำ ปัญญาดี "
        f"เลขประจำตัวประชาชน {SON_ID} ซึ่งทำงานรับจ้าง\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n(นายวิชัย ทองมา)\n"
        "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยหม้าย\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นางแสง ปัญญาดี"
    assert case.fields.get("national_id") == ELDER_ID


def test_the_one_whose_home_the_unit_visited_over_the_director_who_signs() -> None:
    """ "ด้วยโรงพยาบาลส่งเสริมสุขภาพตำบล... ได้ตรวจเยี่ยมบ้านนาง<her> เลขประจำตัวประชาชน ...":
    the one whose home was visited, named right after the words, is the one it is for."""
    msg = EmailMessage()
    msg["From"] = "rpst <rpst.office@example.go.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือ รพ.สต."
    msg.set_content(
        "เรื่อง ขอความอนุเคราะห์ลงทะเบียนคนพิการ\nเรียน นายกองค์การบริหารส่วนตำบลห้วยหม้าย\n\n"
        "ด้วยโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยหม้าย ได้ตรวจเยี่ยมบ้านนางแสง ปัญญาดี "
        f"เลขประจำตัวประชาชน {ELDER_ID} อยู่บ้านเลขที่ 12 หมู่ 3 ตำบลห้วยหม้าย อำเภอเมืองแพร่ "
        "ซึ่งมีภาวะพิการทางการเคลื่อนไหว\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n(นายวิชัย ทองมา)\n"
        "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยหม้าย\nโทร 054-611-208\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นางแสง ปัญญาดี"
