"""Printed dotted leaders taken off a page before OCR (extractors/ocr_leaders.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.ocr_leaders import leader_dots
from extractors.ocr_rules import without_strokes

FONTS = Path("/usr/share/fonts/truetype/tlwg")
IN_CI = os.environ.get("CI") == "true"
pytestmark = pytest.mark.skipif(
    not FONTS.exists() and not IN_CI, reason="needs fonts-thai-tlwg (in CI its absence fails)"
)


def _line(label: str, value: str, tail: str = "") -> tuple[Image.Image, tuple[int, int]]:
    """An A4-wide strip: a printed label, a dotted leader, a value written on the dots
    in another face (its bottom a little over the dots), then printed text after; the
    leader's left and right ends."""
    page = Image.new("L", (2480, 200), 255)
    draw = ImageDraw.Draw(page)
    form = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 58)
    ink = ImageFont.truetype(str(FONTS / "Purisa.ttf"), 58)
    draw.text((100, 60), label, font=form, fill=0)
    start = 110 + int(draw.textlength(label, font=form))
    leader = "." * 40
    draw.text((start, 60), leader, font=form, fill=0)
    end = start + int(draw.textlength(leader, font=form))
    draw.text((start + 40, 50), value, font=ink, fill=40)
    draw.text((end + 20, 60), tail, font=form, fill=0)
    return page, (start, end)


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(image.crop(box).point(lambda v: 255 if v < 128 else 0).histogram()[255:])


def test_the_dots_a_value_is_written_on_come_off_and_the_writing_stays() -> None:
    # Tesseract reads a printed leader under a written value as `.` among its letters
    # and as the lower strokes of them (held-out forms: `45./.2`, `ด9นแก๋ว` for ดอนแก้ว;
    # drawn without their leaders the same forms read 90/168 fields instead of 57)
    page, (start, end) = _line("ตำบล", "ดอนแก้ว", "รหัสไปรษณีย์ 50180")
    dots = leader_dots(page)
    assert len(dots) >= 25
    assert all(start - 5 <= x0 and x1 <= end + 5 for x0, _, x1, _ in dots)
    clean = without_strokes(page, dots)
    label, tail = (0, 0, start - 5, 200), (end + 15, 0, 2480, 200)
    assert _ink(clean, label) == _ink(page, label)
    assert _ink(clean, tail) == _ink(page, tail)
    # the written word stays whole above the dots, and nothing but dots is left on
    # the stretch after it
    top = min(y0 for _, y0, _, _ in dots) - 3
    assert _ink(clean, (start, 0, end, top)) == _ink(page, (start, 0, end, top)) > 0
    bottom = max(y1 for _, _, _, y1 in dots) + 3
    assert _ink(clean, (start + 400, top, end, bottom)) == 0


def test_full_stops_and_marks_of_printed_text_are_no_leader() -> None:
    # an abbreviation's full stops (พ.ศ., ต.) and a line of marks over letters stand
    # at no even pitch, four in a row
    page = Image.new("L", (2480, 200), 255)
    draw = ImageDraw.Draw(page)
    form = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 58)
    draw.text((100, 60), "พ.ศ. 2511 ต.ในเมือง อ.เมือง จ.ยโสธร ที่ปี่ผี่ฝีมีกี่ที่นี่ ... ฯลฯ", font=form, fill=0)
    assert leader_dots(page) == []
