"""The office of the body that writes, said with ที่ทำการ: under its name in a letter's
head ("ที่ทำการ 12 ม.4 ..."), or in its chair's signature ("ที่ทำการกลุ่ม (บ้านประธาน)
..."), where a clerk reaches the one who signs for it (set 103: a water-user group's
office is its chair's house). Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wichai <wichai.np@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_office_under_the_bodys_name_in_its_letterhead() -> None:
    case = read(
        "กลุ่มเกษตรกรทำนาหนองแวง\n"
        "ที่ทำการ 12 ม.4 ต.หนองแวง อ.เมืองขอนแก่น จ.ขอนแก่น 40000\n\n"
        "เรียน ผู้อำนวยการโครงการชลประทานขอนแก่น\n"
        "ด้วยกลุ่มเกษตรกรทำนาหนองแวง ขอความอนุเคราะห์ขุดลอกคลองส่งน้ำ\n\n"
        "ขอแสดงความนับถือ\n(นายวิชัย นาผาง)\nประธานกลุ่ม\n"
    )
    assert (case.fields["address"] or "").startswith("12 ม.4 ต.หนองแวง")
    assert case.fields["postal_code"] == "40000"


def test_the_groups_office_in_its_chairs_signature() -> None:
    case = read(
        "เรียน นายก อบต.โคกสี\n\n"
        "ผม นายวิชัย นาผาง ในฐานะประธานกลุ่มผู้เลี้ยงโคโคกสี ขอใช้ลานหน้าศาลาจัดประชุมสมาชิก\n\n"
        "ขอแสดงความนับถือ\n\nนายวิชัย นาผาง\nประธานกลุ่มผู้เลี้ยงโคโคกสี\n"
        "ที่ทำการกลุ่ม (บ้านประธาน) 7 หมู่ 9 ตำบลโคกสี อำเภอเมืองขอนแก่น จ.ขอนแก่น 40000\n"
        "โทร 081-662-0458\n"
    )
    assert (case.fields["address"] or "").startswith("7 หมู่ 9 ตำบลโคกสี")


def test_a_count_after_the_word_is_no_office() -> None:
    case = read(
        "เรียน นายก อบต.โคกสี\n\n"
        "ผม นายวิชัย นาผาง สมาชิกกลุ่มผู้เลี้ยงโคโคกสี ได้ไปติดต่อที่ทำการ 2 ครั้งแล้ว "
        "ยังไม่ได้รับคำตอบเรื่องลานจอดรถ\n\nนายวิชัย นาผาง\n"
    )
    assert case.fields["address"] is None


def test_the_groups_office_at_a_house_said_without_brackets() -> None:
    # "ที่ทำการกลุ่ม บ้านประธาน <address>": whose house the office is said as plainly as
    # in brackets (a chair's mail for her group's grant).
    case = read(
        "เรียน นายก อบต.นาคู\n\n"
        "ดิฉัน นางเพ็ญศรี มาลัย ประธานกลุ่มจักสานบ้านนาคู ขอรับการสนับสนุนวัสดุจักสาน\n\n"
        "ที่ทำการกลุ่ม บ้านประธาน 31/2 หมู่ 4 ตำบลนาคู อำเภอนาคู จังหวัดกาฬสินธุ์ 46160\n"
        "โทร 089-140-2275\n\nนางเพ็ญศรี มาลัย\n"
    )
    assert (case.fields["address"] or "").startswith("31/2 หมู่ 4 ตำบลนาคู")
    assert case.fields["postal_code"] == "46160"


def test_the_groups_office_at_a_house_in_a_gmail_line() -> None:
    msg = EmailMessage()
    msg["From"] = "Phensri <phensri.ml@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับการสนับสนุน"
    msg.set_content(
        '<div dir="ltr"><div>เรียน นายก อบต.นาคู</div><div><br></div>'
        "<div>ดิฉัน นางเพ็ญศรี มาลัย ประธานกลุ่มจักสานบ้านนาคู ขอรับการสนับสนุนวัสดุจักสาน</div>"
        "<div><br></div><div>ที่ทำการกลุ่ม ณ บ้านประธานกลุ่ม 31/2 ม.4 ต.นาคู อ.นาคู "
        "จ.กาฬสินธุ์ 46160</div><div>โทร 089-140-2275</div></div>",
        subtype="html",
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert (case.fields["address"] or "").startswith("31/2 ม.4 ต.นาคู")
    assert case.fields["province"] == "กาฬสินธุ์"


def test_a_visit_to_the_office_at_a_house_is_no_address() -> None:
    case = read(
        "เรียน นายก อบต.นาคู\n\n"
        "ผม นายวิชัย นาผาง สมาชิกกลุ่มจักสาน ได้ไปที่ทำการกลุ่ม บ้านประธาน 2 ครั้งแล้ว "
        "ยังไม่ได้รับเงินปันผล\n\nนายวิชัย นาผาง\n"
    )
    assert case.fields["address"] is None
