"""A birth date asked in three boxes, day, month and Buddhist year ("วันเกิด [11]
เดือนเกิด [พฤศจิกายน] ปีเกิด [2539]", a fillable allowance form filled with a screen
reader, set 102): joined into one date, as a name's and an address's parts are. A day
alone with no month and year beside it stays what it was. Everyone here is made up."""

from __future__ import annotations

from pathlib import Path

from extractors.base import ExtractedCase, ParsedMessage, TextPart
from extractors.extract import extract_case
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def case_of(text: str) -> ExtractedCase:
    parsed = ParsedMessage(
        subject="แบบคำขอรับสวัสดิการ", text_parts=[TextPart(part="1", kind="plain", text=text)]
    )
    return extract_case(parsed, load_templates(FORMS))


def test_day_month_and_year_boxes_are_one_birth_date() -> None:
    case = case_of(
        "ชื่อ-นามสกุล: นางมาลี ทองสุข\nวันเกิด: 7\nเดือนเกิด: มีนาคม\nปีเกิด: 2510\nโทรศัพท์: 081-442-7719\n"
    )
    assert case.fields["birth_date"] == "1967-03-07"


def test_a_month_written_as_its_number() -> None:
    case = case_of("ชื่อ-นามสกุล: นางมาลี ทองสุข\nวันเกิด: 7\nเดือนเกิด: 3\nปีเกิด (พ.ศ.): 2510\n")
    assert case.fields["birth_date"] == "1967-03-07"


def test_a_whole_date_under_the_day_label_is_left_as_it_is() -> None:
    case = case_of("ชื่อ-นามสกุล: นางมาลี ทองสุข\nวันเกิด: 7 มีนาคม 2510\n")
    assert case.fields["birth_date"] == "1967-03-07"


def test_the_year_read_with_the_month_as_one_run_of_boxes() -> None:
    """A fillable form's month and year boxes along one row are read as one value
    ("มีนาคม 2510" under เดือนเกิด): still the date's month and year."""
    case = case_of("ชื่อ-นามสกุล: นางมาลี ทองสุข\nวันเกิด: 7\nเดือนเกิด: มีนาคม 2510\n")
    assert case.fields["birth_date"] == "1967-03-07"
