"""Tick boxes on a form's page (extractors/ocr_ticks.py) and the title ticked in them
given to the name read without one (extractors.ocr.with_title_ticked)."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_ticks import TickBox, tick_boxes, ticked_title, ticked_words
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
IN_CI = os.environ.get("CI") == "true"
needs_font = pytest.mark.skipif(
    not FONT.exists() and not IN_CI, reason="needs fonts-thai-tlwg (fails in CI)"
)
SIDE = 34
TITLES = ("นาย", "นาง", "นางสาว")


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _row(mark: str, ticked: int | None, boxes: int = 3) -> tuple[Image.Image, list[int]]:
    """An A4-wide strip: `คำนำหน้าชื่อ ☐ นาย ☐ นาง ☐ นางสาว`, box `ticked` marked with
    `mark` (a tick over the box's edge, a cross, a blot), blurred as a scan is."""
    page = Image.new("L", (2480, 260), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 54)
    draw.text((100, 90), "คำนำหน้าชื่อ", font=font, fill=0)
    x, top, lefts = 520, 120, []
    for i in range(boxes):
        draw.rectangle((x, top, x + SIDE, top + SIDE), outline=0, width=3)
        if i == ticked and mark == "tick":
            points = [(x + 4, top + 17), (x + 14, top + SIDE - 2), (x + SIDE + 14, top - 18)]
            draw.line(points, fill=40, width=7, joint="curve")
        elif i == ticked and mark == "cross":
            draw.line((x + 3, top + 3, x + SIDE - 3, top + SIDE - 3), fill=40, width=4)
            draw.line((x + 3, top + SIDE - 3, x + SIDE - 3, top + 3), fill=40, width=4)
        elif i == ticked:
            draw.rectangle((x + 6, top + 6, x + SIDE - 6, top + SIDE - 6), fill=40)
        lefts.append(x)
        draw.text((x + SIDE + 14, 90), TITLES[i % 3], font=font, fill=0)
        x += SIDE + 260
    return page.filter(ImageFilter.GaussianBlur(0.8)), lefts


def _ink(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 0 if v < 150 else 255)


@needs_font
@pytest.mark.parametrize("mark", ["tick", "cross", "blot"])
@pytest.mark.parametrize("ticked", [0, 2])
def test_the_marked_box_of_a_row_is_told_from_the_empty_ones(mark: str, ticked: int) -> None:
    page, lefts = _row(mark, ticked)
    found = tick_boxes(_ink(page))
    assert [abs(b.rect[0] - x) <= 4 for b, x in zip(found, lefts, strict=True)] == [True] * 3
    assert [b.marked for b in found] == [i == ticked for i in range(3)]


@needs_font
def test_a_row_of_empty_boxes_or_a_box_alone_is_no_choice() -> None:
    assert tick_boxes(_ink(_row("tick", None)[0])) == []
    assert tick_boxes(_ink(_row("tick", 0, boxes=1)[0])) == []


@needs_font
def test_digits_written_in_boxes_and_round_letters_are_no_tick_boxes() -> None:
    """Boxes each holding a digit (an ID's groups of one) are all filled: no choice; the
    letters of a bold line (o, e, n, อ, บ) have no square outline."""
    page = Image.new("L", (2480, 300), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 60)
    for i, digit in enumerate("3129"):
        x = 300 + i * 200
        draw.rectangle((x, 100, x + 60, 160), outline=0, width=3)
        draw.text((x + 16, 92), digit, font=font, fill=0)
    bold = ImageFont.truetype(str(FONT.with_name("Garuda-Bold.ttf")), 80)
    draw.text((1200, 80), "sunee_onkaew บอมอ ปอด", font=bold, fill=0)
    assert tick_boxes(_ink(page)) == []


def _tsv(words: list[tuple[str, tuple[int, int, int, int]]]) -> str:
    columns = "level page_num block_num par_num line_num word_num left top width height conf text"
    head = columns.replace(" ", "\t")
    rows = [
        f"5\t1\t1\t1\t1\t{i}\t{x0}\t{y0}\t{x1 - x0}\t{y1 - y0}\t90\t{w}"
        for i, (w, (x0, y0, x1, y1)) in enumerate(words)
    ]
    return "\n".join([head, *rows])


def test_the_word_after_the_marked_box_is_taken_letters_joined_up_to_the_next_box() -> None:
    ticks = [TickBox((100, 100, 130, 130), False), TickBox((300, 100, 330, 130), True)]
    ticks.append(TickBox((520, 100, 550, 130), False))
    table = _tsv(
        [
            ("นาย", (145, 90, 220, 140)),
            ("น", (345, 105, 360, 132)),  # Tesseract's Thai "words" are letters
            ("าง", (362, 95, 400, 140)),
            ("นาง", (565, 90, 640, 140)),  # the next box's word
            ("สมชาย", (345, 300, 500, 340)),  # the line below
        ]
    )
    assert ticked_words(table, ticks) == ("นาง",)
    assert ticked_words(table, [replace(ticks[0], marked=True), ticks[1]]) == ("นาย", "นาง")
    assert ticked_words(_tsv([]), ticks) == ("",)  # one entry per marked box


def test_a_title_is_named_as_printed_or_one_letter_off_and_by_most_readings() -> None:
    assert ticked_title(["นางสาว", "นางสาว"]) == ("นางสาว", True)
    assert ticked_title(["“างสาว", "นางสาว", ""]) == ("นางสาว", False)  # the tick took น
    assert ticked_title(["นาย", "นาย", "นาง"]) == ("นาย", False)
    assert ticked_title(["นา"]) is None  # นาย or นาง: one letter off both
    assert ticked_title(["นาย", "นาง"]) is None
    assert ticked_title(["ขอรับ", "ung"]) is None  # not a title: another row's choice


def _page(ticked: tuple[str, ...], *lines: str) -> OcrPage:
    read = tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(1, read, 0, 0.0, ticked=ticked)


def _name(page: OcrPage) -> tuple[str, list[str]]:
    (found,) = [c for c in best_reading(page, "2", labels()) if c.key == "full_name"]
    return found.value, found.provenance.flags


def test_the_ticked_title_is_given_to_the_name_read_without_one_and_flagged() -> None:
    lines = ("ข้าพเจ้า นาย นาง นางสาว", "ชื่อ สายสุนีย์ นามสกุล บุญประคอง")
    value, flags = _name(_page(("นาง",), *lines))
    assert value == "นางสายสุนีย์ บุญประคอง"
    assert {"ocr", "ocr_repaired"} <= set(flags)
    value, flags = _name(_page(("าง",), *lines))
    assert value == "นางสายสุนีย์ บุญประคอง" and "ocr_low_confidence" in flags
    # the printed options after ข้าพเจ้า are no one's name; two rows ticked name no title
    assert _name(_page(("นาง", "นาย"), *lines))[0] == "สายสุนีย์ บุญประคอง"
    junk = ("ข้าพเจ้า นาย ww นางสาว", lines[1])  # the boxes read as junk between them
    assert _name(_page((), *junk))[0] == "สายสุนีย์ บุญประคอง"


@pytest.mark.parametrize(
    "line",
    [
        "ข้าพเจ้า นาย นาง นางสาว ชื่อ-สกุล สายสุนีย์ บุญประคอง..",
        "ข้าพเจ้า 'นาย นาง ☒ นางสาว ชื่อ-สกุล สายสุนีย์ บุญประคอง",  # a box read as a quote
    ],
)
def test_the_name_after_the_title_options_on_the_same_line(line: str) -> None:
    # the options between the line's two name labels are no part of the name; the title
    # is the ticked box's
    value, flags = _name(_page(("นางสาว",), line))
    assert value == "นางสาวสายสุนีย์ บุญประคอง"
    assert "ocr_repaired" in flags


def test_junk_after_the_title_options_is_no_name() -> None:
    # a fax's name unread but for Latin specks: no name, as before (the options alone)
    lines = ("ข้าพเจ้า นาย นาง นางสาว ชื่อ Ss", "เรื่อง ขอใบรับรอง")
    assert not [
        c for c in best_reading(_page(("นาย",), *lines), "2", labels()) if c.key == "full_name"
    ]
