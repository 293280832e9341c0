"""A value longer than any a person writes in its field is cut and flagged, not checked
letter by letter (issue 11, the second hostile set: a 2-million-character name)."""

from __future__ import annotations

from pathlib import Path

from extractors.base import ParsedMessage, TextPart
from extractors.extract import (
    CUT_CONFIDENCE,
    MAX_LINE_VALUE_CHARS,
    MAX_MULTILINE_VALUE_CHARS,
    extract_case,
)
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def message(text: str, subject: str = "คำร้องทั่วไป") -> ParsedMessage:
    return ParsedMessage(subject=subject, text_parts=[TextPart(part="1", kind="plain", text=text)])


def test_a_name_of_a_million_letters_is_cut_flagged_and_the_rest_still_read() -> None:
    text = "ชื่อ-นามสกุล: นาย" + "ก" * 1_000_000 + "\nอีเมล: tester@example.org\n"
    case = extract_case(message(text), TEMPLATES)
    assert case.raw_fields["full_name"] is not None
    assert len(case.raw_fields["full_name"]) == MAX_LINE_VALUE_CHARS
    assert case.confidence["full_name"] <= CUT_CONFIDENCE
    assert case.issues.get("full_name")  # a clerk is told to look
    assert "value_too_long" in [d.code for d in case.defects]
    assert case.fields["email"] == "tester@example.org"


def test_a_long_letter_in_a_multiline_field_keeps_far_more_than_a_line() -> None:
    letter = "ขอร้องเรียนเรื่องเสียงดังจากร้านค้าข้างบ้าน " * 200  # about 8,600 characters
    case = extract_case(message(f"รายละเอียด: {letter}\n"), TEMPLATES)
    assert MAX_LINE_VALUE_CHARS < len(case.raw_fields["details"] or "") <= MAX_MULTILINE_VALUE_CHARS
    assert "value_too_long" not in [d.code for d in case.defects]


def test_a_subject_header_of_a_megabyte_is_no_longer_than_a_line() -> None:
    case = extract_case(message("ไม่มีป้ายชื่อ", subject="ข" * 1_000_000), TEMPLATES)
    subject = case.raw_fields.get("subject")
    assert subject is None or len(subject) <= MAX_LINE_VALUE_CHARS
