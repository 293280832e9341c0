"""A form whose province line OCR read as no province's name (`จังหวัด พขรรณบรี`, the
value dropped) and whose postal code it read: the province is the one the code serves
(`ocr.with_province_from_postal_code`), flagged. A page printing no province line keeps
none. Made-up addresses."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _read(*lines: str) -> dict[str, tuple[str, list[str]]]:
    page = OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    return {c.key: (c.value, list(c.provenance.flags)) for c in best_reading(page, "2", labels())}


def test_a_province_line_read_as_no_name_gets_the_province_its_postal_code_serves() -> None:
    found = _read(
        "ข้าพเจ้า นายสมปอง ใจกล้า",
        "ที่อยู่ 14 หมู่ที่ 3 ตำบลดอนเจดีย์",
        "อำเภอ ดอนเจดีย์ จังหวัด ศัขรรณบรี รหัสไปรษณีย์ 72170",
    )
    value, flags = found["province"]
    assert value == "สุพรรณบุรี"
    assert {"ocr_repaired", "ocr_low_confidence"} <= set(flags)


def test_a_page_with_no_province_line_keeps_none() -> None:
    found = _read("ข้าพเจ้า นายสมปอง ใจกล้า", "รหัสไปรษณีย์ 72170")
    assert "province" not in found
