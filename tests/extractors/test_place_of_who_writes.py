"""Where the firm or the body that writes stands, said without "ที่อยู่" (set 118): a
hotel's notice opening with the company's name, "บริษัท ... จำกัด (ใบอนุญาต...) ตั้งอยู่
เลขที่ <place> ขอแจ้ง...", a community group's letterhead (its name, its code, then
"ที่ตั้ง <place>"), a hotel's register sheet ("ชื่อโรงแรม | บริษัท ... จำกัด" over
"ที่ตั้ง | <place>"). The place is the address of the one who asks (sets 56/60/63: a firm's
office; set 28: a body's place, where a clerk reaches the one who signs for it). A firm a
citizen complains of, its place said so, is never the address. Names and numbers
invented."""

from __future__ import annotations

from test_intermediary_office import read_body
from test_roster_contact import read_sheet
from unseen_requests import with_check_digit

HOTELS_NOTICE = (
    "เรียน นายทะเบียนโรงแรม\n\n"
    "บริษัท ดอยงาม รีสอร์ท จำกัด (ใบอนุญาตประกอบธุรกิจโรงแรมเลขที่ 50/0112) ตั้งอยู่เลขที่ "
    "199 หมู่ 5 ตำบลแม่แรม อำเภอแม่ริม จังหวัดเชียงใหม่ 50180 ขอแจ้งรายชื่อผู้เข้าพักประจำวัน ดังนี้\n"
    "1. MR. TOM HANSEN ห้อง 12\n\n"
    "จึงเรียนมาเพื่อโปรดทราบ\n\nนายวิชัย ดอยคำ\nผู้จัดการโรงแรม\nโทร 053-297-441\n"
)


def test_a_firm_that_writes_opening_with_its_name_gives_its_place() -> None:
    case = read_body(HOTELS_NOTICE)
    assert case.fields.get("address", "").startswith("199 หมู่ 5 ตำบลแม่แรม")
    assert case.fields.get("postal_code") == "50180"


def test_a_firm_complained_of_is_not_the_address() -> None:
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        "บริษัท ทรายทอง คอนกรีต จำกัด ตั้งอยู่เลขที่ 77 หมู่ 2 ตำบลหนองหาร อำเภอสันทราย "
        "จังหวัดเชียงใหม่ 50290 ปล่อยฝุ่นทุกวัน\n"
        f"ดิฉัน นางอำไพ สุขดี เลขประจำตัวประชาชน {with_check_digit('350990012345')} "
        "อยู่บ้านเลขที่ 12 หมู่ 2 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290 ขอร้องเรียน\n\n"
        "นางอำไพ สุขดี\n"
    )
    case = read_body(mail)
    assert case.fields.get("address", "").startswith("12 หมู่ 2")


GROUPS_LETTER = (
    "กลุ่มทอผ้าฝ้ายบ้านดอนแก้ว\n"
    "รหัสทะเบียน 5-50-07-01/1-0044\n"
    "ที่ตั้ง 31 หมู่ 6 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180\n\n"
    "เรื่อง ขอรับการสนับสนุนกี่ทอผ้า\nเรียน พัฒนาการอำเภอ\n\n"
    "ด้วยกลุ่มทอผ้าฝ้ายบ้านดอนแก้ว มีสมาชิก 20 คน โดยมีดิฉัน นางบัวผัน ใจดี ประธานกลุ่ม "
    f"เลขประจำตัวประชาชน {with_check_digit('350070044127')} โทร 081-764-2290 เป็นผู้แทน\n\n"
    "ขอแสดงความนับถือ\n(นางบัวผัน ใจดี)\nประธานกลุ่มทอผ้าฝ้ายบ้านดอนแก้ว\n"
)


def test_a_bodys_place_in_its_letterhead_under_its_name() -> None:
    case = read_body(GROUPS_LETTER)
    assert case.fields.get("address", "").startswith("31 หมู่ 6 ตำบลดอนแก้ว")
    assert case.fields.get("postal_code") == "50180"


def test_a_hotels_register_sheet_gives_its_place_under_its_name() -> None:
    case = read_sheet([
        ("ทะเบียนผู้พักประจำเดือน",),
        ("ชื่อโรงแรม", "บริษัท ภูผา ลอดจ์ จำกัด", "ใบอนุญาตเลขที่", "50/0231"),
        ("ที่ตั้ง", "8/2 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200"),
        ("ผู้จัดการผู้แจ้ง", "นายปรีชา ผาแดง", "เลขประจำตัวประชาชน", with_check_digit("350100071124")),
        (),
        ("ลำดับ", "ชื่อผู้พัก", "สัญชาติ", "เลขหนังสือเดินทาง"),
        (1, "MS. ANNA BERG", "SWEDISH", "AB1234567"),
    ])  # fmt: skip
    assert case.fields.get("address", "").startswith("8/2 ถนนนิมมานเหมินท์")
    assert case.fields.get("province") == "เชียงใหม่"


# her ID written in its groups with dashes, as on the card: the longest way it is typed
MANAGERS_CHECK = with_check_digit("350990021433")[-1]


def test_a_condos_manager_gives_its_place_after_her_post() -> None:
    # "ข้าพเจ้า <name> <ID> ผู้จัดการนิติบุคคลอาคารชุด <condo> ตั้งอยู่เลขที่ <place> ขอ...":
    # the juristic person she signs for asks, its place is where a clerk reaches her
    for post in ("ผู้จัดการ", "ประธานกรรมการ"):
        mail = (
            "เรียน นายกเทศมนตรีนครเชียงใหม่\n\n"
            f"ข้าพเจ้า นางจันทร์เพ็ญ ศรีงาม เลขประจำตัวประชาชน 3-5099-00214-33-{MANAGERS_CHECK} "
            f"{post}นิติบุคคลอาคารชุด ดอยคำ วิลล์ ตั้งอยู่เลขที่ 48 ถ.ห้วยแก้ว ต.สุเทพ อ.เมืองเชียงใหม่ "
            "จ.เชียงใหม่ 50200 ขอให้ตัดกิ่งไม้ที่พาดสายไฟหน้าอาคาร\n\n"
            "ขอแสดงความนับถือ\nนางจันทร์เพ็ญ ศรีงาม\n"
        )
        case = read_body(mail)
        assert case.fields.get("address", "").startswith("48 ถ.ห้วยแก้ว"), post


def test_a_resident_complaining_of_the_condos_manager_is_left() -> None:
    # the complaint names the manager and the condo's place: the writer's own home apart
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นายธนา ใจดี เลขประจำตัวประชาชน {with_check_digit('350990044518')} "
        "ขอร้องเรียนผู้จัดการนิติบุคคลอาคารชุด ดอยคำ วิลล์ ตั้งอยู่เลขที่ 48 ถ.ห้วยแก้ว "
        "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200 ที่ปล่อยน้ำเสียลงคลอง\n\n"
        "นายธนา ใจดี\n"
    )
    case = read_body(mail)
    assert not (case.fields.get("address") or "").startswith("48 ถ.ห้วยแก้ว")


def test_a_condos_juristic_person_writing_itself_gives_its_place() -> None:
    mail = (
        "เรียน นายกเทศมนตรีนครเชียงใหม่\n\n"
        "ด้วยนิติบุคคลอาคารชุด ดอยคำ วิลล์ ตั้งอยู่เลขที่ 48 ถ.ห้วยแก้ว ต.สุเทพ อ.เมืองเชียงใหม่ "
        "จ.เชียงใหม่ 50200 ขอให้ซ่อมไฟส่องสว่างหน้าอาคาร\n\n"
        "ขอแสดงความนับถือ\nนางจันทร์เพ็ญ ศรีงาม\nผู้จัดการนิติบุคคลอาคารชุด ดอยคำ วิลล์\n"
    )
    case = read_body(mail)
    assert (case.fields.get("address") or "").startswith("48 ถ.ห้วยแก้ว")


def test_a_resident_who_told_the_condos_manager_keeps_her_own_unit() -> None:
    # a resident asking for herself names the manager she told, and the condo's place
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        "ดิฉัน นางสาวเพ็ญศรี มีสุข ได้แจ้งผู้จัดการนิติบุคคลอาคารชุด ดอยคำ วิลล์ ตั้งอยู่เลขที่ 48 "
        "ถ.ห้วยแก้ว ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200 แล้ว แต่ไฟหน้าอาคารยังดับอยู่ "
        "ขอให้เทศบาลช่วยซ่อม\nดิฉันพักอาศัยอยู่ห้องชุดเลขที่ 12/305 ถ.ห้วยแก้ว ต.สุเทพ "
        "อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200\n\n"
        "นางสาวเพ็ญศรี มีสุข\n"
    )
    case = read_body(mail)
    assert not (case.fields.get("address") or "").startswith("48 ถ.ห้วยแก้ว")
