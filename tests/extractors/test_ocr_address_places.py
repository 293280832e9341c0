"""A province and a postal code the page lost, read from the place names of the address
read on it (extractors/ocr_address_places.py), and given to the page's fields flagged
(extractors.ocr.with_places_from_address)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_address_places import places_in_address
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_a_subdistrict_of_the_district_named_gives_the_province_and_its_code() -> None:
    # ป่ามะนาว is a subdistrict of บ้านฝาง, a district of ขอนแก่น only
    assert places_in_address("12 หมู่ 4 ต.ป่ามะนาว อ.บ้านฝาง", None) == ("ขอนแก่น", "40270")
    assert places_in_address("12 หมู่ 4 ตำบล ป่ามะนาว อำเภอ บ้านฝาง", None) == (
        "ขอนแก่น",
        "40270",
    )


def test_a_province_named_with_its_prefix_anywhere_and_a_misread_code_after_it() -> None:
    # the postal code read as look-alikes (S for 5): the subdistrict's code is taken
    got = places_in_address("3 ม.2 ต.โนนฆ้อง อ.บ้านฝาง จ.ขอนแก่น S0270\nลงชื่อ", None)
    assert got == ("ขอนแก่น", "40270")


def test_the_capital_district_names_its_province_but_not_one_code() -> None:
    # เมืองลำปาง has three postal codes; its subdistrict was misread
    assert places_in_address("9 หมู่ 3 ตำบล ขxยz อำเภอ เมืองลำปาง", None) == ("ลำปาง", None)


def test_a_province_read_on_the_page_chooses_among_subdistricts_of_one_name() -> None:
    assert places_in_address("5 หมู่ 1 ตำบล โนนฆ้อง", "ขอนแก่น") == ("ขอนแก่น", "40270")
    # a subdistrict of the same name in many provinces, none given: nothing is sure
    assert places_in_address("5 หมู่ 1 ตำบล หนองบัว", None) == (None, None)
    # a district named in two provinces' words: no one province
    assert places_in_address("ต.ป่ามะนาว อ.บ้านฝาง จ.ลำปาง", None) == (None, None)


def _page(*lines: str) -> OcrPage:
    read = tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(1, read, 0, 0.0)


def _fields(page: OcrPage) -> dict[str, tuple[str, list[str], float]]:
    return {
        c.key: (c.value, c.provenance.flags, c.confidence)
        for c in best_reading(page, "2", labels())
    }


def test_a_page_that_lost_its_province_and_postal_code_gets_them_flagged() -> None:
    fields = _fields(_page("ชื่อ นางสมศรี ดีมาก", "ที่อยู่ 12 หมู่ 4 ตำบลป่ามะนาว อำเภอบ้านฝาง", "จังหวัด ๆๆ"))
    province, flags, confidence = fields["province"]
    assert province == "ขอนแก่น"
    assert {"ocr", "ocr_repaired", "ocr_low_confidence"} <= set(flags) and confidence < 0.8
    assert fields["postal_code"][0] == "40270"
    assert "ocr_repaired" in fields["postal_code"][1]


def test_what_the_page_read_is_kept_and_a_read_code_of_another_province_gives_none() -> None:
    page = _page("ที่อยู่ 12 หมู่ 4 ตำบลป่ามะนาว อำเภอบ้านฝาง", "จังหวัด ขอนแก่น")
    found = [c for c in best_reading(page, "2", labels()) if c.key == "province"]
    assert len(found) == 1 and "ocr_repaired" not in found[0].provenance.flags
    other = _fields(_page("ที่อยู่ 12 หมู่ 4 ตำบลป่ามะนาว อำเภอบ้านฝาง", "รหัสไปรษณีย์ 50200"))
    assert "province" not in other and other["postal_code"][0] == "50200"


def test_a_district_misread_at_a_letter_is_found_by_the_subdistrict_it_holds() -> None:
    # บ้านฝาง read บ้านฟาง: of the districts holding a subdistrict named หนองบัว (there
    # are many), one is within an edit of it
    assert places_in_address("7 หมู่ 2 ตำบลหนองบัว อำเภอบ้านฟาง", None) == ("ขอนแก่น", "40270")
    assert places_in_address("7 หมู่ 2 ต.ป่ามะนาว อ.บ้านฟาง", None) == ("ขอนแก่น", "40270")
    # too far from any of them: nothing
    assert places_in_address("7 หมู่ 2 ตำบลหนองบัว อำเภอขxยzกข", None) == (None, None)
