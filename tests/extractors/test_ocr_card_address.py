"""The address on a photocopy of the applicant's ID card stapled beside a form
(extractors.ocr_id_card.address_on_card), taken where the form read none: its water-use
place or its address line asked under a label of its own. Made-up people and places."""

from __future__ import annotations

from extractors.base import FieldCandidate, Provenance
from extractors.ocr_id_card import address_on_card, with_address_from_card

FORM = [
    "คำขอใช้น้ำประปา",
    "ข้าพเจ้า นายวิชัย ศรีทอง",
    "เลขประจำตัวประชาชน (ตามสำเนาบัตรที่แนบ)",
    "สถานที่ขอใช้น้ำ เลขที่ 7 หมู่ 5 ต.บ่อแก้ว อ.นาหมื่น",
    "ลงชื่อ ผู้ยื่นคำร้อง",
]
CARD = [
    "บัตรประจำตัวประชาชน Thai National ID Card",
    "เลขประจำตัวประชาชน 3 5507 00318 26 7",  # its check digit holds
    "ชื่อตัวและชื่อสกุล นาย วิชัย ศรีทอง",
    "Name Mr. Wichai",
    "Last name Sithong",
    "ที่อยู่ 7 หมู่ที่ 5 ต.บ่อแก้ว อ.นาหมื่น",
    "จ.น่าน",
    "วันออกบัตร Date of Issue",
]


def _read(key: str, value: str) -> FieldCandidate:
    prov = Provenance(part="a", kind="ocr", page=1, method="ocr", label="x")
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.8)


def test_the_cards_address_is_hers_when_the_card_names_her() -> None:
    assert address_on_card([FORM + CARD], "นายวิชัย ศรีทอง") == "7 หมู่ที่ 5 ต.บ่อแก้ว อ.นาหมื่น"
    assert address_on_card([FORM + CARD], "นางมาลี ศรีทอง") is None  # another's card
    no_places = [li.replace(" ต.บ่อแก้ว อ.นาหมื่น", "") for li in CARD]
    assert address_on_card([FORM + no_places], "นายวิชัย ศรีทอง") is None


def test_the_cards_address_stands_in_only_where_the_form_read_none() -> None:
    name = _read("full_name", "นายวิชัย ศรีทอง")
    found = with_address_from_card([name], [FORM + CARD], "a", 1)
    address = [c for c in found if c.key == "address"]
    assert [c.value for c in address] == ["7 หมู่ที่ 5 ต.บ่อแก้ว อ.นาหมื่น"]
    assert "ocr_low_confidence" in address[0].provenance.flags
    own = _read("address", "9 หมู่ 1 ต.ฝายแก้ว อ.ภูเพียง")
    assert with_address_from_card([name, own], [FORM + CARD], "a", 1) == [name, own]
