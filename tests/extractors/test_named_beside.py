"""A phone or e-mail under another person's name is flagged, whatever his role
(extractors.named_beside): the go-between's own number, written under his name, was the
commonest value wrong without a flag at first sight on blind sets 89-102."""

from __future__ import annotations

from typed_mail import read

from extractors.base import ExtractedCase, FieldCandidate, Provenance
from extractors.named_beside import another_named_above

LETTER = (
    "เรียน นายก อบต.ท่าช้าง\n\n"
    "ดิฉัน นางบุญเรือน แก้วมณี อายุ 72 ปี บ้านเลขที่ 41 หมู่ 6 ต.ท่าช้าง อ.วิเศษชัยชาญ"
    " จ.อ่างทอง 14110\nขอรับการช่วยเหลือซ่อมหลังคาบ้านที่ผุพัง\n\n"
    "ขอแสดงความนับถือ\nนางบุญเรือน แก้วมณี\n\n"
)


def codes(case: ExtractedCase, key: str) -> list[str]:
    return [i.code for i in case.issues.get(key, [])]


def test_a_number_under_another_signers_name_is_flagged() -> None:
    case = read(LETTER + "นายวิชัย ทองคำ\nช่างชุมชนผู้สำรวจบ้าน\nโทร 086-412-7750\n")
    assert case.fields["full_name"] == "นางบุญเรือน แก้วมณี"
    assert "another_named_beside" in codes(case, "phone")


def test_contacts_on_the_line_under_who_typed_the_mail_are_flagged() -> None:
    case = read(
        LETTER + "พิมพ์แทนโดย นายวิชัย ทองคำ หลานชายข้างบ้าน\nอีเมล wichai.t@gmail.com โทร 086-412-7750\n"
    )
    assert case.fields["full_name"] == "นางบุญเรือน แก้วมณี"
    assert "another_named_beside" in codes(case, "phone")
    assert "another_named_beside" in codes(case, "email")


def test_the_applicants_own_number_under_her_name_is_not() -> None:
    case = read(LETTER.replace("แก้วมณี\n\n", "แก้วมณี\nโทร 086-412-7750\n"))
    assert case.fields["phone"] == "+66864127750"
    assert "another_named_beside" not in codes(case, "phone")


def _at(key: str, value: str, line: int) -> FieldCandidate:
    where = Provenance(part="1", kind="body_text", line=line)
    return FieldCandidate(key=key, value=value, provenance=where, confidence=0.9)


def test_the_nearest_name_tells_and_a_post_is_no_name() -> None:
    me = _at("full_name", "นายกมล ศรีสุข", 1)
    phone = _at("phone", "081-234-5678", 3)
    # the mayor addressed, "นายกมล" (the given name กมล) signing: his own number
    text = "ถึง นายกเทศมนตรี\nนายกมล ศรีสุข\nโทร 081-234-5678\n"
    assert not another_named_above(phone, me, [me], {"1": text})
    text = "นายกมล ศรีสุข\nนายก อบต.ท่าช้าง\nโทร 081-234-5678\n"
    assert not another_named_above(phone, me, [me], {"1": text})
    text = "นายกมล ศรีสุข\nนางสาวอรุณี ใจงาม เลขานุการ\nโทร 081-234-5678\n"
    assert another_named_above(phone, me, [me], {"1": text})
    # on the number's own line, only a name before it
    text = "x\ny\nโทร 081-234-5678 (นางสาวอรุณี ใจงาม)\n"
    assert not another_named_above(phone, me, [], {"1": text})


def test_a_name_a_reader_read_counts_where_the_text_is_not_at_hand() -> None:
    me = _at("full_name", "นางบุญเรือน แก้วมณี", 1)
    other = _at("full_name", "นายวิชัย ทองคำ", 5)
    phone = _at("phone", "086-412-7750", 7)
    assert another_named_above(phone, me, [me, other], {})
    assert not another_named_above(phone, me, [me, other, _at("full_name", "บุญเรือน", 6)], {})


def test_a_childs_contacts_are_his_parents_and_flagged() -> None:
    case = read(
        "ขอสมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก\nชื่อ-สกุล: เด็กหญิงปิยนุช สายทอง\n"
        "เกิดวันที่ 3 มีนาคม 2566\nโทรศัพท์ 089-771-2045\nอีเมล piyanuch.mom@gmail.com\n"
    )
    assert case.fields["full_name"].startswith("เด็กหญิง")
    assert "child_contact" in codes(case, "phone")
    assert "child_contact" in codes(case, "email")


def test_an_adults_own_contacts_are_not() -> None:
    case = read("ชื่อ: นางสาวปิยนุช สายทอง\nโทรศัพท์ 089-771-2045\nอีเมล piyanuch.s@gmail.com\n")
    assert "child_contact" not in codes(case, "phone")
    assert "child_contact" not in codes(case, "email")


def test_a_name_with_its_own_number_on_its_line_does_not_own_the_next_lines() -> None:
    me = _at("full_name", "นายวิทยา คำแสน", 1)
    phone = _at("phone", "081-530-7764", 3)
    text = "นายวิทยา คำแสน\nคนขับรถ นางสาวจันทร์จิรา ทองมา เบอร์ 089-220-1145\nโทรศัพท์ 081-530-7764\n"
    assert not another_named_above(phone, me, [me], {"1": text})
    text = "นายวิทยา คำแสน\nคนขับรถ นางสาวจันทร์จิรา ทองมา\nโทรศัพท์ 081-530-7764\n"
    assert another_named_above(phone, me, [me], {"1": text})
