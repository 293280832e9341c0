"""A teacher asks in her school's name, its place said after it ("ดิฉัน <name> ครูประจำชั้น
ม.2 โรงเรียน<name> ตั้งอยู่เลขที่ ...", set 84): the school's place is where the request
comes from, as a group's office after "ด้วย<group>" is. A shop or a plot complained of
stays no one's. Names and places are invented."""

from __future__ import annotations

from extractors.prose import find_entities

TEACHER = (
    "เรียน ผู้อำนวยการกองการศึกษา\n\n"
    "ดิฉัน นางสาวรัชนี ใจสว่าง ครูประจำชั้น ม.2 โรงเรียนบ้านหนองแวง ตั้งอยู่เลขที่ 41 หมู่ 6 "
    "ตำบลหนองแวง อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000 ขอใช้รถบัสของเทศบาลพานักเรียนไปทัศนศึกษา\n"
)
SHOP = (
    "เรียน นายกเทศมนตรี\n\n"
    "ดิฉัน นางสาวรัชนี ใจสว่าง ขอร้องเรียนร้านซ่อมรถ ตั้งอยู่เลขที่ 41 หมู่ 6 "
    "ตำบลหนองแวง อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000 เสียงดังทุกคืน\n"
)


def _addresses(text: str) -> list[str]:
    return [v for k, v, _, _ in find_entities(text) if k == "address"]


def test_the_teachers_school_is_where_she_asks_from() -> None:
    assert any(a.startswith("41 หมู่ 6 ตำบลหนองแวง") for a in _addresses(TEACHER))


def test_a_shop_complained_of_is_no_ones_home() -> None:
    assert _addresses(SHOP) == []
