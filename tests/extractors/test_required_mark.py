"""A web form's required-field mark "*" between a label and the value typed beside it
(set 43: a review page printed from Chrome, "ที่อยู่ * 23/1 ถ.กาญจนวนิช ..."): the mark is
the label's, never the value's first character. Made-up values."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.body_form import parse_label_line
from extractors.extract import matcher_for
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = matcher_for(load_templates(ROOT / "config" / "forms"))


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("ที่อยู่ * 7/33 หมู่ที่ 2 ตำบลนาป่า อำเภอเมืองชลบุรี", "address", "7/33 หมู่ที่ 2 ตำบลนาป่า อำเภอเมืองชลบุรี"),
        ("ที่อยู่ ** 15 ถ.สุขุมวิท ต.บ้านสวน", "address", "15 ถ.สุขุมวิท ต.บ้านสวน"),
        ("วันเดือนปีเกิด * 21/03/2535", "birth_date", "21/03/2535"),
        ("ชื่อ-นามสกุล * นายวิรัช ทองมา", "full_name", "นายวิรัช ทองมา"),
    ],
)
def test_the_required_mark_before_a_value_is_the_labels(line: str, key: str, value: str) -> None:
    found = parse_label_line(line, LABELS)
    assert found is not None and (found.key, found.value) == (key, value)
    assert found.label.endswith("*")


def test_a_star_glued_to_the_value_is_not_a_required_mark() -> None:
    # "*" with no space after it is the value's own (a USSD code, a footnote mark kept)
    found = parse_label_line("ที่อยู่ *7/33 หมู่ที่ 2 ตำบลนาป่า", LABELS)
    assert found is None or not found.label.endswith("*")
