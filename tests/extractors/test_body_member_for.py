"""A foundation, an association or a club that sends a request for one of its members
("มูลนิธิฯ ขอส่งความประสงค์ของสมาชิก คือ นาย...", "สมาคมฯ ขอยื่นคำร้องแทนสมาชิก ชื่อ
นาง..."): the member is the applicant (sets 31/63), the social worker who signs and the
body's line and box under her name a go-between's. Names and numbers invented."""

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
MEMBER_ID = with_check_digit("341060033129")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wanida K. <wanida@deaf-assoc.example.or.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับบริการให้สมาชิก"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize(
    "words",
    ["มูลนิธิฯ ขอส่งความประสงค์ของสมาชิก คือ", "สมาคมฯ ขอยื่นคำร้องแทนสมาชิกของสมาคม ชื่อ"],
    ids=["foundation", "association"],
)
def test_the_member_a_body_writes_for_is_the_applicant(words: str) -> None:
    case = _mail(
        "เรียน นายกเทศมนตรีนครอุดรธานี\n\n"
        f"{words} นางสมใจ ศรีวงศ์ คนพิการทางการได้ยิน เลขประจำตัวประชาชน {MEMBER_ID} "
        "อยู่ 4 หมู่ 9 ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "ขอรับล่ามภาษามือในการประชุมประชาคม\n\n"
        "ขอแสดงความนับถือ\n\n"
        "นางวนิดา แก้วกาญจน์ นักสังคมสงเคราะห์ สมาคมคนหูหนวกอุดรธานี โทร. 042-221-553\n"
    )
    assert case.fields.get("full_name") == "นางสมใจ ศรีวงศ์"
    assert case.fields.get("national_id") == MEMBER_ID
    assert case.fields.get("phone") in (None, "+6642221553")
