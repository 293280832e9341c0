"""A notice filed by kin for the voter it is about: the voter's own lines under the
form's words for him ("ชื่อผู้มีสิทธิเลือกตั้ง <name>", the entitled voter), the writer's
"ผม <name>" above them (set 99: a son notifying for his father in hospital, the son's name
taken). The voter is the one the notice is for, as an elder named "ชื่อผู้สูงอายุ" is
(set 55)."""

from __future__ import annotations

from typed_mail import read


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


VOTER_ID = with_check_digit("340150041172")
WRITER_ID = with_check_digit("110020077315")


def test_the_voter_under_his_label_is_the_applicant_not_the_kin_who_writes() -> None:
    text = (
        "เรียน นายทะเบียนอำเภอ\n\n"
        f"ดิฉัน นางสาวกนกพร ใจมั่น เลขประจำตัวประชาชน {WRITER_ID} ขอแจ้งเหตุแทนมารดา\n\n"
        "ชื่อผู้มีสิทธิเลือกตั้ง นางเพ็ญศรี ใจมั่น\n"
        f"เลขประจำตัวประชาชน {VOTER_ID}\n"
        "ที่อยู่ 18 หมู่ 4 ตำบลนาคำ อำเภอศรีสงคราม จังหวัดนครพนม 48150\n"
        "เหตุ: ผ่าตัดอยู่โรงพยาบาล\n\n"
        "ติดต่อดิฉันได้ที่ 089-114-2256 ค่ะ\nนางสาวกนกพร ใจมั่น\n"
    )
    case = read(text, subject="แจ้งเหตุไม่ไปใช้สิทธิเลือกตั้ง")
    assert case.fields.get("full_name") == "นางเพ็ญศรี ใจมั่น"
    assert case.fields.get("national_id") == VOTER_ID


def test_the_voters_own_notice_reads_his_name_under_the_label() -> None:
    text = (
        "เรียน นายทะเบียนอำเภอ\n\nขอแจ้งเหตุที่ไม่อาจไปใช้สิทธิเลือกตั้ง\n\n"
        "ชื่อ-สกุลผู้มีสิทธิเลือกตั้ง: นายธนวัฒน์ พรหมมา\n"
        f"เลขประจำตัวประชาชน: {VOTER_ID}\nโทร 081-224-7719\n"
    )
    case = read(text, subject="แจ้งเหตุไม่ไปใช้สิทธิ")
    assert case.fields.get("full_name") == "นายธนวัฒน์ พรหมมา"
