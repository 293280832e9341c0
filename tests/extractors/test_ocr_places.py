"""Place names of an OCR'd address put right by the province read on the same page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_places import with_place_names_mended
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_a_misread_subdistrict_or_district_is_the_provinces_one_name_that_near() -> None:
    # Tesseract reads ด as ค, loses ุ or reads it ู, ต as ฑ: the name is the one of the
    # province (and postal code) read on the page within one edit per four characters
    assert with_place_names_mended("45/2 หมู่ที่ 7 ตำบล คอนแก้ว อำเภอ แม่ริม", "เชียงใหม่", "50180") == (
        "45/2 หมู่ที่ 7 ตำบล ดอนแก้ว อำเภอ แม่ริม"
    )
    assert with_place_names_mended("ซอย 33 แขวง ทุ่งคร\nเขต ทุ่งครู", "กรุงเทพมหานคร", "10140") == (
        "ซอย 33 แขวง ทุ่งครุ\nเขต ทุ่งครุ"
    )
    assert with_place_names_mended("ต.ฑลาดใหญ่ อ.เมืองภูเก็ต", "ภูเก็ต") == "ต.ตลาดใหญ่ อ.เมืองภูเก็ต"
    # ตำบล and อำเภอ read as Latin words before the names
    assert with_place_names_mended("201 หมู่ที่ 12 dua ในเมือง\nอำเภอ เมืองยโสธร", "ยโสธร") == (
        "201 หมู่ที่ 12 ตำบล ในเมือง\nอำเภอ เมืองยโสธร"
    )
    assert with_place_names_mended("9 ตำบล บ้านใหม่\nding พระนครศรีอูยูธยา", "พระนครศรีอยุธยา") == (
        "9 ตำบล บ้านใหม่\nอำเภอ พระนครศรีอยุธยา"
    )
    assert with_place_names_mended("ซอย 33 nun หัวหมาก", "กรุงเทพมหานคร") == "ซอย 33 แขวง หัวหมาก"
    for kept, province in (
        ("ตำบล ในเมือง Soi ทองหล่อ", "ยโสธร"),  # a Latin word before no place name
        ("แขวง ทุ่งครุ abc ทุ่งครุ", "กรุงเทพมหานคร"),  # a subdistrict and a district: unsure
        ("ตำบล ดอนแก้ว อำเภอ แม่ริม", "เชียงใหม่"),  # right as read
        ("ตำบล ดอนแก้ว อำเภอ แม่ริม", "ที่ว่าการ"),  # no province read: nothing to go by
        ("ตำบล บ้านหม้อ", "ลพบุรี"),  # far from any of the province's names
        ("ตำบล แก๊งครัด", "ชัยภูมิ"),  # three edits off แก้งคร้อ: too far to say
    ):
        assert with_place_names_mended(kept, province) == kept, kept


def test_an_ocr_address_gets_its_place_names_from_the_page_and_is_flagged() -> None:
    lines = (
        "ที่อยู่ 45/2 หมู่ที่ 7 ตำบล คอนแก้ว อำเภอ แม่ริม",
        "จังหวัด เชียงใหม่",
        "รหัสไปรษณีย์ 50180",
    )
    page = OcrPage(1, tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["address"].value == "45/2 หมู่ที่ 7 ตำบล ดอนแก้ว อำเภอ แม่ริม"
    assert {"ocr", "ocr_repaired"} <= set(found["address"].provenance.flags)
