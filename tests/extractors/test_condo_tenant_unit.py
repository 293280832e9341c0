"""A tenant of a condominium unit who writes for herself: "ดิฉันเป็นผู้เช่าห้องชุดเลขที่
<unit> อาคาร ... ของ<owner> (เจ้าของห้อง ... ที่อยู่เจ้าของ <owner's home>)". The unit she
rents is her home (the one a clerk writes back to); the owner's home in brackets is
another's, its province and postal code too. A unit a complaint names of another (the
unit above that leaks) is never the writer's. Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


TENANT_ID = with_check_digit("170990041236")

TENANTS_MAIL = (
    "เรียน ฝ่ายรักษาความสะอาด\n\n"
    "ผมเป็นผู้เช่าห้องชุดเลขที่ 45/712 อาคาร C เดอะวิว บางใหญ่ ถนนกาญจนาภิเษก ตำบลเสาธงหิน "
    "อำเภอบางใหญ่ จังหวัดนนทบุรี 11140 ของนางบุษบา แสงทอง (เจ้าของห้อง โทร 089-441-2736 "
    "ที่อยู่เจ้าของ 9/3 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200) "
    "ขยะหน้าอาคารไม่มีคนเก็บมาหนึ่งสัปดาห์ครับ\n\n"
    f"เลขประจำตัวประชาชน: {TENANT_ID}\nโทรศัพท์: 081-775-3092\n\nขอบคุณครับ\nนายธนพล ใจเย็น\n"
)


def test_the_unit_a_tenant_rents_is_her_home() -> None:
    case = read_body(TENANTS_MAIL)
    assert (case.fields.get("address") or "").startswith("45/712 อาคาร C")
    assert case.fields.get("postal_code") == "11140"
    assert case.fields.get("province") == "นนทบุรี"


def test_the_owners_home_in_brackets_is_not_the_tenants() -> None:
    mail = (
        "เรียน เจ้าหน้าที่\n\nดิฉันเช่าห้องอยู่ ขอแจ้งว่าท่อน้ำทิ้งรั่ว เจ้าของห้องคือนายสมบัติ ดีงาม "
        "(ที่อยู่เจ้าของ 9/3 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200) "
        "ไม่ยอมซ่อมค่ะ\n\nนางสาวอรุณี ศรีวงศ์\n"
    )
    case = read_body(mail)
    assert case.fields.get("postal_code") != "50200" or case.issues.get("postal_code")
    assert case.fields.get("province") != "เชียงใหม่" or case.issues.get("province")


def test_a_unit_a_complaint_names_is_not_the_writers() -> None:
    mail = (
        "เรียน เจ้าหน้าที่\n\n"
        "ดิฉัน นางสาววิภา ทองมี อยู่บ้านเลขที่ 45/610 อาคาร C เดอะวิว บางใหญ่ ตำบลเสาธงหิน "
        "อำเภอบางใหญ่ จังหวัดนนทบุรี 11140 ขอร้องเรียนผู้เช่าห้องชุดเลขที่ 45/712 ชั้นบน "
        "เปิดเพลงเสียงดังทุกคืนค่ะ\n\nนางสาววิภา ทองมี\n"
    )
    case = read_body(mail)
    assert case.fields.get("address", "").startswith("45/610 อาคาร C")


# A typed letter's block top right: the unit, the condo's name wrapped onto a line of its
# own (or onto the road's line), then the road, the sub-district and district, the
# province with its postal code; the date under it.
BLOCK_LETTER = (
    "{block}\n9 มกราคม 2570\n"
    "เรื่อง ขอย้ายมิเตอร์น้ำ\nเรียน ผู้จัดการการประปา\n"
    f"ข้าพเจ้า นายธนพล ใจเย็น เลขประจำตัวประชาชน {TENANT_ID} ผู้เช่าห้องชุดตามที่อยู่ข้างต้น "
    "ขอย้ายมิเตอร์น้ำมาเป็นชื่อข้าพเจ้า\nขอแสดงความนับถือ\n(นายธนพล ใจเย็น)\n"
)


def test_a_units_block_with_the_condos_name_on_a_line_of_its_own() -> None:
    block = (
        "45/712 อาคาร C ห้อง 712\nเดอะวิว บางใหญ่\nถนนกาญจนาภิเษก\n"
        "ตำบลเสาธงหิน อำเภอบางใหญ่\nจ.นนทบุรี 11140"
    )
    case = read_body(BLOCK_LETTER.format(block=block))
    assert (case.fields.get("address") or "").startswith("45/712 อาคาร C ห้อง 712 เดอะวิว บางใหญ่ ถนน")
    assert case.fields.get("postal_code") == "11140"


def test_a_units_block_with_the_condos_name_wrapped_onto_the_roads_line() -> None:
    block = "45/712 อาคาร C เดอะวิว\nบางใหญ่ ถ.กาญจนาภิเษก\nต.เสาธงหิน อ.บางใหญ่\nจังหวัดนนทบุรี 11140"
    case = read_body(BLOCK_LETTER.format(block=block))
    assert (case.fields.get("address") or "").startswith("45/712 อาคาร C เดอะวิว บางใหญ่ ถ.")
