"""A caption naming a name's parts (`คำนำหน้า/ชื่อ/นามสกุล`), printed with no colon and
read by OCR with its letters misread, asks for the whole name
(extractors/ocr_name_caption.py). The names are made up."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_name_caption import caption_read
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _read(*lines: str) -> dict[str, str]:
    page = OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    return {c.key: c.value for c in best_reading(page, "2", labels())}


@pytest.mark.parametrize(
    "line",
    [
        "คำนำหน้า/ชื่อ/นามสกุล นางพรทิพย์ ใจมั่น",  # printed with no colon
        "คำนำหน้า/ชื่ออนามสกล นางพรทิพย์ ใจมั่น",  # a slash read as อ, the ุ lost
        "คำนำหน้า/ชื่อ/มามสกล นางพรทิพย์ ใจมั่น",  # น read as ม
        "คำนำหน้า/ชื่อ/นามสกุล' นางพรทิพย์ ใจมั่น",  # a speck glued to it
        "5 คำนำหน้าชื่อ/ชื่อ/สกุล นางพรทิพย์ ใจมั่น",  # the item's number before it
    ],
)
def test_a_caption_of_the_name_parts_reads_the_whole_name(line: str) -> None:
    found = _read(line)
    assert found.get("full_name") == "นางพรทิพย์ ใจมั่น"
    assert "name_title" not in found


@pytest.mark.parametrize(
    "word",
    [
        "คำนำหน้า",  # the title's own label
        "คำนำหน้า/ชื่อ",  # two parts: not near enough any caption of three
        "ที่อยู่/ตำบล/อำเภอ",
    ],
)
def test_other_words_are_no_caption(word: str) -> None:
    assert caption_read(word) is None


def test_a_title_caption_alone_keeps_its_title() -> None:
    found = _read("คำนำหน้า นาง", "ชื่อ-นามสกุล พรทิพย์ ใจมั่น")
    assert found.get("full_name", "").endswith("พรทิพย์ ใจมั่น")
