"""Values written one character per printed box (a birth date's day, month and year, a
postal code, a phone) read again box by box as digits (extractors/ocr_char_boxes.py),
and the digits put in place of what the page's reading read among the boxes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import best_reading, ocr_page
from extractors.ocr_char_boxes import BOXED_CONFIDENCE, BoxedRun, digit_runs, with_boxed_runs
from extractors.ocr_id_boxes import id_boxes
from extractors.ocr_rules import boxes_on_page
from extractors.ocr_text import date_from_parts
from extractors.templates import load_templates
from extractors.thai import THAI_MONTHS
from extractors.validate import parse_date

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
IN_CI = os.environ.get("CI") == "true"
needs_ocr = pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT_DIR.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)
SIDE = 52


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _boxes(
    draw: ImageDraw.ImageDraw, x: int, y: int, chars: str, font: ImageFont.FreeTypeFont
) -> int:
    """One printed box per character from `x`, each character written in its box; the
    x after the run."""
    for ch in chars:
        draw.rectangle((x, y, x + SIDE, y + SIDE), outline=0, width=2)
        draw.text((x + 14, y + 2), ch, font=font, fill=0)
        x += SIDE
    return x


@cache
def _form() -> Image.Image:
    """A form's applicant part with the birth date, postal code and phone in boxes, one
    digit a box and no dash between, written in a handwriting face; blurred as a scan."""
    page = Image.new("L", (2480, 720), 255)
    draw = ImageDraw.Draw(page)
    label = ImageFont.truetype(str(FONT_DIR / "Garuda.ttf"), 48)
    hand = ImageFont.truetype(str(FONT_DIR / "Purisa.ttf"), 34)
    draw.text((150, 120), "ชื่อผู้ขอ", font=label, fill=0)
    draw.text((400, 118), "นางกาญจนา ทองสุข", font=hand, fill=0)
    y = 260
    draw.text((150, y), "เกิดวันที่", font=label, fill=0)
    x = _boxes(draw, 420, y + 4, "07", hand) + 40
    draw.text((x, y), "เดือน", font=label, fill=0)
    x = _boxes(draw, x + 170, y + 4, "11", hand) + 40
    draw.text((x, y), "พ.ศ.", font=label, fill=0)
    _boxes(draw, x + 130, y + 4, "2518", hand)
    y = 420
    draw.text((150, y), "รหัสไปรษณีย์", font=label, fill=0)
    _boxes(draw, 520, y + 4, "63110", hand)
    y = 570
    draw.text((150, y), "หมายเลขโทรศัพท์", font=label, fill=0)
    _boxes(draw, 640, y + 4, "0897152036", hand)
    return page.filter(ImageFilter.GaussianBlur(0.8))


@cache
def _fields() -> dict[str, str]:
    found = best_reading(ocr_page(_form(), 1), "2", labels())
    return {c.key: c.value for c in found}


@needs_ocr
def test_a_date_in_boxes_is_read_from_its_day_month_and_year() -> None:
    assert parse_date(_fields().get("birth_date", "")) == dt.date(1975, 11, 7)


@needs_ocr
def test_a_postal_code_and_a_phone_in_boxes_are_read_digit_by_digit() -> None:
    fields = _fields()
    assert fields.get("postal_code") == "63110"
    assert fields.get("phone") == "0897152036"


def _word(text: str, left: int, right: int) -> tuple[str, float, tuple[int, int, int, int]]:
    return (text, 0.4, (left, 100, right, 140))


def test_the_words_read_among_a_run_of_boxes_give_way_to_its_digits() -> None:
    words = [
        _word("รหัสไปรษณีย์", 100, 400),
        _word("40", 520, 610),
        _word("14", 620, 700),
        _word("0", 720, 760),
        _word("โทร", 900, 1000),
    ]
    run = BoxedRun((510, 96, 780, 150), "40140")
    got = with_boxed_runs("รหัสไปรษณีย์  40 14 0  โทร", words, [run])
    assert got is not None
    text, swapped = got
    assert text == "รหัสไปรษณีย์  40140  โทร"  # the line's own spacing kept around it
    assert [w for w, _, _ in swapped] == ["รหัสไปรษณีย์", "40140", "โทร"]
    assert swapped[1][1] == BOXED_CONFIDENCE
    # boxes nothing was read in: the digits go between the words either side
    got = with_boxed_runs("รหัสไปรษณีย์ โทร", [words[0], words[-1]], [run])
    assert got is not None and got[0] == "รหัสไปรษณีย์ 40140 โทร"
    # Thai read as syllables in the word table, joined in the line's text
    syllables = [_word("รหัส", 100, 240), _word("ไปรษณีย์", 240, 400), *words[1:4]]
    got = with_boxed_runs("รหัสไปรษณีย์ 40 14 0", syllables, [run])
    assert got is not None and got[0] == "รหัสไปรษณีย์ 40140"
    # a run on another line changes nothing
    far = BoxedRun((510, 400, 780, 450), "12345")
    assert with_boxed_runs("รหัสไปรษณีย์  40 14 0  โทร", words, [far]) is None


def test_only_rows_of_a_few_boxes_outside_the_id_are_read_again() -> None:
    page = Image.new("L", (2480, 400), 255)
    draw = ImageDraw.Draw(page)
    top = 150

    def row(x: int, n: int, top: int = top) -> None:
        for k in range(n):
            draw.rectangle((x + k * SIDE, top, x + (k + 1) * SIDE, top + SIDE), outline=0, width=3)

    row(200, 5)
    row(600, 2)
    draw.rectangle((900, top, 900 + 8 * SIDE, top + SIDE), outline=0, width=3)  # a cell
    row(800, 13, top=top + 2 * SIDE)  # the ID, on its own line
    ink = page.point(lambda v: 0 if v < 128 else 255)
    runs = boxes_on_page(ink)[1]
    id_cells = id_boxes(ink, runs)
    assert len(id_cells) == 13
    got = digit_runs(ink, runs, id_cells)
    assert [(len(cells), cells[0][0]) for cells in got] == [
        (5, pytest.approx(200, abs=6)),
        (2, pytest.approx(600, abs=6)),
    ]


def test_a_date_of_three_numbers_is_read_from_them_whatever_the_words_between() -> None:
    # boxes print the month as a number; the printed เดือน and พ.ศ. read as anything
    assert date_from_parts("07 เดือน 11 we 2518", THAI_MONTHS) == "07/11/2518"
    assert date_from_parts("3 ด 4 ปี 1988", THAI_MONTHS) == "3/4/1988"
    assert date_from_parts("07 เดือน 13 พ.ศ. 2518", THAI_MONTHS) is None  # no 13th month
    assert date_from_parts("07 11 2518 12", THAI_MONTHS) is None  # a number too many
    assert date_from_parts("2518 เดือน 11 วันที่ 07", THAI_MONTHS) is None  # not day first
