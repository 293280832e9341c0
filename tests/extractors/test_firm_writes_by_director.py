"""A company's request in its own words: "ข้าพเจ้า บริษัท ... จำกัด ทะเบียนนิติบุคคลเลขที่ ...
โดย <director> กรรมการผู้มีอำนาจลงนาม ...". The company's name is never a person's (juristic):
where the director who signs for it is named, he is the applicant (set 28), the firm's
name read after ข้าพเจ้า ranks below him. A person's own complaint about a firm keeps her
name. Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


FIRM_REG = with_check_digit("010555607731")
DIRECTOR_ID = with_check_digit("310200144219")


def test_the_director_who_signs_for_the_firm_is_the_applicant() -> None:
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า บริษัท ทองธารา แลนด์ จำกัด ทะเบียนนิติบุคคลเลขที่ {FIRM_REG} "
        f"โดย นายพิพัฒน์ ศรีเมือง กรรมการผู้มีอำนาจลงนาม เลขประจำตัวประชาชน {DIRECTOR_ID} "
        "สำนักงานตั้งอยู่เลขที่ 5/2 ถนนรามอินทรา แขวงท่าแร้ง เขตบางเขน กรุงเทพมหานคร 10220 "
        "ขอโอนถนนในโครงการให้เป็นที่สาธารณประโยชน์\n\n"
        "ลงชื่อ........................ผู้ยื่นคำขอ\n(นายพิพัฒน์ ศรีเมือง)\nกรรมการผู้มีอำนาจ\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นายพิพัฒน์ ศรีเมือง"
    assert case.fields.get("national_id") == DIRECTOR_ID


def test_a_residents_complaint_about_a_firm_keeps_her_name() -> None:
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        "ข้าพเจ้า นางสาวศศิธร ทองใบ อยู่บ้านเลขที่ 14/8 หมู่ 5 ตำบลบางรักพัฒนา อำเภอบางบัวทอง "
        "จังหวัดนนทบุรี 11110 ขอร้องเรียนบริษัท ทองธารา แลนด์ จำกัด ผู้จัดสรร "
        "ที่ทิ้งโครงการ ไฟถนนดับทั้งซอยค่ะ\n\nนางสาวศศิธร ทองใบ\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางสาวศศิธร ทองใบ"
