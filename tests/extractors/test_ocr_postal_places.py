"""Place names of an OCR'd address put right by the postal code read with it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_postal_places import province_by_postal_code, with_names_by_postal_code
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


def test_a_garbled_name_after_its_place_word_is_the_codes_one_clearly_nearest() -> None:
    # 50180 serves ten subdistricts of แม่ริม (เชียงใหม่) only: ส read as ล, ป as บ
    # and marks lost, ห้ว read as หว, ข as ฃ; the code in the address or from its field
    assert with_names_by_postal_code("12 หมู่ 3 ตำบล ลันโบง อำเภอ แม่ริม", "50180") == (
        "12 หมู่ 3 ตำบล สันโป่ง อำเภอ แม่ริม"
    )
    assert with_names_by_postal_code("7/1 ม.2 ต.หวยทลาย อ.แมริบ จ.เชียงไหม 50180") == (
        "7/1 ม.2 ต.ห้วยทราย อ.แม่ริม จ.เชียงใหม่ 50180"
    )
    # a speck read before อำเภอ; ร read as ว (the code from the page's field)
    assert with_names_by_postal_code("ตำบล ดอนแก้ว 'อำเภอ แม่วิม", "50180") == (
        "ตำบล ดอนแก้ว 'อำเภอ แม่ริม"
    )
    # Thai digits in the address; a district name with its province's inside
    assert with_names_by_postal_code("ต.บ้านทุ้ม อ.เมืองขอบแกน จ.ขอนแก่น ๔๐๐๐๐") == (
        "ต.บ้านทุ่ม อ.เมืองขอนแก่น จ.ขอนแก่น ๔๐๐๐๐"
    )


def test_a_name_is_kept_when_it_is_right_unsure_or_not_after_its_place_word() -> None:
    for kept, postal in (
        ("ตำบล ดอนแก้ว อำเภอ แม่ริม", "50180"),  # right as read
        ("ตำบล ลันโบง อำเภอ แม่ริม", "5018"),  # no code of five digits: nothing to go by
        ("ตำบล ลันโบง อำเภอ แม่ริม", "99999"),  # no code in use
        ("บ้าน ลันโบง", "50180"),  # no place word before it: another word
        ("ตำบล กขคงจฉช", "50180"),  # far from every name of the code
        ("ตำบล บางรัก", "50180"),  # a place's name elsewhere: the code may be the misread
        ("ตำบล ลันโบง 40000", "50180"),  # the address's code and the field's disagree
        ("ตำบล มองแก้ว", "50180"),  # เหมืองแก้ว and ดอนแก้ว alike near: no clear nearest
        ("ต.ตลาดใหญ่ อำเภอ เมืองภูเก็ต.,", "83000"),  # a dot after ต is no ต. glued on
    ):
        assert with_names_by_postal_code(kept, postal) == kept, kept


def test_the_province_a_postal_code_serves() -> None:
    assert province_by_postal_code("50180") == "เชียงใหม่"
    assert province_by_postal_code("๔๐๐๐๐") == "ขอนแก่น"
    assert province_by_postal_code("99999") is None
    assert province_by_postal_code("5018") is None


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _page(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def test_an_ocr_page_gets_its_place_names_and_province_from_its_postal_code_flagged() -> None:
    # the province line lost to a stamp (read as no province), the names garbled
    page = _page(
        "ที่อยู่ 7/1 หมู่ที่ 2 ตำบล หวยทลาย อำเภอ แมริบ",
        "จังหวัด ฆฒฌฑ",
        "รหัสไปรษณีย์ 50180",
    )
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["address"].value == "7/1 หมู่ที่ 2 ตำบล ห้วยทราย อำเภอ แม่ริม"
    assert {"ocr", "ocr_repaired"} <= set(found["address"].provenance.flags)
    assert found["province"].value == "เชียงใหม่"
    assert {"ocr_repaired", "ocr_low_confidence"} <= set(found["province"].provenance.flags)


def test_a_page_without_a_province_line_gets_one_from_the_code_in_its_address_only() -> None:
    found = {c.key: c for c in best_reading(_page("ที่อยู่ 7/1 ต.ห้วยทราย อ.แม่ริม 50180"), "2", labels())}
    assert found["province"].value == "เชียงใหม่"
    assert {"ocr_repaired", "ocr_low_confidence"} <= set(found["province"].provenance.flags)
    # the code in its own field beside no province line: no province field is made
    found = {
        c.key: c for c in best_reading(_page("ที่อยู่ 12 ถนนสุขุมวิท", "รหัสไปรษณีย์ 20000"), "2", labels())
    }
    assert "province" not in found
