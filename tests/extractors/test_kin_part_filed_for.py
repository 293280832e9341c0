"""A grown child who files for a parent ("ขอยื่นคำร้องแทนมารดา") and then gives that
parent's own part under a heading naming her ("ข้อมูลมารดา (คนพิการ)", "ข้อมูลบิดา" with
her lines labelled below): the request is the parent's (sets 31/63: the one a service is
for), the child's own line above it a go-between's. A parent's part that is no one the
help is for (a newborn grant's "ข้อมูลบุตร", a child's letter that files for no one) stays
another's. Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CHILD_ID = with_check_digit("110370052241")
PARENT_ID = with_check_digit("340120031877")


def _mail(text: str, *, html: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kittipong <kittipong.p@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือ"
    if html:
        body = "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\n"))
        msg.set_content(f'<div dir="ltr">{body}</div>', subtype="html")
    else:
        msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _letter(files_for: str, heading: str) -> str:
    return (
        "เรียน นายกเทศมนตรีตำบลหนองบัว\n\n"
        f"ข้าพเจ้า นายกิตติพงษ์ พรหมวงศ์ เลขประจำตัวประชาชน {CHILD_ID} อยู่ที่ 88/3 ซอยนวมินทร์ 42 "
        f"แขวงคลองกุ่ม เขตบึงกุ่ม กรุงเทพมหานคร 10240 {files_for} ขอรับเบี้ยยังชีพ\n\n"
        f"{heading}\n"
        "ชื่อ-สกุล: นายสมบูรณ์ พรหมวงศ์\n"
        f"เลขประจำตัวประชาชน: {PARENT_ID}\n"
        "ที่อยู่: 17 หมู่ 6 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n\n"
        "ขอแสดงความนับถือ\nนายกิตติพงษ์ พรหมวงศ์\n"
    )


def test_the_parent_filed_for_under_her_own_heading_is_the_applicant() -> None:
    case = _mail(_letter("ขอยื่นคำขอแทนบิดา", "ข้อมูลบิดา"))
    assert case.fields.get("full_name") == "นายสมบูรณ์ พรหมวงศ์"
    assert case.fields.get("national_id") == PARENT_ID
    assert case.fields.get("province") == "อุดรธานี"


def test_so_in_an_html_mail_with_the_heading_noting_the_one_helped() -> None:
    case = _mail(_letter("ยื่นเรื่องแทนบิดา", "ข้อมูลบิดา (ผู้สูงอายุ)"), html=True)
    assert case.fields.get("full_name") == "นายสมบูรณ์ พรหมวงศ์"
    assert case.fields.get("national_id") == PARENT_ID


def test_a_parents_part_with_no_filing_for_her_stays_anothers() -> None:
    """The child asks for herself and gives her father's details beside hers (an heir's,
    a household's): no word says the request is his."""
    case = _mail(_letter("ขอรับรองสำเนาทะเบียนบ้านของตนเอง", "ข้อมูลบิดา"))
    assert case.fields.get("full_name") == "นายกิตติพงษ์ พรหมวงศ์"


# --- a child's typed letter naming a parent in need after "เป็นบุตรของ" --------------------


def _childs_letter(need: str) -> str:
    return (
        "เรียน นายกเทศมนตรีตำบลหนองบัว\n\n"
        f"ข้าพเจ้า นายกิตติพงษ์ พรหมวงศ์ เลขประจำตัวประชาชน {CHILD_ID} เป็นบุตรของ "
        f"นายสมบูรณ์ พรหมวงศ์ เลขประจำตัวประชาชน {PARENT_ID} อยู่บ้านเลขที่ 17 หมู่ 6 "
        f"ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 {need} "
        "ขอให้ติดตั้งราวจับในห้องน้ำ\n"
        "ติดต่อข้าพเจ้าได้ที่ 089-551-2044\n\nขอแสดงความนับถือ\n(นายกิตติพงษ์ พรหมวงศ์)\n"
    )


@pytest.mark.parametrize(
    "need", ["ซึ่งเป็นอัมพาตและใช้รถเข็น", "บิดาเป็นคนพิการทางการเคลื่อนไหว"], ids=["paralysed", "disabled"]
)
def test_the_parent_in_need_a_child_names_is_the_applicant(need: str) -> None:
    case = _mail(_childs_letter(need))
    assert case.fields.get("full_name") == "นายสมบูรณ์ พรหมวงศ์"
    assert case.fields.get("national_id") == PARENT_ID
    assert case.fields.get("province") == "อุดรธานี"


def test_a_parent_who_died_is_never_the_applicant() -> None:
    case = _mail(_childs_letter("บิดาป่วยและถึงแก่กรรมแล้ว"))
    assert case.fields.get("full_name") != "นายสมบูรณ์ พรหมวงศ์"
