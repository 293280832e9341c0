"""Unit tests for what blind set 86 showed (issue 8): citizens correcting or changing
their own details give the old or wrong value beside the current or correct one; the
current one is theirs. Examples written afresh, not the set's."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
NID = with_check_digit("340120055871")


def read(body: str, *, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Wilai <wilai.pt@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งเปลี่ยนข้อมูล"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_number_said_old_once_is_old_where_it_comes_again() -> None:
    # The old number, then "เปลี่ยนเป็น" the new; the old one comes again in the chat
    # she pasted below, said after "เบอร์" with its note of being cancelled far after it.
    body = (
        "แจ้งเปลี่ยนเบอร์ตามที่คุยในไลน์ครับ\n\n"
        f"ชื่อ นายวิชัย พรหมมา\nเลขบัตร {NID}\n"
        "ที่อยู่ 14 หมู่ 2 ตำบลบ้านเป้า อำเภอเมืองลำปาง จ.ลำปาง 52100\n"
        "เบอร์เดิม 089-310-4426 เปลี่ยนเป็น 062 745 1180\n\n"
        "[LINE] ประวัติการแชทกับ ทต.บ้านเป้า\n"
        "10:11\tวิชัย\tเบอร์ 0893104426 ที่ให้ไว้ตอนขอใบอนุญาต ใช้ไม่ได้แล้วครับ\n"
    )
    assert read(body).fields.get("phone") == "+66627451180"
