"""A lodging's or a shop's staff who files its owner's paper for her: "ดิฉัน <manager>
(<her ID>) ผู้จัดการ... ขอยื่นเรื่องแทนเจ้าของ คือ <owner>", then the owner's ID and home
under labels naming her part ("เลขประจำตัวประชาชนเจ้าของ ...", "ที่อยู่เจ้าของ ...").
The registration is the owner's (sets 31/63: a service for one person asked by another
is the one it is for): her name, ID and home are the case's, the manager's never. Where
no one files for the owner, "ที่อยู่เจ้าของ..." is another's (a tenant's landlord).
Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import looked_at, read_body

from extractors.acting_for import acting_for_entities, acts_for, owner_acted_for


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


MANAGER_ID = with_check_digit("150990031274")
OWNER_ID = with_check_digit("340110052218")

MANAGERS_MAIL = (
    "เรียน นายทะเบียนที่พัก\n\n"
    f"ดิฉัน นางสาวศิริพร แก้วใส (เลขประจำตัวประชาชน {MANAGER_ID}) ผู้จัดการรีสอร์ท "
    "ขอยื่นเรื่องแทนเจ้าของ คือ นายชาตรี บุญเรือง\n"
    f"เลขประจำตัวประชาชนเจ้าของ {OWNER_ID}\n"
    "ที่อยู่เจ้าของ 45 หมู่ 8 ตำบลเวียงเหนือ อำเภอปาย จังหวัดแม่ฮ่องสอน 58130\n\n"
    'ขอต่ออายุหนังสือรับแจ้งที่พักของ "ปายริมน้ำ" เลขที่ 9/4 ถนนรังสิยานนท์ ค่ะ\n\n'
    "ขอบคุณค่ะ\n--\nนางสาวศิริพร แก้วใส\nผู้จัดการ\nโทร 089-331-2764\n"
)


def test_the_owner_a_manager_files_for_is_the_applicant() -> None:
    case = read_body(MANAGERS_MAIL)
    assert case.fields.get("full_name") == "นายชาตรี บุญเรือง"
    assert case.fields.get("national_id") == OWNER_ID


def test_the_owners_home_under_her_part_is_the_address() -> None:
    case = read_body(MANAGERS_MAIL)
    assert case.fields.get("address", "").startswith("45 หมู่ 8 ตำบลเวียงเหนือ")
    assert case.fields.get("postal_code") == "58130"


def test_the_managers_mobile_is_not_the_owners() -> None:
    case = read_body(MANAGERS_MAIL)
    assert looked_at(case, "phone"), case.fields.get("phone")


def test_filing_for_the_owner_named_after_her_part() -> None:
    line = "ผม นายเอกชัย ศรีสุข พนักงานร้าน ขอยื่นคำขอแทนเจ้าของร้าน คือ นางบุญมี ทองคำ"
    assert acts_for(line)
    assert owner_acted_for(line) == "เจ้าของร้าน"
    names = [v for k, v, _, _ in acting_for_entities(line) if k == "full_name"]
    assert names == ["นางบุญมี ทองคำ"]


def test_a_landlords_home_a_tenant_gives_is_not_hers() -> None:
    mail = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ดิฉัน นางสาวมยุรี ทองแท้ เลขประจำตัวประชาชน {MANAGER_ID} "
        "อยู่บ้านเลขที่ 12/5 หมู่ 3 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100 "
        "ขอร้องเรียนเรื่องน้ำรั่วจากห้องเช่า\n"
        "ที่อยู่เจ้าของ 88 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200\n\n"
        "นางสาวมยุรี ทองแท้\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางสาวมยุรี ทองแท้"
    assert case.fields.get("address", "").startswith("12/5 หมู่ 3")
    assert case.fields.get("postal_code") == "50100"


def test_an_owners_own_form_lines_keep_her_home() -> None:
    mail = (
        "เรียน ปศุสัตว์อำเภอ\n\nขอขึ้นทะเบียนสุนัข\n"
        "ชื่อเจ้าของสัตว์: นางสาวมยุรี ทองแท้\n"
        f"เลขประจำตัวประชาชน: {MANAGER_ID}\n"
        "ที่อยู่เจ้าของสัตว์: 12/5 หมู่ 3 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางสาวมยุรี ทองแท้"
    assert case.fields.get("address", "").startswith("12/5 หมู่ 3")
    assert case.fields.get("postal_code") == "50100"
