"""The reason a clerk is given for checking an OCR value says what the reader did.

extractors.ocr mends several kinds of value and marks each `ocr_repaired`: a national ID
whose unclear digit the check digit chose, but also a province mended from its first
word, a postal code put right from the province, a date whose "]" was a 1. Only the
first is "one digit chosen by the check digit"; telling a clerk so about a province
sends them to look for a digit that is not there."""

from __future__ import annotations

import pytest

from extractors.base import FieldCandidate, FieldSpec, FormTemplate, Provenance
from extractors.review import review_flags


def _spec(key: str, type_: str, th: str, en: str) -> FieldSpec:
    return FieldSpec(key=key, type=type_, title_th=th, title_en=en, labels=[th])


SPECS = {
    "national_id": _spec("national_id", "national_id", "เลขประจำตัวประชาชน", "National ID"),
    "province": _spec("province", "province", "จังหวัด", "Province"),
    "birth_date": _spec("birth_date", "date", "วันเกิด", "Date of birth"),
    "postal_code": _spec("postal_code", "postal_code", "รหัสไปรษณีย์", "Postal code"),
}
VALUES = {
    "national_id": "1101700203451",
    "province": "เชียงใหม่",
    "birth_date": "31 มีนาคม 2530",
    "postal_code": "50200",
}


def _codes(key: str, flags: list[str]) -> list[str]:
    spec = SPECS[key]
    template = FormTemplate.model_validate(
        {"name": "t", "title_th": "t", "title_en": "t", "fields": [spec.model_dump()]}
    )
    provenance = Provenance(part="attachment:0", kind="ocr", method="ocr", flags=flags)
    candidate = FieldCandidate(key=key, value=VALUES[key], provenance=provenance, confidence=0.6)
    return [i.code for i in review_flags(template, {key: candidate}, [candidate])[key]]


def test_a_mended_national_id_says_a_digit_was_chosen_by_the_check_digit() -> None:
    assert _codes("national_id", ["ocr", "ocr_repaired"]) == ["ocr_digit_chosen"]


@pytest.mark.parametrize("key", ["province", "birth_date", "postal_code"])
def test_another_mended_value_says_it_was_mended_not_that_a_digit_was_chosen(key: str) -> None:
    assert _codes(key, ["ocr", "ocr_repaired"]) == ["ocr_mended"]


@pytest.mark.parametrize("key", sorted(SPECS))
def test_a_value_read_as_it_stood_says_it_was_read_by_ocr(key: str) -> None:
    assert _codes(key, ["ocr"]) == ["read_by_ocr"]
