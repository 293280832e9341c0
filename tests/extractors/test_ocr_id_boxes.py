"""The national ID's 13 boxes found and cut apart (extractors/ocr_id_boxes.py), and the
ID read from them taken where its check digit holds (extractors.ocr.with_id_from_boxes)."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import extractors.ocr as ocr
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, _boxed_id, _read_digits, best_reading
from extractors.ocr_id_boxes import boxes_strip, cells_of_runs, id_boxes
from extractors.ocr_rules import boxes_on_page, without_strokes
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
IN_CI = os.environ.get("CI") == "true"
needs_font = pytest.mark.skipif(
    not FONT.exists() and not IN_CI, reason="needs fonts-thai-tlwg (fails in CI)"
)
SIDE = 60
ID = "3501100428712"


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _id_in_boxes(lost_rule: bool, gap: int = 40) -> tuple[Image.Image, list[int]]:
    """An A4-wide strip: a label, one digit in each of 13 boxes (1-4-5-2-1), blurred; with
    `lost_rule` the top rule of the first run of five breaks (a photo's blur) and the
    side between two of its boxes is left out (a photo's slant hides it)."""
    page = Image.new("L", (2480, 300), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 56)
    draw.text((100, 110), "เลขประจำตัวประชาชน", font=font, fill=0)
    digit = ImageFont.truetype(str(FONT), 46)  # written inside the box, clear of its rules
    x, top, lefts, i = 800, 110, [], 0
    for group in (1, 4, 5, 2, 1):
        for _ in range(group):
            draw.rectangle((x, top, x + SIDE, top + SIDE), outline=0, width=3)
            draw.text((x + 18, top - 6), ID[i], font=digit, fill=0)
            lefts.append(x)
            x, i = x + SIDE, i + 1
        draw.line(
            (x + gap // 4, top + SIDE // 2, x + 3 * gap // 4, top + SIDE // 2), fill=0, width=3
        )
        x += gap
    if lost_rule:
        draw.rectangle((lefts[5] + 2, top - 2, lefts[9] - 10, top + 3), fill=255)
        draw.rectangle((lefts[7] - 2, top + 4, lefts[7] + 2, top + SIDE - 4), fill=255)
    return page.filter(ImageFilter.GaussianBlur(0.7)), lefts


def _ink(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 0 if v < 150 else 255)


@needs_font
@pytest.mark.parametrize("lost_rule", [False, True])
def test_the_13_boxes_are_found_between_their_sides(lost_rule: bool) -> None:
    page, lefts = _id_in_boxes(lost_rule)
    ink = _ink(page)
    cells = id_boxes(ink, boxes_on_page(ink)[1])
    assert len(cells) == 13
    assert all(abs(cell[0] - x) <= 6 for cell, x in zip(cells, lefts, strict=True))


@needs_font
def test_the_gap_between_two_groups_is_not_taken_for_a_box() -> None:
    # a dash printed in a gap nearly a box wide: two sides a box's height apart, bounding
    # no box; the ID's boxes are printed one size, the gap is narrower
    page, lefts = _id_in_boxes(lost_rule=False, gap=52)
    ink = _ink(page)
    cells = id_boxes(ink, boxes_on_page(ink)[1])
    assert [c[0] for c in cells] == pytest.approx(lefts, abs=6)


def test_lone_boxes_at_the_ends_are_placed_by_the_groups_spacing() -> None:
    # on a photo only the runs of 4, 5 and 2 boxes have rules long enough to be found
    side, gap, top = 36, 24, 500
    runs, x = [], 300 + side + gap
    for n in (4, 5, 2):
        runs.append((x, top, x + n * side - 1, top + side - 1))
        x += n * side + gap
    cells = cells_of_runs(runs)
    assert len(cells) == 13
    assert cells[0][0] == pytest.approx(300, abs=3)
    assert cells[-1][0] == pytest.approx(x, abs=3)
    assert cells[1][0] == runs[0][0] and cells[5][0] == runs[1][0]


def test_runs_that_do_not_make_the_id_groups_give_no_boxes() -> None:
    side, top = 36, 500
    three = [(300 + k * 200, top, 300 + k * 200 + 3 * side - 1, top + side - 1) for k in range(3)]
    assert cells_of_runs(three) == []  # 3-3-3: a table's cells, no ID
    whole = [(300, top, 300 + 13 * side - 1, top + side - 1)]
    assert len(cells_of_runs(whole)) == 13  # the groups printed with no gap between


@needs_font
def test_a_line_of_fewer_boxes_is_no_id() -> None:
    page = Image.new("L", (2480, 300), 255)
    draw = ImageDraw.Draw(page)
    for k in range(5):  # a postal code's five boxes
        draw.rectangle((800 + k * SIDE, 110, 800 + (k + 1) * SIDE, 110 + SIDE), outline=0, width=3)
    ink = _ink(page)
    assert id_boxes(ink, boxes_on_page(ink)[1]) == []


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)
def test_the_boxes_cut_apart_read_as_the_id_without_their_sides() -> None:
    page, _ = _id_in_boxes(lost_rule=True)
    ink = _ink(page)
    strokes, runs = boxes_on_page(ink)
    strip = boxes_strip(without_strokes(ink, strokes), id_boxes(ink, runs))
    assert _read_digits(strip).replace(" ", "") == ID


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)
def test_box_rules_left_on_the_page_are_taken_off_each_box_and_pale_ink_kept() -> None:
    # a box whose rules were not found keeps them on the page; a photo's ink is pale
    page, _ = _id_in_boxes(lost_rule=False)
    pale = page.point(lambda v: 150 + v * 105 // 255)  # ink at 150 on paper at 255
    ink = _ink(page)
    cells = id_boxes(ink, boxes_on_page(ink)[1])
    assert _boxed_id(pale, cells) == ID


def _id_over_the_bottom_rule() -> Image.Image:
    """The 13 boxes with each digit written low, over the box's bottom rule, as a hand
    (and the blind sets' fonts) writes in a box too small for it."""
    page = Image.new("L", (2480, 300), 255)
    draw = ImageDraw.Draw(page)
    digit = ImageFont.truetype(str(FONT), SIDE)
    x, top, i = 800, 110, 0
    for group in (1, 4, 5, 2, 1):
        for _ in range(group):
            draw.rectangle((x, top, x + SIDE, top + SIDE), outline=0, width=3)
            draw.text((x + 4, top - 4), ID[i], font=digit, fill=0)
            x, i = x + SIDE, i + 1
        x += 40
    return page.filter(ImageFilter.GaussianBlur(0.7))


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)
def test_digits_written_over_the_boxes_rules_are_read_whole() -> None:
    # the rules found are painted off the page before it is read, and with them the
    # strokes of every digit that crosses one: each box is also cut from the page with
    # its rules on, which `boxes_strip` takes off each piece row by row
    page = _id_over_the_bottom_rule()
    ink = _ink(page)
    strokes, runs = boxes_on_page(ink)
    cells = id_boxes(ink, runs)
    assert len(cells) == 13
    assert _boxed_id(page, cells, strokes) == ID


def test_of_two_cuts_that_each_agree_only_an_id_whose_check_digit_holds_is_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _ = _id_in_boxes(lost_rule=False)
    ink = _ink(page)
    strokes, runs = boxes_on_page(ink)
    cells = id_boxes(ink, runs)
    # rules painted off: both strips agree on a number whose check digit fails; rules on:
    # both agree on the ID
    readings = iter(["3501100428713", "3501100428713", ID, ID])
    monkeypatch.setattr(ocr, "_read_digits_each", lambda strips: [next(readings) for _ in strips])
    assert _boxed_id(page, cells, strokes) == ID
    # two valid numbers, one from each cut: the page does not say which is right
    readings = iter([ID, ID, "3501100428721", "3501100428721"])
    monkeypatch.setattr(ocr, "_read_digits_each", lambda strips: [next(readings) for _ in strips])
    assert _boxed_id(page, cells, strokes) == ""


def test_an_id_whose_two_strips_read_differently_is_not_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _ = _id_in_boxes(lost_rule=False)
    ink = _ink(page)
    cells = id_boxes(ink, boxes_on_page(ink)[1])
    readings = iter(["3501100428712", "3501100482712"])
    monkeypatch.setattr(ocr, "_read_digits_each", lambda strips: [next(readings) for _ in strips])
    assert _boxed_id(page, cells) == ""


def _page(boxed_id: str, *lines: str) -> OcrPage:
    read = tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(1, read, 0, 0.0, boxed_id=boxed_id)


def _id(page: OcrPage) -> tuple[str, list[str]] | None:
    found = [c for c in best_reading(page, "2", labels()) if c.key == "national_id"]
    return (found[0].value, found[0].provenance.flags) if found else None


def test_an_id_read_from_its_boxes_is_taken_where_its_check_digit_holds_flagged() -> None:
    name = "ชื่อ นายสมชาย ใจดี"
    value, flags = _id(_page("3 5011 00428 71 2", name)) or ("", [])
    assert value == ID and {"ocr", "ocr_repaired", "ocr_low_confidence"} <= set(flags)
    value, flags = _id(_page(ID, name, "เลขประจำตัวประชาชน 3[50111004287[12")) or ("", [])
    assert value == ID and "ocr_low_confidence" in flags
    assert _id(_page("3501100428713", name)) is None  # its check digit fails
    assert _id(_page(ID, name, f"เลขประจำตัวประชาชน {ID}")) == (ID, ["ocr"])
