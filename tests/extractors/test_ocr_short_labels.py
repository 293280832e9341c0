"""A paper form's short address captions read by OCR (extractors.ocr.read_line): the
house number's `บ้านเลขที่` before an address written whole, `จ.` before the province,
`ไปรษณีย์` before the postal code, read as the whole labels are. Values are invented."""

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


def _found(*lines: str) -> dict[str, str]:
    page = OcrPage(1, tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    return {c.key: c.value for c in best_reading(page, "attachment", labels())}


def test_an_address_after_the_house_numbers_short_caption_is_read() -> None:
    found = _found("บ้านเลขที่ 27/4 ม. 8 ต. ท่าช้าง อ. เมืองจันทบุรี")
    assert found["address"] == "27/4 ม. 8 ต. ท่าช้าง อ. เมืองจันทบุรี"


def test_the_house_caption_read_without_its_mai_ek_after_a_latin_speck_is_read() -> None:
    found = _found("tee บ้านเลขที 14/2 หมู่ที 6 ตำบลบ้านแลงอำเภอเมืองระยอง")
    assert found["address"].startswith("14/2 หมู่ที่ 6 ตำบลบ้านแลง")


def test_the_province_and_postal_codes_short_captions_are_read() -> None:
    found = _found("จ. แพร่ ไปรษณีย์ 54140 เบอร์โทร 0861230457")
    assert found["province"] == "แพร่"
    assert found["postal_code"] == "54140"
    # a lone จ taken for a speck: the postal code is still read after its short caption,
    # and the province line the จ. opened gives the province its postal code serves
    apart = _found("จ .แพ่ร ไปรษณีย์ 54140เบอร์โทร 0861230457")
    assert apart["postal_code"] == "54140"
    assert apart["province"] == "แพร่"


def test_the_short_captions_alone_are_no_labels() -> None:
    assert _found("บ้านเลขที่ 27/4 ม. 8") == {}  # a house number and its village: no address
    assert "postal_code" not in _found("ส่งทางไปรษณีย์ 2 ฉบับ")
    # an office's letterhead: its number after เลขที่ alone, and two place words are few
    assert "address" not in _found("เลขที่ 9 ถนนสุขาภิบาล 1 ตำบลเวียง อำเภอเมือง จังหวัดพะเยา")
    assert "address" not in _found("บ้านเลขที่ 9 ถนนสุขาภิบาล 1 ตำบลเวียง อำเภอเมือง")
