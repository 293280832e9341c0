"""A contact card's addresses (set 41): the home over the work one, and an iPhone's region
that holds the district with the province. Cards written afresh, not the set's."""

from __future__ import annotations

from extractors.vcard import read_vcard


def fields(card: str) -> dict[str, str]:
    return {key: value for key, value, _ in read_vcard(card)}


def test_the_home_address_wins_over_the_work_one_whichever_comes_first() -> None:
    for work in ("ADR;WORK:", "ADR;TYPE=WORK:", "item2.ADR;type=WORK:"):
        card = (
            "BEGIN:VCARD\nVERSION:3.0\nFN:นายธนกร ศรีสวัสดิ์\n"
            f"{work};;88 อาคารสาทรซิตี้ ชั้น 9 ถนนสาทรใต้;ยานนาวา สาทร;กรุงเทพมหานคร;10120;ไทย\n"
            "ADR;TYPE=HOME:;;12/4 หมู่ที่ 2;ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น;ขอนแก่น;40000;ไทย\n"
            "END:VCARD\n"
        )
        got = fields(card)
        assert got["address"] == "12/4 หมู่ที่ 2 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น", work
        assert (got["province"], got["postal_code"]) == ("ขอนแก่น", "40000"), work


def test_a_work_address_alone_is_read() -> None:
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:นางสาวพรทิพย์ ใจงาม\n"
        "ADR;TYPE=WORK:;;5 ถนนมิตรภาพ;ตำบลในเมือง อำเภอเมืองนครราชสีมา;นครราชสีมา;30000;\n"
        "END:VCARD\n"
    )
    assert fields(card)["address"] == "5 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา"


def test_a_region_holding_the_district_and_the_province_is_split() -> None:
    # iPhone: the subdistrict in the city box, "อำเภอ... <province>" in the region box
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:นายอดิศร แก้วมณี\n"
        "item1.ADR;type=HOME;type=pref:;;19/3 หมู่ที่ 5;ตำบลแม่เหียะ;อำเภอเมืองเชียงใหม่ เชียงใหม่;"
        "50100;ประเทศไทย\nEND:VCARD\n"
    )
    got = fields(card)
    assert got["address"] == "19/3 หมู่ที่ 5 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่"
    assert got["province"] == "เชียงใหม่"
