"""A phone's label read with its opening syllable and its tail misread, its word ศัพท์
read right (`ไหวศัพท์มือถิง` for โทรศัพท์มือถือ): a line's first letters are where
Tesseract reads worst, and ศัพท์ is no other label's word."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_text import with_phone_word
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _found(*lines: str) -> dict[str, tuple[str, list[str]]]:
    page = OcrPage(1, tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    return {
        c.key: (c.value, list(c.provenance.flags))
        for c in best_reading(page, "attachment", labels())
    }


def test_the_phone_word_is_read_as_the_phones_label() -> None:
    assert with_phone_word("ไหวศัพท์มือถิง 081-552-7394") == "โทรศัพท์ 081-552-7394"
    assert with_phone_word("ว ไทรศัพท์.. 081-552-7394") == "โทรศัพท์.. 081-552-7394"


def test_a_line_without_the_phone_word_is_left() -> None:
    assert with_phone_word("ไหวสัพมือถิง 081-552-7394") is None


def test_a_phone_after_its_misread_label_is_read_flagged() -> None:
    found = _found(
        "ชื่อ-นามสกุล นายสมชาย ใจดี",
        "ไหวศัพท์มือถิง 086-417-2290 อีเมล somchai.j@example.com",
    )
    assert found["phone"][0] == "086-417-2290"
    assert "ocr" in found["phone"][1]


def test_the_phone_word_before_no_phone_gives_no_phone() -> None:
    found = _found("ชื่อ-นามสกุล นายสมชาย ใจดี", "ไหวศัพท์มือถิง ติดต่อที่ทำการ")
    assert "phone" not in found
