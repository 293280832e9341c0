"""A request that names a child (ด.ช./ด.ญ.) and the adult who writes for him: whose request
it is, the text does not settle.

Writers of independent sets ruled both ways on the same words: the child is the applicant
for a paper that is his (set 16's "ยื่นแทนบุตร", set 57's first ID card, set 84's library
card), the parent for what a parent asks (sets 34 and 61: an enrolment, a claim). Whichever
person the reader takes, the name, ID and birth date may be the other's: each is flagged
`two_people`, so no clerk takes them unchecked. A request that names only adults, or only
the child, is not. Examples written afresh."""

from __future__ import annotations

from test_shapes_mends34 import read_mail
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase

MOTHER = ("นางพิมพ์ใจ ศรีสุวรรณ", with_check_digit("351040011823"))
SON = ("ด.ช.ก้องภพ ศรีสุวรรณ", with_check_digit("155990044120"))
UNCLE = ("นายวีระ ศรีสุวรรณ", with_check_digit("351040011457"))
IDENTITY = ("full_name", "national_id", "birth_date")


def codes(case: ExtractedCase, key: str) -> set[str]:
    return {i.code for i in case.issues.get(key, [])}


def test_a_mother_asking_for_her_sons_paper_flags_whose_name_id_and_birth_date() -> None:
    case = read_mail(
        "เรียน งานทะเบียนราษฎร\n\n"
        f"ดิฉัน {MOTHER[0]} มารดาของ {SON[0]} ขอคัดสำเนาสูติบัตรของบุตร\n"
        f"ชื่อบุตร: {SON[0]}\n"
        f"เลขประจำตัวประชาชนบุตร: {SON[1]}\n"
        "วันเกิด: 12 มิถุนายน 2560\n"
        "โทร 086-114-2290\n\n"
        f"{MOTHER[0]}\n"
    )
    assert case.fields.get("full_name") in (MOTHER[0], SON[0])
    for key in IDENTITY:
        if key in case.fields:
            assert "two_people" in codes(case, key), key


def test_a_child_form_with_its_guardians_block_flags_the_childs_identity() -> None:
    case = read_mail(
        "แบบคำขอสมัครสมาชิกห้องสมุดประชาชน\n"
        f"ชื่อ-สกุล: {SON[0]}\n"
        f"เลขประจำตัวประชาชน: {SON[1]}\n"
        "วันเกิด: 3 มกราคม 2559\n"
        f"ผู้ปกครอง: {MOTHER[0]}\n"
        "โทรศัพท์: 086-114-2290\n"
    )
    assert case.fields["full_name"] in (SON[0], MOTHER[0])
    assert "two_people" in codes(case, "full_name")


def test_two_adults_are_not_flagged_for_a_child() -> None:
    case = read_mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า {MOTHER[0]} เลขประจำตัวประชาชน {MOTHER[1]}\n"
        f"ขอรับรองว่า {UNCLE[0]} พักอาศัยอยู่กับข้าพเจ้าจริง\n"
        "โทร 086-114-2290\n"
    )
    assert "two_people" not in codes(case, "full_name")


def test_a_child_who_is_only_mentioned_by_nickname_is_no_second_person() -> None:
    case = read_mail(
        "ชื่อ-สกุล: " + MOTHER[0] + "\n"
        f"เลขประจำตัวประชาชน: {MOTHER[1]}\n"
        "เรื่อง: ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด ลูกชื่อน้องภูมิ\n"
        "โทร 086-114-2290\n"
    )
    assert case.fields["full_name"] == MOTHER[0]
    assert "two_people" not in codes(case, "full_name")
