"""A caption naming the house line's parts with spaces ("บ้านเลขที่ หมู่ ซอย ถนน", a
Microsoft Forms question, set 43) asks for that line as "บ้านเลขที่/หมู่/ซอย/ถนน" does:
a lone label of the house line, whose answer sits below or beside it. Made-up values."""

from __future__ import annotations

from pathlib import Path

from extractors.body_form import parse_label_line
from extractors.extract import matcher_for
from extractors.templates import load_templates
from extractors.xlsx_form import xlsx_lines

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def test_the_parts_named_with_spaces_are_one_caption() -> None:
    for caption in ("บ้านเลขที่ หมู่ ซอย ถนน", "บ้านเลขที่ หมู่ที่ ซอย ถนน", "บ้านเลขที่ ซอย ถนน"):
        found = parse_label_line(caption, LABELS)
        assert found is not None and (found.key, found.value) == ("addr_house", ""), caption


def test_words_after_the_house_number_that_are_no_labels_are_its_value() -> None:
    # "บ้านเลขที่ หมู่บ้านสุขใจ": not a caption of parts (the test can fail if the rule grows)
    for line in ("บ้านเลขที่ 15 หมู่ 4", "ตำบล อำเภอ"):
        found = parse_label_line(line, LABELS)
        assert found is None or found.value != "" or found.key != "addr_house", line


def test_a_forms_export_row_keeps_the_house_line() -> None:
    head = ["ID", "Email", "ชื่อ - นามสกุล", "บ้านเลขที่ หมู่ ซอย ถนน", "ตำบล/แขวง", "อำเภอ/เขต",
            "จังหวัด", "รหัสไปรษณีย์"]  # fmt: skip
    row = ["7", "anonymous", "นายชาตรี ผลดี", "5/12 ซอยรามอินทรา 40 ถนนรามอินทรา", "นวลจันทร์",
           "บึงกุ่ม", "กรุงเทพมหานคร", "10230"]  # fmt: skip
    lines = xlsx_lines([head, row], LABELS)
    assert "บ้านเลขที่ หมู่ ซอย ถนน: 5/12 ซอยรามอินทรา 40 ถนนรามอินทรา" in lines
