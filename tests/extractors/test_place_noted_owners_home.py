"""A place's label noted as its owner's home ("สถานที่ติดตั้ง (บ้านเจ้าของ):", "สถานที่
ก่อสร้าง (บ้านของเจ้าของบ้าน):"): an installer or a builder files for the owner, the work
is at her house, so the place is the home address, as a place noted as the writer's own
home is (set 32). A place noted otherwise (a factory's roof, a shop) is no home. Names,
numbers and places invented."""

from __future__ import annotations

from test_shapes_left3132 import read_case


def test_a_place_noted_as_the_owners_home_gives_the_address() -> None:
    for label in ("สถานที่ติดตั้ง (บ้านเจ้าของ)", "สถานที่ก่อสร้าง (บ้านของเจ้าของบ้าน)"):
        case = read_case(
            "เรียน กองช่าง\n\nบริษัทฯ ขอแจ้งติดตั้งถังเก็บน้ำบนดาดฟ้าแทนเจ้าของบ้าน\n"
            "เจ้าของบ้าน: นางบุษบา แก้วใส\n"
            f"{label}: 27/4 ถ.ช้างคลาน ต.ช้างคลาน อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100\n\n"
            "--\nนายชาตรี ช่างดี\nบริษัท น้ำใส เทค จำกัด\n"
        )
        assert (case.fields.get("address") or "").startswith("27/4 ถ.ช้างคลาน"), label


def test_a_place_noted_otherwise_is_no_home() -> None:
    case = read_case(
        "เรียน กองช่าง\n\nขอแจ้งติดตั้งแผงโซลาร์\nชื่อ: นางบุษบา แก้วใส\n"
        "สถานที่ติดตั้ง (หลังคาโรงงาน): 27/4 ถ.ช้างคลาน ต.ช้างคลาน อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100\n"
    )
    assert not (case.fields.get("address") or "").startswith("27/4")


def test_a_tenant_asking_for_herself_keeps_her_own_address() -> None:
    # a tenant's own complaint names the owner's house being built on: her home stays
    case = read_case(
        "เรียน กองช่าง\n\nดิฉัน นางสาวพรทิพย์ ใจงาม\n"
        "ที่อยู่: 5/2 ซอย 3 ถ.ช้างคลาน ต.ช้างคลาน อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100\n"
        "โทร 081-552-7710\nขอร้องเรียนเสียงดังจากการต่อเติมบ้าน "
        "สถานที่ก่อสร้าง (บ้านเจ้าของ): 9 ถ.ช้างคลาน ต.ช้างคลาน อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100\n"
    )
    assert (case.fields.get("address") or "").startswith("5/2 ซอย 3")
