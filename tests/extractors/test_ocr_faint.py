"""Values in ink fainter than the page's printed labels (a carbon copy), read once more at a
cut between that ink and the paper (extractors/ocr_faint.py, ocr._readings)."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import best_reading, ocr_page
from extractors.ocr_faint import faint_cut, with_faint_values
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
IN_CI = os.environ.get("CI") == "true"
needs_fonts = pytest.mark.skipif(
    not FONT_DIR.exists() and not IN_CI, reason="needs fonts-thai-tlwg (fails in CI)"
)
needs_ocr = pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT_DIR.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)

LABELS = ("ชื่อผู้ร้อง :", "โทรศัพท์ :", "เรื่อง :")
VALUES = ("นายสมชาย ใจดี", "081-234-5678", "ขอซ่อมถนนหน้าบ้าน")
LINE = 110
TOP = 60
VALUE_X = 560
HEADER = "table"  # the tsv's columns, as tesseract writes them
COLUMNS = "level page_num block_num par_num line_num word_num left top width height conf text"


def _form(values_ink: tuple[int, ...], rule: bool = False) -> tuple[Image.Image, str]:
    """A form's lines, labels printed black and each value written in its own grey
    (255 leaves it out), with the word table a reading of the labels alone gives."""
    page = Image.new("L", (1700, TOP * 2 + LINE * len(LABELS)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT_DIR / "Garuda.ttf"), 44)
    hand = ImageFont.truetype(str(FONT_DIR / "TlwgTypewriter.ttf"), 44)
    rows = [COLUMNS.replace(" ", "\t")]
    for n, (label, value, ink) in enumerate(zip(LABELS, VALUES, values_ink, strict=True)):
        y = TOP + n * LINE
        draw.text((60, y), label, font=font, fill=0)
        left, top, right, bottom = (round(v) for v in draw.textbbox((60, y), label, font=font))
        rows.append(
            f"5\t1\t1\t1\t{n + 1}\t1\t{left}\t{top}\t{right - left}\t{bottom - top}\t95\t{label}"
        )
        if ink < 255:
            draw.text((VALUE_X, y), value, font=hand, fill=ink)
        if rule:  # the dark line the value is written on
            draw.line((right + 20, bottom - 4, 1640, bottom - 4), fill=0, width=3)
    return page, "\n".join(rows) + "\n"


DARK_CUT = 0.6 * 128  # the strict cut's level on a page of black print on white


@needs_fonts
def test_faint_values_beside_their_labels_give_a_cut_between_ink_and_paper() -> None:
    page, table = _form((215, 215, 215))
    found = faint_cut(page, table, DARK_CUT)
    assert found is not None and 215 < found[0] < 255
    assert len(found[1]) == len(LABELS)  # a region beside each label


@needs_fonts
def test_only_the_faint_regions_are_cut_again() -> None:
    # a photo's grain would turn black at the faint cut everywhere else
    page, table = _form((215, 215, 215))
    grain = page.copy()
    ImageDraw.Draw(grain).rectangle((0, 0, 40, 40), fill=225)  # pale, left of the labels
    ink = grain.point(lambda v: 255 if v > DARK_CUT else 0)
    out = with_faint_values(ink, grain, table, DARK_CUT)
    assert out is not None
    assert out.getpixel((20, 20)) == 255  # the grain left as the ink cut had it
    value = out.crop((VALUE_X, TOP, 1600, TOP + LINE - 20))
    assert value.histogram()[0] > 200  # the value's strokes now black


@needs_fonts
def test_a_rule_under_the_faint_values_is_not_taken_for_read_ink() -> None:
    page, table = _form((210, 210, 210), rule=True)
    assert faint_cut(page, table, DARK_CUT) is not None


@needs_fonts
def test_values_as_dark_as_the_print_give_no_cut() -> None:
    # the page read them: no reading more
    page, table = _form((0, 0, 0))
    assert faint_cut(page, table, DARK_CUT) is None


@needs_fonts
def test_one_faint_line_gives_no_cut() -> None:
    # a stain or one pale word beside a label is not a carbon copy
    page, table = _form((215, 255, 255))
    assert faint_cut(page, table, DARK_CUT) is None


@needs_fonts
def test_shade_over_a_lines_band_gives_no_cut() -> None:
    # grey over a third of a line beside its label is shade or a photo's grain: values
    # written there cover far less of it
    page, table = _form((215, 215, 215))
    ImageDraw.Draw(page).rectangle((VALUE_X, TOP + LINE, 1600, TOP + LINE + 40), fill=215)
    assert faint_cut(page, table, DARK_CUT) is None


@needs_fonts
def test_blank_lines_give_no_cut() -> None:
    page, table = _form((255, 255, 255))
    assert faint_cut(page, table, DARK_CUT) is None


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


@needs_ocr
def test_a_carbon_copys_faint_phone_is_read_and_flagged() -> None:
    page, _ = _form((205, 205, 205))
    read = ocr_page(page.convert("RGB"), 1)
    found = [c for c in best_reading(read, "scan.png", labels()) if c.key == "phone"]
    assert [c.value.replace(" ", "") for c in found] == ["081-234-5678"]
    assert "ocr" in found[0].provenance.flags
