"""A printed dotted line's last dot read glued between a label and the value written on
it (`จังหวัด.ลำปาง`): the label is read as if a space stood there
(`extractors.ocr.with_label_dot_apart`); an abbreviation's dot is left. Invented values."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading, with_label_dot_apart
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_a_dot_glued_between_a_label_and_its_value_parts_them() -> None:
    line = "จังหวัด.ลำปาง... รหัสไปรษณีย์ 52100."
    page = OcrPage(1, (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),), 0, 0.0)
    found = {c.key: c.value for c in best_reading(page, "attachment", labels())}
    assert found["province"] == "ลำปาง"
    assert found["postal_code"] == "52100"


def test_an_abbreviations_dot_is_left() -> None:
    assert with_label_dot_apart("ม.7 ต.ปงแสนทอง", labels()) == "ม.7 ต.ปงแสนทอง"
    assert with_label_dot_apart("ตามหนังสือ ที่ มท.0310/ว", labels()) == "ตามหนังสือ ที่ มท.0310/ว"


def test_a_label_glued_to_the_number_before_it_is_read_with_its_own_dot() -> None:
    line = "รหัสไปรษณีย์ 52100.โทรศัพท์. 086-427-1935"
    page = OcrPage(1, (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),), 0, 0.0)
    found = {c.key: c.value for c in best_reading(page, "attachment", labels())}
    assert found["postal_code"] == "52100"
    assert found["phone"] == "086-427-1935"
