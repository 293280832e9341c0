"""An address whose village number (หมู่ที่) one reading of the page read as a symbol
(`%` for a handwritten 8, `?` or `*` for a small 2 or 3) while another reading of the
same page read it as a number: the number is taken (`ocr_address_numbers.
village_number_from_readings`), flagged. Made-up addresses."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_address_numbers import village_number_from_readings
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_the_village_number_another_reading_read_replaces_the_symbol() -> None:
    address = "17/5 หมู่ที่ % ตำบลบางเดื่อ อำเภอเมือง"
    others = ["17/5 หมู่ที่ 8 ตำบลบางเตื่อ อำเภอเมือง", "17/5 หมู่ที่ % ตำบลบางเดื่อ"]
    assert village_number_from_readings(address, others) == "17/5 หมู่ที่ 8 ตำบลบางเดื่อ อำเภอเมือง"
    assert village_number_from_readings("9 หมู่ ? ต.นาดี", ["9 หมู่ ๑๒ ต.นาดี"]) == "9 หมู่ 12 ต.นาดี"


def test_readings_that_differ_on_it_or_have_none_leave_it() -> None:
    address = "17/5 หมู่ที่ * ตำบลบางเดื่อ"
    assert village_number_from_readings(address, ["17/5 หมู่ที่ 2 ตำบล", "17/5 หมู่ที่ 3"]) is None
    assert village_number_from_readings(address, ["17/5 หมู่ที่ ? ตำบลบางเดื่อ"]) is None
    assert village_number_from_readings("17/5 หมู่ที่ 4 ตำบล", ["17/5 หมู่ที่ 8"]) is None


def test_the_page_reads_the_number_from_its_other_reading_flagged() -> None:
    def page(line: str, *alternatives: OcrPage) -> OcrPage:
        return OcrPage(
            1, (OcrLine(line, (0.95,) * len(line.replace(" ", ""))),), 0, 0.0, alternatives
        )

    # the first reading reads the address best (its place names whole)
    other = page("ที่อยู่ 17/5 หมู่ที่ 8 ตำบลบางเต อำเภอเมือง")
    found = {
        c.key: c
        for c in best_reading(page("ที่อยู่ 17/5 หมู่ที่ % ตำบลบางเดื่อ อำเภอเมือง", other), "2", labels())
    }
    assert "หมู่ที่ 8" in found["address"].value
    assert "ocr_repaired" in found["address"].provenance.flags
