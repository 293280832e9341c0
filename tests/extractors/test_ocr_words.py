"""The dictionary vote among OCR readings (extractors.ocr_words, extractors.ocr.field_vote):
each field is taken from the reading whose value holds (a valid check digit) or, for
free text, shows no junk and leaves fewest Thai letters outside known words."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.base import FieldCandidate, Provenance
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import field_vote
from extractors.ocr_words import known_letters, known_share, thai_words
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_the_word_list_is_tesseracts_own_and_the_place_names() -> None:
    words = thai_words()
    assert {"กิ่ง", "มืด", "ขอรับ"} <= words  # from tha.traineddata's word list
    assert {"อุบลราชธานี", "หาดใหญ่", "บางกระสอ"} <= words  # province, district, subdistrict
    assert "น์" not in words and "นุ" not in words  # syllable pieces are no words


def test_a_lost_or_extra_mark_leaves_letters_outside_known_words() -> None:
    assert known_share("กิ่งไม้ยื่นออกมาบังป้ายจราจร") == 1.0
    assert known_share("กิงไม้ยื่นออกมาบังป้ายจราจร") < 1.0
    assert known_letters("ชัยมงคล") == (7, 7)
    assert known_letters("ชัยมงคลุ") == (7, 8)
    assert known_share("john@example.org") == 1.0  # no Thai: nothing to judge


def _found(key: str, value: str, *flags: str) -> FieldCandidate:
    prov = Provenance(part="2", kind="ocr", flags=["ocr", *flags])
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.9)


def _vote(*readings: list[FieldCandidate]) -> dict[str, str]:
    return {c.key: c.value for c in field_vote(list(readings), labels())}


def test_each_field_comes_from_the_reading_that_read_it_best() -> None:
    first = [
        _found("full_name", "นางนภัสสร ชัยมงคลุ"),  # a speck read as a mark
        _found("details", "กิ่งไม้ยื่นออกมาบังป้ายจราจร"),
        _found("national_id", "1-2345-67890-12-3"),  # check digit fails
    ]
    second = [
        _found("full_name", "นางนภัสสร ชัยมงคล"),
        _found("details", "กิงไม้ยื่นออกมาบังป้ายจราจร"),  # a tone mark lost
        _found("national_id", "1-1017-00230-67-8"),  # valid
    ]
    assert _vote(first, second) == {
        "full_name": "นางนภัสสร ชัยมงคล",
        "details": "กิ่งไม้ยื่นออกมาบังป้ายจราจร",
        "national_id": "1-1017-00230-67-8",
    }


def test_junk_counts_before_unknown_words_and_a_tie_keeps_the_better_reading() -> None:
    best = [_found("full_name", "นางสุนีย์ แสงทอง")]  # สุนีย์: a name, no word
    junk = [_found("full_name", "11++")]
    latin = [_found("full_name", "UIA MAI")]
    glued = [_found("full_name", "นางสุนีย์-แสงทอง00202222")]
    assert _vote(junk, latin, glued, best)["full_name"] == "นางสุนีย์ แสงทอง"
    same = [_found("subject", "ขอรับน้ำอุปโภคบริโภค")]
    other = [_found("subject", "ขอรับน้ำอุปโภคบริโภค ")]
    assert field_vote([same, other], labels())[0] is same[0]


def test_a_field_only_one_reading_found_is_kept() -> None:
    first = [_found("subject", "ขอรับน้ำอุปโภคบริโภค")]
    second = [_found("province", "ขอนแก่น")]
    assert _vote(first, second) == {"subject": "ขอรับน้ำอุปโภคบริโภค", "province": "ขอนแก่น"}


def test_an_email_with_a_thai_mark_after_a_letter_loses_to_a_clean_one() -> None:
    marked = [_found("email", "piyanut.s@example.comุ")]
    clean = [_found("email", "piyanut.s@example.com", "ocr_low_confidence")]
    assert _vote(marked, clean)["email"] == "piyanut.s@example.com"
