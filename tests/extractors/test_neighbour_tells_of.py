"""A neighbour's letter for a household that cannot write (issue 8, set 121): the writer
names herself, her ID and her standing as the household's neighbour (เพื่อนบ้าน), then
tells the town of its head, named with his ID after "ว่า" ("ข้าพเจ้า <her> ... เพื่อนบ้าน
ขอเรียนว่า <him> เลขประจำตัวประชาชน ..."). The help is his (sets 31/63), her name, ID and
mobile hers, as a headman's are when he so tells of a villager (set 116). A complaint
about a neighbour, the commoner mail of the kind, keeps its writer: the neighbour word
there names the other side, not the writer's standing, or the letter tells of a wrong.
Every name, address and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HEAD_ID = with_check_digit("330070044120")
WRITER_ID = with_check_digit("330070051286")
HEAD = "นายเพียร ศรีสว่าง"
WRITER = "นางสายทอง ภูมิใจ"


def read_mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Saithong <saithong.pm@example.com>"
    msg["To"] = "welfare@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


OPENINGS = [
    f"ข้าพเจ้า {WRITER} เลขประจำตัวประชาชน {WRITER_ID} เพื่อนบ้าน ขอเรียนว่า",
    f"ดิฉัน {WRITER} ซึ่งเป็นเพื่อนบ้าน ขอแจ้งให้ทราบว่า",
]


@pytest.mark.parametrize("opening", OPENINGS, ids=["id-then-standing", "standing"])
def test_the_household_a_neighbour_tells_of_is_the_applicants(opening: str) -> None:
    case = read_mail(
        f"{WRITER}\n45 หมู่ 2 ตำบลนาโพธิ์ อำเภอกุดรัง\nโทร 087-330-1945\n\n"
        "เรื่อง ขอความช่วยเหลือครอบครัวยากจน\nเรียน นายกองค์การบริหารส่วนตำบลนาโพธิ์\n\n"
        f"{opening} {HEAD} เลขประจำตัวประชาชน {HEAD_ID} อยู่บ้านเลขที่ 51 หมู่ 2 "
        "ตำบลนาโพธิ์ อำเภอกุดรัง จังหวัดมหาสารคาม 44130 อายุมาก อยู่กับหลานสองคน "
        "ไม่มีรายได้ จึงขอความอนุเคราะห์เงินช่วยเหลือ บ้านนี้ไม่มีโทรศัพท์\n\n"
        f"ขอแสดงความนับถือ\n({WRITER})\n"
    )
    assert case.fields["full_name"] == HEAD
    assert case.fields["national_id"] == HEAD_ID
    assert case.fields["phone"] is None or flagged(case, "phone")


def test_a_complaint_about_a_neighbour_keeps_its_writer() -> None:
    case = read_mail(
        "เรียน นายกองค์การบริหารส่วนตำบลนาโพธิ์\n\n"
        f"ข้าพเจ้า {WRITER} เลขประจำตัวประชาชน {WRITER_ID} ได้รับความเดือดร้อนจากเพื่อนบ้าน "
        f"ขอแจ้งว่า {HEAD} เลขประจำตัวประชาชน {HEAD_ID} นำรถไถมาจอดขวางทางเข้าบ้านทุกวัน "
        "ขอให้เจ้าหน้าที่มาดูด้วยค่ะ\n\n"
        f"{WRITER}\nโทร 087-330-1945\n"
    )
    assert case.fields["full_name"] == WRITER
    assert case.fields["national_id"] == WRITER_ID


def test_a_neighbour_telling_of_a_wrong_keeps_its_writer() -> None:
    case = read_mail(
        "เรียน นายกองค์การบริหารส่วนตำบลนาโพธิ์\n\n"
        f"ข้าพเจ้า {WRITER} เพื่อนบ้าน ขอแจ้งว่า {HEAD} เลขประจำตัวประชาชน {HEAD_ID} "
        "เผาขยะทุกเย็น ควันเข้าบ้าน\n\n"
        f"{WRITER}\nโทร 087-330-1945\n"
    )
    assert case.fields["full_name"] != HEAD
