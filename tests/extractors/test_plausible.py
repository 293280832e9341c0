"""Values no person's data looks like are flagged, whatever the reader's confidence."""

from __future__ import annotations

import pytest
from forms_for_tests import GENERAL

from extractors.base import FieldCandidate, Provenance
from extractors.plausible import implausible
from extractors.review import review_flags


@pytest.mark.parametrize(
    "name",
    [
        "นายสมชาย ใจดี",
        "นางสาวณิชาภัทร วิเศษศักดิ์",
        "ด.ช.ภูมิ ใจดี",
        "พ.ต.อ. สมชาย ใจดี",
        "ผศ.ดร.สมหญิง ใจงาม",
        "ว่าที่ร้อยตรี สมชาย ใจดี",  # a rank written out: three words
        "ม.ร.ว.สุขุมพันธุ์ บริพัตร",
        "นายปรีชา ณ อยุธยา",
        "พระมหาสมชาย ฐิตธมฺโม",
        "นายวิทยา ศรีสุวรรณวงศ์ไพบูลย์",  # a long family name of the old kind
        "นางสาวสุดา มีสุข (แนน)",
        "Mr. John O'Neil Smith-Jones",
        "Ms. Anna Maria de la Cruz",
    ],
)
def test_names_people_have_pass(name: str) -> None:
    assert not implausible("full_name", "name", name)


@pytest.mark.parametrize(
    "name",
    [
        "นางกาญจนา รุ่งเรือง ขอส่งแบบคำร้องตามไฟล์แนบค่ะ",  # the sentence ran on into the name
        "นายสมชาย ใจดี อายุ 45 ปี",
        "**นางจันทร์เพ็ญ ธนพัฒน์**",  # a chat's bold marks
        "│ นายวรวิทย์ สุขเกษม │",  # a text frame
        "นายกิตติศักดิ์ หอมจันทร์.",  # the keyboard's full stop
        "นายสมชาย ใจดี: 081-234-5678",
        "นายสมชาย ใจดี บ้านเลขที่ สิบสอง หมู่ สาม",
        "นางกาญจนา รุ่งเรือง ขอ",  # a titled name has two words (ณ and a nickname apart)
    ],
)
def test_names_with_more_than_a_name_are_implausible(name: str) -> None:
    assert implausible("full_name", "name", name)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("12 หมู่ 3 ตำบลบ้านเป้า อำเภอเกษตรสมบูรณ์ จังหวัดชัยภูมิ 36120", False),
        ("ตามทะเบียนบ้าน", False),
        ("บ้านหนองบัว ตำบลโนนสูง อำเภอเมือง จังหวัดอุดรธานี", False),
        ("กรุงเทพมหานคร", True),  # one place name: the rest of the address was lost
        ("48 หมู่ที่ 1 ตำ บลหนองครก อำ เภอเมืองศรีสะเกษ", True),  # letters set apart
        ("│ 128 ม.7 ต.บ้านเป้า │", True),
    ],
)
def test_addresses(address: str, expected: bool) -> None:
    assert implausible("address", "text", address) is expected


def test_free_text_is_the_citizens_own() -> None:
    assert not implausible("details", "text", "**ด่วน** ท่อแตก")
    assert not implausible("subject", "text", "│ เรื่อง │")


def test_a_surely_read_implausible_value_is_flagged_for_review() -> None:
    prov = Provenance(part="1", kind="body_text", line=3, label="ข้าพเจ้า")
    best = FieldCandidate(key="full_name", value="**นายก ขจร**", provenance=prov, confidence=1.0)
    flags = review_flags(GENERAL, {"full_name": best}, [best])
    assert [f.code for f in flags["full_name"]] == ["implausible_value"]
    assert "**" not in flags["full_name"][0].message_en  # the message never holds the value


def test_an_id_of_no_thai_persons_usual_kind_is_flagged_for_review() -> None:
    # 0 then a province's code: a person of no registration status (set 53), or a
    # company's number under a person's label; either way a clerk looks (stop 38)
    prov = Provenance(part="1", kind="body_text", line=3, label="เลขประจำตัวประชาชน")

    def flags_of(value: str) -> list[str]:
        best = FieldCandidate(key="national_id", value=value, provenance=prov, confidence=1.0)
        return [
            f.code
            for f in review_flags(GENERAL, {"national_id": best}, [best]).get("national_id", [])
        ]

    assert flags_of("0630100788259") == ["id_unusual_kind"]
    assert flags_of("1101700230708") == []  # a Thai person's
    assert flags_of("0012345678909") == []  # a registered migrant worker's (pink card)
