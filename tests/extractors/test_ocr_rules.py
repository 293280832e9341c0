"""Printed boxes taken off a page before OCR (extractors/ocr_rules.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.ocr import INK_SHARE, _boxes, binarise
from extractors.ocr_rules import box_strokes, without_strokes

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
SIDE = 60


def _id_in_boxes(digits: str) -> tuple[Image.Image, list[int]]:
    """An A4-wide strip: a label, then one digit written in each of 13 boxes (1-4-5-2-1)."""
    page = Image.new("L", (2480, 300), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 56)
    draw.text((100, 110), "เลขประจำตัวประชาชน", font=font, fill=0)
    x, top, lefts, i = 800, 110, [], 0
    for group in (1, 4, 5, 2, 1):
        for _ in range(group):
            draw.rectangle((x, top, x + SIDE, top + SIDE), outline=0, width=3)
            draw.text((x + 16, top - 8), digits[i], font=font, fill=0)
            lefts.append(x)
            x, i = x + SIDE, i + 1
        x += 40
    return page, lefts


IN_CI = os.environ.get("CI") == "true"


@pytest.mark.skipif(not FONT.exists() and not IN_CI, reason="needs fonts-thai-tlwg (fails in CI)")
def test_the_boxes_of_an_id_come_off_and_its_digits_stay() -> None:
    # Tesseract reads a box's sides as `|`, `[`, `1`: the 13 digits are lost among them
    # (held-out scans, tests/extractors/ocr_held_out.py: no ID in boxes read at all).
    page, lefts = _id_in_boxes("3501100428712")
    strokes = box_strokes(page)
    clean = without_strokes(page, strokes)
    for x in (*lefts, lefts[-1] + SIDE):  # every side gone: no ink left in its column
        column = clean.crop((x - 1, 113, x + 4, 110 + SIDE - 3))
        assert column.getextrema()[0] == 255, x
    top_rule = clean.crop((lefts[1], 108, lefts[4] + SIDE, 114))
    assert top_rule.getextrema()[0] == 255
    for x in lefts:  # each digit keeps its ink
        inside = clean.crop((x + 6, 116, x + SIDE - 6, 110 + SIDE - 6))
        assert inside.getextrema()[0] < 128, x
    label = clean.crop((100, 100, 780, 200))
    assert label.tobytes() == page.crop((100, 100, 780, 200)).tobytes()


@pytest.mark.skipif(not FONT.exists() and not IN_CI, reason="needs fonts-thai-tlwg (fails in CI)")
def test_text_and_single_rules_are_no_boxes() -> None:
    page = Image.new("L", (2480, 400), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 56)
    draw.text((100, 40), "ชื่อ นายสมชาย ใจดี ที่อยู่ 12 หมู่ที่ 3 ตำบลบางพูด", font=font, fill=0)
    draw.line((100, 150, 2300, 150), fill=0, width=3)  # an underline alone: no box
    draw.text((100, 200), "เลขที่ 45/2 ถนนพหลโยธิน", font=font, fill=0)
    assert box_strokes(page) == []


@pytest.mark.skipif(not FONT.exists() and not IN_CI, reason="needs fonts-thai-tlwg (fails in CI)")
def test_boxes_whose_thin_rules_a_blurred_photo_made_faint_are_found_at_the_otsu_cut() -> None:
    # a phone photo blurs a box's thin rules lighter than the strict cut keeps (held-out
    # photos: no box found, the sides read as `[`, `|`, `1` among the ID's digits)
    page, _ = _id_in_boxes("3501100428712")
    faint = page.point(lambda v: 255 if v > 128 else 150)  # the rules and sides grey
    draw = ImageDraw.Draw(faint)
    draw.text((100, 110), "เลขประจำตัวประชาชน", font=ImageFont.truetype(str(FONT), 56), fill=0)
    flat = faint.filter(ImageFilter.GaussianBlur(1))
    strict = binarise(flat, INK_SHARE)
    assert box_strokes(strict) == []  # the strict cut lost them
    assert len(_boxes(strict, flat, 0.0)[0]) >= 13
