"""A mail's details as a bulleted list under a heading ("ผู้ยื่นคำร้อง" / "- นาง<her>" /
"- เลขประจำตัวประชาชน ..."): the list's mark is no part of a value. Names, numbers and
places invented."""

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


def _read(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wanna <wanna.kp@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอให้ตัดกิ่งไม้"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_bullet_before_a_name_under_its_heading_is_dropped() -> None:
    nid = with_check_digit("520030018846")
    for bullet in ("-", "•", "*"):
        case = _read(
            "เรียน เจ้าหน้าที่\n\nขอให้ตัดกิ่งไม้ที่พาดสายไฟหน้าบ้านค่ะ\n\n"
            f"ผู้ยื่นคำร้อง\n{bullet} นางวรรณา แก้วประดิษฐ์\n{bullet} เลขประจำตัวประชาชน {nid}\n"
            f"{bullet} โทร 089-220-4417\n\nขอบคุณค่ะ\n"
        )
        assert case.fields.get("full_name") == "นางวรรณา แก้วประดิษฐ์", bullet
        assert case.fields.get("national_id") == nid, bullet


def test_a_value_that_is_only_a_dash_stays_empty() -> None:
    case = _read("ชื่อ-สกุล: นางวรรณา แก้วประดิษฐ์\nอีเมล: -\nโทร: 089-220-4417\n")
    assert case.fields.get("full_name") == "นางวรรณา แก้วประดิษฐ์"
    assert case.fields.get("email") in (None, "wanna.kp@example.com")
