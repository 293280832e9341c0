"""An officer's letter about a case names its victim and its suspect with their IDs
("ได้รับคำร้องทุกข์จาก นาง<her> เลขประจำตัวประชาชน <hers> อายุ 52 ปี ผู้เสียหาย ...
ผู้ต้องสงสัยคือ นาย<him> เลขประจำตัวประชาชน <his>", set 83): their names and IDs are the
case's parties', not the officer's who signs and asks. A citizen who calls herself the
victim stays the one who asks. Names and numbers invented."""

from __future__ import annotations

from extractors.prose import find_entities
from extractors.role_lines import ANOTHERS_ROLE_LINE

OFFICER = (
    "เรียน นายกเทศมนตรีเมืองพิจิตร\n\n"
    "ด้วยสถานีตำรวจภูธรเมืองพิจิตร ได้รับคำร้องทุกข์จาก นางบุญมา ศรีสวัสดิ์ เลขประจำตัวประชาชน "
    "3660100287416 อายุ 52 ปี ผู้เสียหาย ว่าถูกลักทรัพย์ เมื่อวันที่ 2 พฤศจิกายน 2569 "
    "ผู้ต้องสงสัยคือ นายเด่นชัย พูลผล เลขประจำตัวประชาชน 1660100112237\n"
    "จึงขอความอนุเคราะห์สำเนาภาพจากกล้องวงจรปิด\n\n"
    "จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
    "ร.ต.ท.กิตติพงษ์ ศรีเรือง\nพนักงานสอบสวน\nมือถือ 086-220-4417\n"
)
CITIZEN = (
    "เรียน นายกเทศมนตรีเมืองพิจิตร\n\n"
    "ดิฉัน นางบุญมา ศรีสวัสดิ์ เลขประจำตัวประชาชน 3660100287416 ผู้เสียหาย "
    "ขอภาพกล้องวงจรปิดหน้าตลาดสด เมื่อวันที่ 2 พฤศจิกายน 2569\n"
)


def _names(text: str) -> dict[str, str]:
    return {v: how for k, v, _, how in find_entities(text) if k in ("full_name", "national_id")}


def test_the_victim_and_the_suspect_are_the_cases_parties() -> None:
    found = _names(OFFICER)
    for value in ("นางบุญมา ศรีสวัสดิ์", "3660100287416", "1660100112237"):
        assert found.get(value) == ANOTHERS_ROLE_LINE, (value, found.get(value))
    assert found.get("นายเด่นชัย พูลผล", ANOTHERS_ROLE_LINE) == ANOTHERS_ROLE_LINE


def test_a_citizen_who_is_the_victim_asks_for_herself() -> None:
    found = _names(CITIZEN)
    assert found.get("3660100287416") != ANOTHERS_ROLE_LINE


def test_an_officer_signs_under_his_rank_line() -> None:
    """A station's letter signs with the rank spelt out on its own line, the name in
    brackets below it, no title ("พันตำรวจเอก" / "(สมพร ใจกล้า)"): the officer who asks."""
    from test_payee_phone import read_body

    letter = OFFICER.split("จึงเรียนมา")[0] + (
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\nร้อยตำรวจเอก\n(กิตติพงษ์ ศรีเรือง)\n"
        "พนักงานสอบสวน สถานีตำรวจภูธรเมืองพิจิตร\nโทร 086-220-4417"
    )
    case = read_body(letter, in_word=True)
    assert case.fields.get("full_name") in (
        "ร้อยตำรวจเอก กิตติพงษ์ ศรีเรือง",
        "ร้อยตำรวจเอกกิตติพงษ์ ศรีเรือง",
        "กิตติพงษ์ ศรีเรือง",
    )
