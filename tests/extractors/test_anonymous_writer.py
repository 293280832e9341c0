"""A tip whose writer withholds her name ("ขอไม่เปิดเผยชื่อ", "ไม่ประสงค์ออกนาม"): every
name, ID and address it gives is of those it tells about (a contractor's partner, an
official), never the writer's without a flag. One who names herself and asks that her
name be kept from the one complained of is still the applicant. Names and numbers are
invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(
    text: str, subject: str = "แจ้งเบาะแส", sender: str = "tip <tip@example.com>"
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "tip <tip@example.com>"
    msg["To"] = "complaint@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


PARTNER_ID = with_check_digit("341020066513")
OWN_ID = with_check_digit("140990031274")


def test_a_partner_named_in_an_anonymous_tip_is_never_the_writer_unflagged() -> None:
    text = (
        "เรียน นายอำเภอ\n\n"
        "ผมเป็นชาวบ้านในตำบลนี้ ขอไม่เปิดเผยชื่อเพราะกลัวถูกกลั่นแกล้ง\n"
        "โครงการขุดลอกคลองหมู่ 7 ผู้รับจ้างคือ หจก.สมบูรณ์ทรัพย์การโยธา\n"
        "หุ้นส่วนผู้จัดการคือ นางพรทิพย์ แก่นจันทร์ "
        f"เลขประจำตัวประชาชน {PARTNER_ID} เป็นน้องสาวของปลัด อบต.\n"
        "ขุดไม่ถึงความลึกตามสัญญา ขอให้ตรวจสอบด้วย\n\nผู้หวังดี\n"
    )
    case = read_body(text)
    for key in ("full_name", "national_id"):
        assert case.fields.get(key) is None or flagged(case, key), key


def test_the_tip_said_anonymous_in_the_subject_alone() -> None:
    text = (
        "เรียน ผู้ว่าราชการจังหวัด\n\n"
        "ขอแจ้งว่าผู้รับเหมาโครงการประปาหมู่บ้าน ใช้ท่อไม่ตรงตามแบบ\n"
        "ผู้มีอำนาจลงนามคือ นายสมศักดิ์ ทองคำดี เลขประจำตัวประชาชน "
        f"{PARTNER_ID} เป็นญาติของนายก อบต.\n"
        "ขอให้ตรวจสอบด้วย\n"
    )
    case = read_body(text, subject="ร้องเรียนการทุจริต (ไม่ประสงค์ออกนาม)")
    for key in ("full_name", "national_id"):
        assert case.fields.get(key) is None or flagged(case, key), key


def test_one_who_names_herself_and_asks_secrecy_is_the_applicant() -> None:
    text = (
        "เรียน ศูนย์ดำรงธรรม\n\n"
        f"ดิฉันชื่อ นางสาวศิริพร วงศ์ใหญ่ เลขประจำตัวประชาชน {OWN_ID} "
        "อยู่บ้านเลขที่ 9 หมู่ 2 ตำบลนาดี อำเภอเมือง จังหวัดยโสธร 35000\n"
        "ขอร้องเรียนหัวหน้างานที่เรียกเก็บเงินลูกจ้าง และขอไม่เปิดเผยชื่อต่อผู้ถูกร้อง\n\n"
        "นางสาวศิริพร วงศ์ใหญ่\n"
    )
    case = read_body(text)
    assert case.fields.get("full_name") == "นางสาวศิริพร วงศ์ใหญ่"
    assert case.fields.get("national_id") == OWN_ID
