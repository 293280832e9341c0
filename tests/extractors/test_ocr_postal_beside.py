"""A postal code crossed out and written again beside it: the code read after the label
serves no place, the one written next to it on the same line does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_postal import code_in_use_beside
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _reading(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def test_the_one_code_in_use_beside_a_code_no_place_has_is_taken() -> None:
    # 50299 serves no place; 50230 (a code of เชียงใหม่) is written beside it
    lines = ["จังหวัด เชียงใหม่ รหัสไปรษณีย์ 50299 50230 โทรศัพท์ 081-234-5678"]
    assert code_in_use_beside("50299", lines) == "50230"


def test_a_code_in_use_is_left_as_read() -> None:
    lines = ["รหัสไปรษณีย์ 50230 50299"]
    assert code_in_use_beside("50230", lines) is None


def test_two_codes_in_use_beside_it_leave_it_unrepaired() -> None:
    lines = ["รหัสไปรษณีย์ 50299 50230", "รหัสไปรษณีย์ 50299 50180"]
    assert code_in_use_beside("50299", lines) is None


def test_a_code_on_another_line_is_no_witness() -> None:
    lines = ["รหัสไปรษณีย์ 50299", "ที่ทำการ 50230"]
    assert code_in_use_beside("50299", lines) is None


def test_the_page_reads_the_code_written_again_flagged() -> None:
    page = _reading(
        "ข้าพเจ้า นายสมชาย ใจดี",
        "อยู่บ้านเลขที่ 12 หมู่ 3 ตำบลหนองหอย อำเภอเมืองเชียงใหม่",
        "จังหวัด เชียงใหม่ รหัสไปรษณีย์ 50299 50000",
    )
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["postal_code"].value == "50000"
    assert "ocr_repaired" in found["postal_code"].provenance.flags
