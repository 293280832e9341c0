"""A phone number abroad (set 79): kept whole as E.164 and flagged, never read as a Thai
number; written in its local form, the country a label names gives its code."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.foreign_phone import normalise_foreign_phone
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.validate import normalise_any_phone

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("+82 10-5512-8890", "+821055128890"),
        ("+81 80-2244-6613", "+818022446613"),
        ("0081 80 2244 6613", "+818022446613"),
        ("+49 (0)160 9876 5432", "+4916098765432"),
        ("+974 3366 1207", "+97433661207"),
        ("+886-935-771-204", "+886935771204"),
    ],
)
def test_a_number_abroad_is_kept_whole(written: str, e164: str) -> None:
    assert normalise_foreign_phone(written) == e164


@pytest.mark.parametrize("written", ["+66 81 234 5678", "081-234-5678", "+999 12", "12345678"])
def test_no_number_abroad(written: str) -> None:
    assert normalise_foreign_phone(written) is None


def read(line: str) -> tuple[str | None, list[str]]:
    text = "\n".join(["เรียน เจ้าหน้าที่", "", "ชื่อ: นายอดิศร แสนคำ", "เลขประจำตัวประชาชน: -", line, ""])
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาทะเบียนบ้าน"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    return case.fields.get("phone"), [i.code for i in case.issues.get("phone", [])]


@pytest.mark.parametrize(
    ("line", "e164"),
    [
        ("โทรศัพท์: +82 10-5512-8890", "+821055128890"),
        ("โทร +81 80-2244-6613 (LINE เบอร์เดียวกัน)", "+818022446613"),
        # its local form under a label naming the country: that country's, not Thai
        ("เบอร์ (ไต้หวัน) 0935-771-204", "+886935771204"),
    ],
)
def test_a_number_abroad_is_the_phone_flagged(line: str, e164: str) -> None:
    phone, issues = read(line)
    assert phone == e164
    assert "foreign_phone" in issues


def test_a_local_number_under_an_unnamed_abroad_label_is_not_read_as_thai() -> None:
    phone, _ = read("โทรศัพท์ (ต่างประเทศ) 0935-771-204")
    assert phone != "+66935771204"


def test_a_thai_number_is_not_flagged_as_abroad() -> None:
    phone, issues = read("โทร: 081-552-2233")
    assert phone == "+66815522233"
    assert "foreign_phone" not in issues


def test_numbers_in_sentences_rank_in_the_texts_order() -> None:
    """A number abroad said before a Thai one in the sentences ranks first, as a Thai
    number said first would (they used to come after every Thai number)."""
    text = "\n".join(
        [
            "เรียน เจ้าหน้าที่",
            "",
            "ผม นายอดิศร แสนคำ ทำงานอยู่ญี่ปุ่น ขอสำเนาทะเบียนบ้านครับ",
            "เบอร์ +81 80-2244-6613",
            "เบอร์ 081-552-2233",
            "",
        ]
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาทะเบียนบ้าน"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("phone") == "+818022446613"


def test_the_phone_field_takes_either() -> None:
    assert normalise_any_phone("081-552-2233") == "+66815522233"
    assert normalise_any_phone("+886 935-771-204") == "+886935771204"
    assert normalise_any_phone("0935-771-204") == "+66935771204"  # no country said: Thai
    assert normalise_any_phone("+66 81 552 2233") == "+66815522233"
