"""A birth date read by OCR with one of its digits misread: the B.E. year's first 2 read
as another digit (Thai ๒ as ๑ or ๔, 2 as 3: a Buddhist-era year on a form is 24xx or
25xx), the day read past 31 with a digit Tesseract confuses (0 read as 6, 8 or 9), or
the day glued to the printed เดือน by its leader dots (extractors/ocr_dates.py). Made-up
lines in the shape Tesseract reads a Thai form; each repaired date is a guess, flagged."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_dates import date_around_month
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _read(*lines: str) -> dict[str, tuple[str, list[str]]]:
    page = OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    return {c.key: (c.value, list(c.provenance.flags)) for c in best_reading(page, "2", labels())}


def test_a_buddhist_era_year_whose_first_digit_is_misread_is_read_with_its_2() -> None:
    assert date_around_month("๑๗ เดือน สิงหาคม พ.ศ. ๑๕๐๔") == ("17 สิงหาคม 2504", True)
    assert date_around_month("8 เดือน ตุลาคม wa 3527") == ("8 ตุลาคม 2527", True)
    assert date_around_month("21 เดือน มิถุนายน พ.ศ. 4496") == ("21 มิถุนายน 2496", True)


def test_a_year_that_is_no_buddhist_era_year_with_a_2_stays_unread() -> None:
    assert date_around_month("8 เดือน ตุลาคม พ.ศ. 3927") is None  # 2927: no birth year
    assert date_around_month("8 เดือน ตุลาคม พ.ศ. 527") is None


def test_a_day_past_31_with_one_confusable_digit_is_the_one_day_it_can_be() -> None:
    # 0 read as 9, 8 or 6: 39, 38 and 36 are each 30 alone
    assert date_around_month("39 เดือน เมษายน พ.ศ. 2511") == ("30 เมษายน 2511", True)
    assert date_around_month("36 เดือน พฤศจิกายน 2530") == ("30 พฤศจิกายน 2530", True)
    # 33: neither 38 nor 83 is a day, nor is any day 45 with one digit misread
    assert date_around_month("33 เดือน เมษายน พ.ศ. 2511") is None
    assert date_around_month("45 เดือน เมษายน พ.ศ. 2511") is None


def test_a_day_glued_to_the_printed_month_word_by_its_leader_dots_is_read() -> None:
    assert date_around_month("๙..เดือน กรกฎาคม พ.ศ. ๒๕๑๘") == ("9 กรกฎาคม 2518", False)


def test_the_birth_date_line_gives_the_repaired_date_flagged() -> None:
    found = _read("เกิดวันที่ ๙..เดือน กรกฎาคม พ.ศ. ๑๕๑๘ อายุ 51 ปี")
    value, flags = found["birth_date"]
    assert value.endswith("2518") and "ocr_low_confidence" in flags
