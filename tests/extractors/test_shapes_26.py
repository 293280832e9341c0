"""Unit tests for the shapes blind set 26 (real agency forms, filled) found the readers
missing (issue 8): each names the way a printed form is filled that it covers, with
examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3101700456788"  # check digit valid (mod 11)
PROXY_ID = "1209900318451"


def read_case(text: str, subject: str = "คำร้อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_the_ids_used_here_are_valid() -> None:
    for nid in (OWN_ID, PROXY_ID):
        total = sum(int(d) * (13 - i) for i, d in enumerate(nid[:12]))
        assert (11 - total % 11) % 10 == int(nid[12])


def test_an_area_word_written_after_a_box_asking_either_is_not_doubled() -> None:
    """ "ตำบล/แขวง แขวงสุริยวงศ์": a Bangkok citizen writes the word the box leaves open;
    the address says it once."""
    text = (
        "ข้าพเจ้า นางสาวรัตนา ศรีทอง อายุ 35 ปี\n"
        "อยู่บ้านเลขที่ 14/2 ตรอก/ซอย - ถนน สีลม ตำบล/แขวง แขวงสุริยวงศ์"
        " อำเภอ/เขต เขตบางรัก จังหวัด กรุงเทพมหานคร 10500\n"
        f"เลขประจำตัวประชาชน {OWN_ID}\nโทรศัพท์ 089-120-4471\n"
    )
    address = read_case(text).fields["address"] or ""
    assert "แขวงสุริยวงศ์" in address and "เขตบางรัก" in address, address
    assert address.count("แขวง") == 1 and address.count("เขต") == 1, address


def test_area_words_in_boxes_are_not_doubled() -> None:
    """The same in boxes, each on its own line: "ตำบล/แขวง: แขวงสุริยวงศ์"."""
    text = (
        "ชื่อ-สกุล: นางสาวรัตนา ศรีทอง\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "บ้านเลขที่: 14/2\nถนน: สีลม\nตำบล/แขวง: แขวงสุริยวงศ์\nอำเภอ/เขต: เขตบางรัก\n"
        "จังหวัด: กรุงเทพมหานคร\nรหัสไปรษณีย์: 10500\n"
    )
    address = read_case(text).fields["address"] or ""
    assert address.count("แขวง") == 1 and address.count("เขต") == 1, address


def test_the_postal_code_label_is_not_kept_inside_an_address() -> None:
    """ "... จังหวัดลำปาง รหัสไปรษณีย์ 52000": the code is written bare in an address."""
    text = (
        "ชื่อผู้ขอ นายวินัย คำแก้ว\n"
        f"เลขประจำตัวประชาชน {OWN_ID}\n"
        "อยู่บ้านเลขที่ 7 หมู่ที่ 4 ตำบลพิชัย อำเภอเมืองลำปาง จังหวัดลำปาง รหัสไปรษณีย์ 52000\n"
        "โทรศัพท์ 081-552-0917\n"
    )
    fields = read_case(text).fields
    assert "รหัสไปรษณีย์" not in (fields["address"] or ""), fields["address"]
    assert fields["postal_code"] == "52000"


ELDER_FORM = (
    "ข้อมูลผู้สูงอายุ\n"
    "คำนำหน้านาม  ☐ นาย  ☑ นาง  ☐ นางสาว\n"
    "ชื่อ มาลัย  นามสกุล ดวงแก้ว\n"
    "เกิดวันที่ 2 เดือน มีนาคม พ.ศ. 2498\n"
    "มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ 31 หมู่ที่ 9 ตรอก/ซอย - ถนน -\n"
    "ตำบล/แขวง หนองไผ่ อำเภอ/เขต เมืองอุดรธานี จังหวัด อุดรธานี รหัสไปรษณีย์ 41000\n"
    f"เลขประจำตัวประชาชน {OWN_ID}\n"
    "โทรศัพท์ 086-117-2290\n\n"
    "(กรณีผู้สูงอายุทำหนังสือมอบอำนาจให้ผู้อื่นเป็นผู้ยื่นคำขอฯ แทน)\n"
    "ผู้ยื่นคำขอแทนตามหนังสือมอบอำนาจ เกี่ยวข้องกับผู้สูงอายุ โดยเป็น หลาน\n"
    "ชื่อ-สกุล (ผู้รับมอบอำนาจ) นายธวัชชัย ดวงแก้ว\n"
    f"เลขประจำตัวประชาชน {PROXY_ID}\n"
    "ที่อยู่ 99/1 ถนนพหลโยธิน ตำบลในเมือง อำเภอเมืองลำปาง จังหวัดลำปาง 52000\n"
    "โทรศัพท์ 092-440-1187\n"
)


def test_a_proxys_part_after_a_long_line_naming_him_is_not_the_applicants() -> None:
    """An allowance form filed under a power of attorney: the ผู้รับมอบอำนาจ's part opens
    with a sentence ("ผู้ยื่นคำขอแทนตามหนังสือมอบอำนาจ ...") and its labels name him; his
    name and address are not the elder's, at least not without a flag."""
    case = read_case(ELDER_FORM, subject="ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ")
    for key, proxys in (
        ("full_name", "นายธวัชชัย ดวงแก้ว"),
        ("address", "99/1 ถนนพหลโยธิน ตำบลในเมือง อำเภอเมืองลำปาง"),
        ("province", "ลำปาง"),
        ("postal_code", "52000"),
    ):
        got = case.fields.get(key) or ""
        assert not (got.startswith(proxys) and not flagged(case, key)), (key, got)


def test_the_address_named_as_the_house_register_entry_is_read() -> None:
    """ "มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ 31 หมู่ที่ 9 ..." (the allowance forms' words
    for the registered address), its areas on the next line."""
    case = read_case(ELDER_FORM, subject="ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ")
    address = case.fields["address"] or ""
    assert address.startswith("31 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอเมืองอุดรธานี"), address
    assert (case.fields["province"], case.fields["postal_code"]) == ("อุดรธานี", "41000")


def test_a_carers_section_is_a_proxys() -> None:
    """ "ข้อมูลผู้ดูแลคนพิการ": the carer acts for the disabled person, whose request it is."""
    text = (
        "ข้อมูลคนพิการ\nชื่อ-นามสกุล: นายสมพร แสงจันทร์\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        "ที่อยู่: 8 หมู่ที่ 3 ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n\n"
        "ข้อมูลผู้ดูแลคนพิการ\nชื่อ-นามสกุล: นางสาวพรทิพย์ แสงจันทร์\n"
        f"เลขประจำตัวประชาชน: {PROXY_ID}\n"
        "ที่อยู่: 120 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
        "โทรศัพท์: 092-440-1187\n"
    )
    fields = read_case(text).fields
    assert fields["full_name"] == "นายสมพร แสงจันทร์"
    assert fields["address"] is not None and fields["address"].startswith("8 หมู่ที่ 3")
    assert fields["province"] == "อุดรธานี"


def test_the_date_something_happened_is_no_birth_date() -> None:
    """ "วันที่เกิดเหตุ", "วันที่เกิดภัย": the day of the fire or the flood, not of birth."""
    for label in ("วันที่เกิดภัย", "วันที่เกิดเหตุ", "วันเกิดเหตุ"):
        text = (
            f"ชื่อ-สกุล: นายสมพร แสงจันทร์\nเลขประจำตัวประชาชน: {OWN_ID}\n"
            f"{label}: 14 กันยายน 2569\nความเสียหาย: หลังคาบ้านพัง\n"
        )
        case = read_case(text)
        assert case.fields.get("birth_date") is None or flagged(case, "birth_date"), label
