"""A form's address boxes typed in Word over its dotted lines, one left blank (no หมู่ in a
town, no ซอย): the dots gone, the blank box's word stands right before the next box's and
is no part of the address. Invented address."""

from __future__ import annotations

from extractors.address_tail import with_address_tails
from extractors.base import FieldCandidate, Provenance


def _address(value: str) -> str:
    c = FieldCandidate(
        key="address",
        value=value,
        provenance=Provenance(part="2", kind="body_text", label="อยู่บ้านเลขที่"),
        confidence=0.9,
    )
    return next(x.value for x in with_address_tails([c]) if x.key == "address")


def test_a_blank_box_before_the_next_is_dropped() -> None:
    assert _address("18/4 หมู่ที่ ถนนเจริญราษฎร์ ตำบลหัวเวียง อำเภอเมืองลำปาง จังหวัดลำปาง") == (
        "18/4 ถนนเจริญราษฎร์ ตำบลหัวเวียง อำเภอเมืองลำปาง จังหวัดลำปาง"
    )
    assert _address("7 หมู่ 5 ซอย ตำบลนาดี อำเภอเมือง จังหวัดยะลา") == (
        "7 หมู่ 5 ตำบลนาดี อำเภอเมือง จังหวัดยะลา"
    )


def test_a_filled_box_stays() -> None:
    assert _address("7 หมู่ 5 ถนนสุขยางค์ ตำบลนาดี") == "7 หมู่ 5 ถนนสุขยางค์ ตำบลนาดี"
