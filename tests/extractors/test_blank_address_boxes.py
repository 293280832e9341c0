"""A form's address boxes typed in Word over its dotted lines, one left blank (no หมู่ in a
town, no ซอย): the dots gone, the blank box's word stands right before the next box's and
is no part of the address. Invented address."""

from __future__ import annotations

from extractors.address_tail import with_address_tails
from extractors.base import FieldCandidate, Provenance
from extractors.prose import find_entities


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


def test_the_phone_box_after_the_province_ends_the_address() -> None:
    # a permit form's ข้าพเจ้า line: the address boxes, then "หมายเลขโทรศัพท์" at once
    line = (
        "ข้าพเจ้า นายเอกชัย มั่นคง เจ้าของอาคาร อยู่บ้านเลขที่ 52 ตรอก/ซอย - ถนน ราษฎร์อุทิศ "
        "หมู่ที่ - ตำบล/แขวง ในเมือง อำเภอ/เขต เมืองยโสธร จังหวัด ยโสธร หมายเลขโทรศัพท์ 089-310-4472"
    )
    addresses = [v for k, v, *_ in find_entities(line) if k == "address"]
    assert addresses and not any("หมายเลข" in a for a in addresses), addresses
    bare = "อยู่บ้านเลขที่ 9 หมู่ 3 ตำบลโพธิ์ไทร อำเภอพิบูลมังสาหาร จังหวัดอุบลราชธานี เลขหมายโทรศัพท์ 0-4544-1187"
    assert all("เลขหมาย" not in v for k, v, *_ in find_entities(bare) if k == "address")
