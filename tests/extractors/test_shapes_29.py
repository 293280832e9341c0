"""Unit tests for the shapes blind set 29 (requests reaching the agency through machines
and office tools) found the readers missing (issue 8): each names the shape it covers,
with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3101700456788"  # check digit valid (mod 11)


def read_case(
    text: str,
    subject: str = "คำร้อง",
    *,
    sender: str = "someone <someone@example.com>",
    reply_to: str | None = None,
    html: bool = False,
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@tambon-example.go.th"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg.set_content(text, subtype="html" if html else "plain")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_the_id_used_here_is_valid() -> None:
    total = sum(int(d) * (13 - i) for i, d in enumerate(OWN_ID[:12]))
    assert (11 - total % 11) % 10 == int(OWN_ID[12])


def test_bangkok_after_the_province_word_is_one_part() -> None:
    """ "จ.กรุงเทพมหานคร", "จังหวัดกรุงเทพมหานคร": the province word glued to Bangkok's name
    is one part of the address, not two glued parts to be spaced apart."""
    for written in ("จ.กรุงเทพมหานคร", "จังหวัดกรุงเทพมหานคร", "จ.กทม."):
        address = f"9/88 ซอยพหลโยธิน 24 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร {written} 10900"
        text = f"ชื่อ: นายวีระ มั่นคง\nเลขบัตรประชาชน: {OWN_ID}\nที่อยู่: {address}\n"
        got = read_case(text).fields.get("address")
        assert got is not None and written in got, (written, got)


def test_an_arrow_parts_a_label_from_its_value() -> None:
    """A chatbot's summary "label ▸ value" (or → ➜ ►): the arrow is the separator, not
    the value's first letter."""
    for arrow in ("▸", "→", "➜", "►"):
        text = (
            f"ชื่อ-นามสกุล {arrow} นางสาวมาลี ทองดี\n"
            f"เลขบัตรประชาชน {arrow} {OWN_ID}\n"
            f"ที่อยู่ {arrow} 12 หมู่ที่ 4 ตำบลท่าอิฐ อำเภอปากเกร็ด จ.นนทบุรี 11120\n"
            f"เบอร์โทร {arrow} 0815554321\n"
        )
        case = read_case(text)
        assert case.fields.get("full_name") == "นางสาวมาลี ทองดี", (arrow, case.fields)
        address = case.fields.get("address") or ""
        assert address.startswith("12 หมู่ที่ 4"), (arrow, address)
