"""Values written on a line with their captions printed in brackets under it
(extractors/ocr_captions_below.py), as OCR reads such rows: the values' line, then the
captions' line. Made-up people and numbers (the ID's check digit holds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.base import FieldType
from extractors.body_form import parse_label_line
from extractors.extract import matcher_for
from extractors.ocr_captions_below import caption_row, with_captions_below
from extractors.templates import load_templates
from extractors.values import clean_value, has_type

ROOT = Path(__file__).resolve().parents[2]
LABELS = matcher_for(load_templates(ROOT / "config" / "forms"))


def _fits(kind: FieldType, value: str) -> bool:
    return has_type(kind, clean_value(kind, value))  # type: ignore[arg-type]


def _below(*lines: str) -> list[str]:
    return [text for _, text in with_captions_below(list(enumerate(lines, 1)), LABELS, _fits)]


def _pairs(lines: list[str]) -> dict[str, str]:
    found = (parse_label_line(line, LABELS) for line in lines)
    return {f.key: f.value for f in found if f is not None and f.value}


def test_a_row_of_captions_names_the_values_above_it() -> None:
    lines = _below(
        "ข้าพเจ้า นางมาลี ทองคำ",
        "(ชื่อ - นามสกุล)",
        "3501300662816 11/7/2511",
        "(เลขประจำตัวประชาชน 13 หลัก) (วัน/เดือน/ปี เกิด)",
        "53/1 ม.6 ต.หนองหาร อ.สันทราย",
        "(ที่อยู่ตามทะเบียนบ้าน)",
        "เชียงใหม่ 50290 065 208 1947",
        "(จังหวัด) (รหัสไปรษณีย์) (โทรศัพท์)",
    )
    assert _pairs(lines) == {
        "full_name": "นางมาลี ทองคำ",
        "national_id": "3501300662816",
        "birth_date": "11/7/2511",
        "address": "53/1 ม.6 ต.หนองหาร อ.สันทราย",
        "province": "เชียงใหม่",
        "postal_code": "50290",
        "phone": "065 208 1947",
    }
    assert not any(line.startswith("(") for line in lines)  # no caption left to misread


@pytest.mark.parametrize(
    "lines",
    [
        ("ผู้ยื่นคำร้อง", "(ลงชื่อ)"),  # a caption no field has
        ("จังหวัด เชียงใหม่", "(รหัสไปรษณีย์)"),  # the line above holds its own label
        ("(จังหวัด) (รหัสไปรษณีย์)", "(โทรศัพท์)"),  # captions under captions
        ("เชียงใหม่", "(จังหวัด) (รหัสไปรษณีย์)"),  # which box holds it: the page does not say
        ("ขอรับรองว่าเป็นความจริง (ตามบัตร)",),  # a bracket inside a sentence
    ],
)
def test_rows_the_captions_do_not_name_are_left_as_read(lines: tuple[str, ...]) -> None:
    assert _below(*lines) == list(lines)


def test_a_caption_row_is_bracketed_labels_only() -> None:
    assert [key for key, _ in caption_row("(จังหวัด) (รหัสไปรษณีย์)", LABELS)] == [
        "province",
        "postal_code",
    ]
    assert caption_row("(จังหวัด) เชียงใหม่", LABELS) == []
    assert caption_row("จังหวัด", LABELS) == []  # a label without brackets is a label
