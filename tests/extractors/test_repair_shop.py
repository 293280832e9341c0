"""A claim for damage names the garage that priced the repair, its number in brackets
("(อู่สมหวังการช่าง โทร 044-215-380)", set 83): the shop's, not the claimant's, whose own
number her opening sentence gives. Names, numbers and places are invented."""

from __future__ import annotations

from test_payee_phone import read_body

from extractors.whose_phone import said_of_another

CLAIM = (
    "เรียน นายกเทศมนตรีเมืองชัยภูมิ\n\n"
    "ข้าพเจ้า นายศุภชัย เพชรรัตน์ อายุ 41 ปี เลขประจำตัวประชาชน 3360100562215 "
    "อยู่บ้านเลขที่ 64 หมู่ 7 ตำบลในเมือง อำเภอเมืองชัยภูมิ จ.ชัยภูมิ 36000 โทรศัพท์ 095-318-4476\n\n"
    "เมื่อวันที่ 4 ตุลาคม 2569 กิ่งต้นจามจุรีริมถนนหักทับรถกระบะของข้าพเจ้า ทะเบียน 2ฒข 7731 ชัยภูมิ "
    "อู่ประเมินค่าซ่อม 38,500 บาท (อู่สมหวังการช่าง โทร 044-215-380)\n\n"
    "จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
    "ขอแสดงความนับถือ\n\n(นายศุภชัย เพชรรัตน์)"
)


def test_a_garages_number_is_the_garages() -> None:
    assert said_of_another(CLAIM, CLAIM.index("044-215"))
    assert not said_of_another(CLAIM, CLAIM.index("095-318"))


def test_the_claimants_number_not_the_garages_in_a_word_letter() -> None:
    for in_word in (False, True):
        case = read_body(CLAIM, in_word=in_word)
        assert case.fields.get("phone") in ("+66953184476", "0953184476"), in_word
