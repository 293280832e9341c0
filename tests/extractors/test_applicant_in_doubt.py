"""A phone or e-mail is the applicant's only as surely as the applicant is known: where
the case's name is flagged or missing, its contacts are flagged too (review
`applicant_in_doubt`). At first sight on blind sets 82-109, 42 of the 54 phones and
e-mails wrong without a flag stood in cases whose name was flagged or missing: a
go-between who signs read as the applicant, with his own number beside his name."""

from __future__ import annotations

from typed_mail import read

from extractors.base import ExtractedCase


def codes(case: ExtractedCase, key: str) -> list[str]:
    return [i.code for i in case.issues.get(key, [])]


# A surveyor writes for a land owner and signs with his own number: the reader may take
# either for the applicant, and whichever it takes, the number is the signer's.
SURVEYOR = (
    "เรียน ผู้อำนวยการกองช่าง เทศบาลตำบลหนองบัว\n\n"
    "ตามที่เจ้าของที่ดินแปลงโฉนดเลขที่ 4471 ได้ขอให้รังวัดสอบเขต ขอส่งผลการรังวัดมาเพื่อพิจารณา\n\n"
    "ขอแสดงความนับถือ\n"
    "นายสุรเชษฐ์ บุญเกื้อ\n"
    "ช่างรังวัดเอกชน สำนักงานรังวัดบุญเกื้อ\n"
    "โทร 089-514-2276\n"
    "surachet.survey@gmail.com\n"
)


def test_contacts_beside_a_doubtful_applicant_are_flagged() -> None:
    case = read(SURVEYOR)
    assert case.issues.get("full_name") or case.fields.get("full_name") is None
    assert "applicant_in_doubt" in codes(case, "phone")
    assert "applicant_in_doubt" in codes(case, "email")


FORM = (
    "ชื่อ-นามสกุล: นางสาวพรทิพย์ ศรีวงศ์\n"
    "เลขประจำตัวประชาชน: 3-4012-00418-77-9\n"
    "ที่อยู่: 19 หมู่ 4 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
    "โทรศัพท์: 086-557-1903\n"
    "อีเมล: porntip.sw@gmail.com\n"
    "เรื่อง: ขอรับเบี้ยยังชีพ\n"
)


def test_a_form_naming_its_applicant_plainly_leaves_them_alone() -> None:
    case = read(FORM)
    assert case.fields["full_name"] == "นางสาวพรทิพย์ ศรีวงศ์"
    assert not case.issues.get("full_name")
    assert "applicant_in_doubt" not in codes(case, "phone")
    assert "applicant_in_doubt" not in codes(case, "email")


def test_contacts_of_a_mail_naming_no_one_are_flagged() -> None:
    case = read("ขอให้มาตัดกิ่งไม้ที่พาดสายไฟหน้าซอย 4 ด้วยครับ\nติดต่อกลับ 081-662-0457\n")
    assert case.fields.get("full_name") is None
    assert "applicant_in_doubt" in codes(case, "phone")
