"""A personal letter's place of writing (เขียนที่), top right: where a citizen writes it
is his home when it is an address with its areas ("เขียนที่ 12/4 ถ.... ต.... อ.... 50200"),
the only place his letter gives; read flagged, as where he writes may be elsewhere. An
office's name there ("เขียนที่ สำนักงานเทศบาล...") is no home.
Names, numbers and places invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = with_check_digit("150110082736")


def _mail(place: str, home: str = "") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Somkiat <somkiat.guide@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตนำเที่ยว"
    msg.set_content(
        f"                                        เขียนที่ {place}\n"
        "                                        วันที่ 3 ธันวาคม 2569\n"
        "เรื่อง ขออนุญาตนำนักท่องเที่ยวชมกำแพงเมือง\nเรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นายสมเกียรติ ปัญญาวงค์ เลขประจำตัวประชาชน {OWN_ID} {home}"
        "ขออนุญาตนำนักท่องเที่ยวชมกำแพงเมืองทุกวันเสาร์\nติดต่อข้าพเจ้าได้ที่ 087 310 2294\n\n"
        "ขอแสดงความนับถือ\n(นายสมเกียรติ ปัญญาวงค์)\n"
    )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_place_of_writing_with_its_areas_is_his_home_flagged() -> None:
    case = _mail("12/4 ซ.ราชมรรคา 3 ถ.ราชมรรคา ต.พระสิงห์ อ.เมืองเชียงใหม่ เชียงใหม่ 50200")
    assert case.fields.get("address", "") and "12/4" in case.fields["address"]
    assert case.fields.get("postal_code") == "50200"
    assert case.fields.get("province") == "เชียงใหม่"
    assert case.issues.get("address")


def test_an_address_said_in_the_letter_wins() -> None:
    case = _mail(
        "12/4 ซ.ราชมรรคา 3 ถ.ราชมรรคา ต.พระสิงห์ อ.เมืองเชียงใหม่ เชียงใหม่ 50200",
        "อยู่บ้านเลขที่ 9 หมู่ 2 ต.สันผีเสื้อ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50300 ",
    )
    assert case.fields.get("address", "").startswith("9 หมู่ 2")


def test_an_office_is_no_home() -> None:
    for place in ("สำนักงานเทศบาลนครเชียงใหม่", "ที่ทำการ อบต.สันผีเสื้อ"):
        assert _mail(place).fields.get("address") is None, place


def test_a_place_of_writing_with_house_words_cut_short_is_not_his_home() -> None:
    # "เขียนที่ บ้านเลขที่ 8 ตำบล..." with no district: where he writes, not the home the
    # letter's sentence gives in full below the date
    case = _mail(
        "บ้านเลขที่ 8 ตำบลสันผีเสื้อ",
        "อยู่บ้านเลขที่ 8 ม.2 ต.สันผีเสื้อ อ.เมืองเชียงใหม่ เชียงใหม่ 50300 ",
    )
    assert case.fields.get("address", "").startswith("8 ม.2")
    assert case.fields.get("postal_code") == "50300"


def test_the_home_said_under_a_head_line_ending_at_the_date_is_read() -> None:
    # the head line's place runs to the date line; the sentence below it is read anew
    msg = EmailMessage()
    msg["From"] = "Somkiat <somkiat.guide@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือมอบอำนาจ"
    msg.set_content(
        "หนังสือมอบอำนาจ\nเขียนที่ บ้านเลขที่ 8 ตำบลสันผีเสื้อ\nวันที่ 3 ธันวาคม 2569\n"
        f"ข้าพเจ้า นายสมเกียรติ ปัญญาวงค์ เลขประจำตัวประชาชน {OWN_ID} อยู่บ้านเลขที่ 8 ม.2 "
        "ต.สันผีเสื้อ อ.เมืองเชียงใหม่ เชียงใหม่ 50300\n"
        "ขอมอบอำนาจให้ นายวิชัย ใจงาม อยู่บ้านเลขที่ 40 หมู่ 1 ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ "
        "จังหวัดเชียงใหม่ 50200 เป็นผู้มีอำนาจยื่นคำขอแทนข้าพเจ้า\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("address", "").startswith("8 ม.2")
    assert case.fields.get("postal_code") == "50300"
