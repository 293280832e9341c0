"""Unit tests for what the metamorphic harness (tests/extractors/metamorphic.py) showed:
a request read right, changed the way mail programs change mail, read wrong without a
flag. Examples written afresh (invented people), not the sets' strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(body: str, subject: str = "คำร้อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a phone's or a mail app's signature under the text --------------------------------

DEVICE_SIGNATURES = (
    "ส่งจาก iPhone ของฉัน",
    "ส่งจาก iPad ของฉัน",
    "Sent from my iPhone",
    "Sent from my Samsung Galaxy smartphone.",
    "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน",
    "Sent from my Huawei phone",
    "ส่งจากโทรศัพท์ HUAWEI ของฉัน",
    "ส่งจาก Android ของฉัน",
    "Get Outlook for Android",
    "รับ Outlook สำหรับ iOS",
    "Sent from Yahoo Mail on Android",
    "ส่งจาก Yahoo Mail บน Android",
    "Sent from Mail for Windows",
    "Sent from my Xiaomi",
)


@pytest.mark.parametrize("signature", DEVICE_SIGNATURES)
def test_a_device_signature_under_the_signed_name_is_no_name(signature: str) -> None:
    # The name is signed at the foot, in brackets over its role ("ผู้ยื่นคำร้อง"); the
    # phone's own line under it was read as the value below that role.
    case = read(
        "เรียน นายก อบต.\n\nขอแจ้งไฟฟ้าส่องสว่างดับหน้าบ้านเลขที่ 27 หมู่ที่ 4 "
        "ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n"
        "ติดต่อกลับได้ที่ 0861234508\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        "ลงชื่อ ..............................\n(นางสาวมะลิวัลย์ ทองเหลือง)\nผู้ยื่นคำร้อง\n\n"
        f"{signature}\n"
    )
    assert case.fields.get("full_name") == "นางสาวมะลิวัลย์ ทองเหลือง"
