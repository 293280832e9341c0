"""A writer asking for a parent, giving his own home and then hers after the kin word
("บ้านแม่ <her home>") (issue 8, set 97): the home of the one it is for is the case's.
Every name, address and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
SON_ID = with_check_digit("110020044817")
FATHER_ID = with_check_digit("440010027731")


def read_mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kittipong <kittipong.s@example.com>"
    msg["To"] = "welfare@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือให้พ่อ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize("word", ["บ้านพ่อ", "ที่อยู่ของพ่อ"], ids=["home", "address-of"])
def test_the_parents_home_after_the_kin_word(word: str) -> None:
    case = read_mail(
        "เรียน พมจ.\n\n"
        f"ผม นายกิตติพงษ์ สายบุญ เลขบัตร {SON_ID} ที่อยู่ 88/14 ซอยลาดพร้าว 71 แขวงวังทองหลาง "
        "เขตวังทองหลาง กรุงเทพมหานคร 10310 ขอยื่นเรื่องแทนพ่อ ขอซ่อมแซมบ้าน หลังคารั่ว\n\n"
        f"ชื่อพ่อ นายสมพงษ์ สายบุญ\nเลขประจำตัวประชาชน {FATHER_ID}\n"
        f"{word} 21 หมู่ 4 ตำบลโคกพระ อำเภอกันทรวิชัย จังหวัดมหาสารคาม 44150\n\n"
        "ติดต่อผมได้ที่ 086-331-2047 ครับ\nนายกิตติพงษ์ สายบุญ\n"
    )
    assert case.fields["full_name"] == "นายสมพงษ์ สายบุญ"
    assert (case.fields["address"] or "").startswith("21 หมู่ 4")
    assert case.fields["postal_code"] == "44150"
    assert case.fields["province"] == "มหาสารคาม"


# "ติดต่อดิฉันได้ที่ 08... ค่ะ (ดิฉันทำงานอยู่ที่ <her place of work>)" after the mother's
# "บ้านแม่อยู่ <home>" (set 113): a number to reach the writer at is no home, and her own
# place after it is hers; the mother's home is the case's.
@pytest.mark.parametrize("me", ["ดิฉัน", "หนู"])
def test_a_number_to_reach_the_writer_is_no_home(me: str) -> None:
    case = read_mail(
        "เรียน ปศุสัตว์อำเภอกันทรวิชัย\n\n"
        f"{me}นางสาวสุนิสา สายบุญ เป็นลูกสาวของนางบุญมา สายบุญ เลขบัตรประชาชนแม่ {FATHER_ID}\n"
        "บ้านแม่อยู่ 21 หมู่ 4 ตำบลโคกพระ อำเภอกันทรวิชัย จังหวัดมหาสารคาม 44150\n"
        "แม่เลี้ยงไก่พื้นเมือง 40 ตัว ตายไป 12 ตัว อยากให้เจ้าหน้าที่ไปตรวจค่ะ\n"
        f"ติดต่อ{me}ได้ที่ 086-331-2047 ค่ะ ({me}ทำงานอยู่ที่ 88/14 ซอยลาดพร้าว 71 แขวงวังทองหลาง "
        "เขตวังทองหลาง กรุงเทพมหานคร 10310)\n\nขอบคุณค่ะ\nสุนิสา\n"
    )
    assert case.fields["full_name"] == "นางบุญมา สายบุญ"
    assert (case.fields["address"] or "").startswith("21 หมู่ 4")
    assert case.fields["postal_code"] == "44150"
    assert case.fields["province"] == "มหาสารคาม"
