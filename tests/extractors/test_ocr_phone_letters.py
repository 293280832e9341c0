"""A phone read by OCR with a Thai letter among its digits, or parted from its label by
a lone dot of a printed dotted line (`ocr_phones.phone_without_stray_letter`,
`ocr_text.without_dot_leaders`). Made-up numbers; the mended value is flagged."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_phones import phone_without_stray_letter
from extractors.ocr_text import without_dot_leaders
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_a_thai_letter_among_a_phones_digits_is_dropped() -> None:
    assert phone_without_stray_letter("086-427-1ร935") == "086-427-1935"
    assert phone_without_stray_letter("986-427-1ร935") == "086-427-1935"  # and its 0


def test_no_phone_is_made_of_letters_that_leave_none() -> None:
    assert phone_without_stray_letter("086-427-1935") is None  # no letter
    assert phone_without_stray_letter("08ก6-427-1ร935") is None  # two letters
    assert phone_without_stray_letter("086-427-1ร93") is None  # nine digits then


def test_a_lone_dot_between_a_label_and_its_value_leaves_one_space() -> None:
    assert without_dot_leaders("โทรศัพท์ . 086-427-1935") == "โทรศัพท์ 086-427-1935"
    assert without_dot_leaders("จังหวัด .. น่าน .. รหัส") == "จังหวัด น่าน รหัส"


def test_the_phone_after_a_lone_dot_with_a_letter_among_its_digits_is_read_flagged() -> None:
    line = "รหัสไปรษณีย์ 55000.โทรศัพท์ . 986-427-1ร935"
    page = OcrPage(1, (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),), 0, 0.0)
    found = {c.key: c for c in best_reading(page, "attachment", labels())}
    assert found["phone"].value == "086-427-1935"
    assert "ocr_repaired" in found["phone"].provenance.flags
