"""Crops read by one Tesseract run read as each read alone (extractors/ocr_batch.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import extractors.ocr as ocr
from extractors.ocr_batch import read_each

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
IN_CI = os.environ.get("CI") == "true"
needs_ocr = pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)


def _line(text: str, size: int = 40) -> Image.Image:
    font = ImageFont.truetype(str(FONT), size)
    image = Image.new("L", (40 + int(font.getlength(text)), size * 2), 255)
    ImageDraw.Draw(image).text((20, size // 3), text, font=font, fill=0)
    return image


def _blank() -> Image.Image:
    return Image.new("L", (300, 80), 255)


@needs_ocr
def test_digit_crops_read_in_one_run_read_as_each_alone() -> None:
    crops = [_line("081-234-5678"), _blank(), _line("๓๑๐๐๕๐๗๒๘"), _line("1-4201-55555-12-3")]
    alone = [ocr._digits_or_none(crop, "7") for crop in crops]
    assert ocr._digits_or_none_each(crops, "7") == alone
    assert alone[0] == "081-234-5678" and alone[1] == ""  # the blank keeps its place


@needs_ocr
def test_thai_lines_read_in_one_run_read_as_each_alone() -> None:
    crops = [_line("นายสมหมาย รักษ์ดี"), _blank(), _line("12 มีนาคม 2530")]
    alone = [ocr._read_line(crop) for crop in crops]
    assert ocr._read_lines(crops) == alone
    assert "2530" in alone[2]


def test_a_failed_run_gives_none_so_each_crop_is_read_alone() -> None:
    def dies(command: list[str]) -> str:
        raise RuntimeError("tesseract exited with -8")

    assert read_each([_blank(), _blank()], ["--psm", "13"], dies) is None


def test_a_run_whose_pages_are_not_one_a_crop_gives_none() -> None:
    assert read_each([_blank(), _blank()], [], lambda command: "12\n") is None
    assert read_each([_blank(), _blank()], [], lambda command: "12\n\f34\n\f") == ["12\n", "34\n"]


def test_the_run_reads_a_list_of_the_crops_in_order() -> None:
    seen: list[list[str]] = []

    def lists(command: list[str]) -> str:
        listing = Path(command[1]).read_text(encoding="utf-8").splitlines()
        seen.append([Image.open(path).size for path in listing])  # type: ignore[misc]
        return "\f".join(str(k) for k in range(len(listing)))

    crops = [Image.new("L", (10 + k, 5), 255) for k in range(3)]
    assert read_each(crops, ["--psm", "7"], lists) == ["0", "1", "2"]
    assert seen == [[(10, 5), (11, 5), (12, 5)]]
    assert read_each([], ["--psm", "7"], lists) == []
