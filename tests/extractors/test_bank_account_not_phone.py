"""A bank account written as a passbook prints it ("065-1-12448-7": 3-1-5-1 digits) is no
phone, though its ten digits open with 0 as a mobile's do (blind set 46: an elder's
allowance request gave her account in the paragraph and her mobile after it; the
account was read as her phone)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(text: str) -> dict[str, str | None]:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอเปลี่ยนบัญชีรับเบี้ยยังชีพ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_a_passbook_account_in_a_sentence_is_not_the_phone() -> None:
    fields = read(
        "เรียน นายก อบต.\n\nข้าพเจ้า นางบัวเรียน ทดสอบ ขอเปลี่ยนบัญชีรับเบี้ยยังชีพเป็นบัญชี"
        "ธนาคารกรุงไทย เลขที่ 087-2-34561-9 ของข้าพเจ้าเอง ติดต่อ 086-5554321 ค่ะ\n"
    )
    assert fields["phone"] == "+66865554321"


def test_a_phone_written_in_its_own_groups_is_still_read() -> None:
    fields = read("ข้าพเจ้า นางบัวเรียน ทดสอบ ติดต่อได้ที่ 087-234-5619 ค่ะ\n")
    assert fields["phone"] == "+66872345619"
