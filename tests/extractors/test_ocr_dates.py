"""A birth date read by OCR with its month name misread past one letter, junk numbers
around its parts, or the next field's label glued to its year (extractors/ocr_dates.py,
ocr.read_line). Every string here is made up in the shape Tesseract reads a Thai form:
the printed เดือน and พ.ศ. read as Latin or look-alikes, a speck read as a number."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_dates import date_around_month, nearest_month
from extractors.templates import load_templates
from extractors.thai import parse_date

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _page(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def _read(*lines: str) -> dict[str, tuple[str, list[str]]]:
    found = best_reading(_page(*lines), "2", labels())
    return {c.key: (c.value, list(c.provenance.flags)) for c in found}


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("ศกราคฆ", "มกราคม"),  # two letters misread: ม as ศ and ฆ
        ("พถษภาคบ", "พฤษภาคม"),
        ("มิถุนายฆ", "มิถุนายน"),  # one letter, marks kept
    ],
)
def test_a_month_name_two_letters_off_is_that_month(word: str, month: str) -> None:
    assert nearest_month(word) == month


@pytest.mark.parametrize(
    "word",
    [
        "ฟหาคม",  # two letters from มีนาคม, ตุลาคม and สิงหาคม alike
        "ธบวาค",  # five letters two off ธันวาคม: two edits are too many of five
        "ตนาคม",  # one letter from ตุลาคม and from มีนาคม
        "ประชาชน",  # no month at all
        "จังหวัด",
    ],
)
def test_a_word_no_one_month_is_near_is_no_month(word: str) -> None:
    assert nearest_month(word) is None


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("๑๒ Wau ศกราคฆ พุ๒ ๒๕๒๐", "1977-01-12"),  # the era read as a word with a digit
        ("48 17 มิถุนายน 2530 |", "1987-06-17"),  # a cell's side read 48 before the day
        ("3 เคือน พถษภาคบ we. 2516 080", "1973-05-03"),  # a speck read as a number after
        ("25 ธันวาคม 1969", "1969-12-25"),
    ],
)
def test_a_date_is_read_from_the_numbers_either_side_of_its_month(value: str, date: str) -> None:
    found = date_around_month(value)
    assert found is not None
    assert str(parse_date(found[0])) == date


@pytest.mark.parametrize(
    "value",
    [
        "12 14 มีนาคม 2519",  # two days before the month: which one is not known
        "14 มีนาคม 3919",  # no year of either era, nor with its first digit a 2
        "14 มีนาคม",  # no year
        "มีนาคม 2519",  # no day
        "14 มีนาคม 12 2519",  # a number between the month and the year
        "14 ฟหาคม 2519",  # no one month
        "14 มีนาคม 2519 15 เมษายน 2520",  # two dates
    ],
)
def test_no_date_where_its_parts_are_not_each_one(value: str) -> None:
    assert date_around_month(value) is None


def test_a_month_two_letters_off_is_doubtful_one_letter_off_is_not() -> None:
    found = date_around_month("๑๒ Wau ศกราคฆ พุ๒ ๒๕๒๐")
    assert found is not None and found[1]
    found = date_around_month("48 17 มิถุนายน 2530")
    assert found is not None and not found[1]


def test_a_birth_date_with_a_misread_month_is_read_repaired_and_doubtful() -> None:
    value, flags = _read("เกิดวันที ๑๒ Wau ศกราคฆ พุ๒ ๒๕๒๐")["birth_date"]
    assert str(parse_date(value)) == "1977-01-12"
    assert {"ocr", "ocr_repaired", "ocr_low_confidence"} <= set(flags)


def test_a_birth_date_with_a_junk_number_before_its_day_is_read_repaired() -> None:
    value, flags = _read("วันเดือนปีเกิด 48 17 มิถุนายน 2530 | ร")["birth_date"]
    assert str(parse_date(value)) == "1987-06-17"
    assert {"ocr", "ocr_repaired"} <= set(flags)


def test_a_birth_date_under_its_label_with_a_misread_abbreviated_month_is_read() -> None:
    # labels above their values (a table's header row); ก.ย.'s first dot read as ุ
    found = _read(
        "เลขประจำตัวประชาชน / ID No. วันเดือนปีเกิด / Date of Birth",
        "1-1037-02071-81-1 14 กุย. 2525",
    )
    value, flags = found["birth_date"]
    assert str(parse_date(value)) == "1982-09-14"
    assert "ocr" in flags


@pytest.mark.parametrize("glue", ["", "."])
def test_a_phone_label_glued_to_the_year_before_it_parts_the_two_fields(glue: str) -> None:
    found = _read(f"เกิดวันที่ 14 เดือน มีนาคม wa. 2519{glue}โทรศัพท์ 0812345678")
    assert str(parse_date(found["birth_date"][0])) == "1976-03-14"
    assert found["phone"][0] == "0812345678"


def test_a_leader_dot_between_a_label_and_its_value_does_not_hide_the_label() -> None:
    found = _read("เกิดเมือวันที.14 มีนาคม 2519.. อายุ 50 ปี")
    assert str(parse_date(found["birth_date"][0])) == "1976-03-14"


def test_a_date_read_from_its_parts_keeps_no_junk_after_its_year() -> None:
    # a stamp's words after the year: the date is its day, month and year alone
    value, _ = _read("เกิดวันที่ 7 มีนาคม 2531. / อบต.บ้านนา ณิ")["birth_date"]
    assert value == "7 มีนาคม 2531"
