"""What a value read by OCR is checked against beyond its own characters: a postal code
against the province on the same form (extractors.ocr_postal), free text against Thai
spelling and script (extractors.ocr_text.looks_misread). A repair is flagged
`ocr_repaired`; a sign of a misread makes the value doubtful (`ocr_low_confidence`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_postal import postal_code_for_province
from extractors.ocr_text import looks_misread
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _page(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def test_a_postal_code_one_digit_off_its_province_is_put_right() -> None:
    assert postal_code_for_province("35000", "จังหวัดอุบลราชธานี") == "34000"  # ๔ read as ๕
    assert postal_code_for_province("๙๕๐๐๐", "พิษณุโลก") == "65000"  # Thai digits too


@pytest.mark.parametrize(
    ("code", "province"),
    [
        ("34000", "อุบลราชธานี"),  # right already
        ("18000", "อุบลราชธานี"),  # two digits off: no guess
        ("11100", "นนทบุรี"),  # several codes of the province one digit away: no guess
        ("10250", "นนทบุรี"),  # a Bangkok code: none of Nonthaburi one digit away
        ("35000", "ไม่มีจังหวัดนี้"),  # no province read
        ("3500", "อุบลราชธานี"),  # not five digits
    ],
)
def test_a_postal_code_is_left_as_read_unless_one_repair_fits(code: str, province: str) -> None:
    assert postal_code_for_province(code, province) is None


def test_a_repaired_postal_code_is_flagged_repaired() -> None:
    page = _page("รหัสไปรษณีย์ 35000", "จังหวัด อุบลราชธานี")
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["postal_code"].value == "34000"
    assert "ocr_repaired" in found["postal_code"].provenance.flags
    assert "ocr_repaired" not in found["province"].provenance.flags


@pytest.mark.parametrize(
    "text",
    [
        "767/3 wii 13 ถนนชยางกูร",  # หมู่ read as Latin
        "นางพรทิพย์ Tos",
        "อาจเกิดอันตรายไดื้",  # ไ with a vowel above
        "ตำบลตลาดใหญุ่",  # ใ with a vowel below
        "พูลสวัสดิ์ื",  # two vowels above one letter
        "ที่อยู่สำหรับติดต่อื",  # ื ends no syllable
        "สวั ดี",  # nor does ั
    ],
)
def test_signs_of_a_misread_in_thai_text(text: str) -> None:
    assert looks_misread(text)


@pytest.mark.parametrize(
    "text",
    [
        "นางพรทิพย์ ใจดี",
        "ไปรษณีย์ ไทยรัฐ โรงพิมพ์ ใคร ไกล ไหน ใหม่ โปรด ไม่ได้ ไปดู",
        "ใหญ่ ไม้ โต๊ะ เป็น แข็ง เมือง เกิน ปี่ เนื่องจาก",
        "มือถือ คืนนี้ สวัสดี กลับบ้าน ขั้นตอน ซื้อ",
        "แขวงพระบรมมหาราชวัง เขตพระนคร 10200",
    ],
)
def test_well_formed_thai_text_shows_no_sign_of_a_misread(text: str) -> None:
    assert not looks_misread(text)


def test_free_text_with_a_sign_of_a_misread_is_doubtful_however_sure_its_letters() -> None:
    page = _page("ที่อยู่ 767/3 wii 13 ถนนชยางกูร", "เรื่อง ขอสำเนาทะเบียนบ้าน")
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert "ocr_low_confidence" in found["address"].provenance.flags
    assert "ocr_low_confidence" not in found["subject"].provenance.flags


def _read_as(conf: float, *lines: str, others: tuple[OcrPage, ...] = ()) -> OcrPage:
    read = tuple(OcrLine(t, (conf,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(1, read, 0, 0.0, alternatives=others)


@pytest.mark.parametrize(
    ("sure", "unsure"),
    [
        ("9 มกราคม 2662", "9 มกราคม 2502"),  # a century ahead: the year's 5 read as 6
        ("11 กุมภาพันธ์ 2593", "11 กุมภาพันธ์ 2543"),  # decades ahead: 4 read as 9
        ("3 มีนาคม 2302", "3 มีนาคม 2502"),  # two centuries back: 5 read as 3
    ],
)
def test_a_date_out_of_a_lifetime_loses_the_vote_to_one_within_it(sure: str, unsure: str) -> None:
    name = "ชื่อ นายสมชาย ใจดี"
    other = _read_as(0.80, name, f"วันเดือนปีเกิด {unsure}")
    found = {
        c.key: c
        for c in best_reading(
            _read_as(0.95, name, f"วันเดือนปีเกิด {sure}", others=(other,)), "2", labels()
        )
    }
    assert found["birth_date"].value == unsure


def test_an_address_of_no_letters_loses_the_vote_to_one_read_in_words() -> None:
    # the page on its side: one reading read the address line whole, with junk where a
    # word was smudged; another read only a speck and a digit after the label
    whole = 'ที่อยู่ปัจจุบัน 14/2 ม.6 ต.บ้านนา [อ๊"เมืองนครนายก จ.นครนายก 26000'
    other = _read_as(0.95, "ที่อยู่ปัจจุบัน ‘ 2")
    found = {c.key: c for c in best_reading(_read_as(0.80, whole, others=(other,)), "2", labels())}
    assert found["address"].value.startswith("14/2 ม.6 ต.บ้านนา")
    assert found["province"].value == "นครนายก"
