"""A grown child (or grandchild) living elsewhere writes for a parent who lives alone:
"ข้าพเจ้า <her> ... เป็นบุตรสาวของ นาง<mother> อายุ 80 ปี เลขประจำตัวประชาชน ...", then
asks the town to visit or care for "มารดา". The request is the parent's (sets 31/63):
her name, ID and home, never the writer's, whose own block sits top right. Where the
writer only names the parent and asks for herself (an heir's share), she stays the
applicant. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CHILD = with_check_digit("310050044128")
PARENT = with_check_digit("365010019337")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kanokwan <kanokwan.s@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_parent_a_child_asks_care_for_is_the_applicant() -> None:
    case = _mail(
        "44/8 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400\n\n"
        "เรื่อง ขอความอนุเคราะห์เยี่ยมบ้านผู้สูงอายุ\nเรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD}\n"
        "เป็นบุตรสาวของ นางทองสุข สุขเจริญ อายุ 81 ปี เลขประจำตัวประชาชน\n"
        f"{PARENT} อยู่บ้านเลขที่ 9 หมู่ที่ 2 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก\n"
        "65130 ซึ่งอยู่คนเดียว ข้าพเจ้าจึงขอความอนุเคราะห์ให้เจ้าหน้าที่\n"
        "ไปเยี่ยมมารดาเดือนละครั้ง\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางทองสุข สุขเจริญ"
    assert case.fields.get("national_id") == PARENT
    assert case.fields.get("postal_code") in ("65130", None) or case.issues.get("postal_code")


def test_a_child_who_asks_for_herself_stays_the_applicant() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เลขประจำตัวประชาชน {CHILD}\n"
        f"เป็นบุตรสาวของ นางทองสุข สุขเจริญ เลขประจำตัวประชาชน {PARENT} ผู้ถึงแก่กรรม\n"
        "ข้าพเจ้าขอรับเงินค่าทำศพตามสิทธิของทายาท\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"


# A daughter far away who gives her mother's ID and home as the mother's ("เลขบัตร
# ประชาชนแม่", "บ้านแม่อยู่") and asks for the mother's own animals or field, without a
# word of care (set 113): the request is the mother's; the daughter's mobile and her own
# place of work, written after it, are hers.
def test_the_parent_whose_id_a_child_labels_as_the_parents_is_the_applicant() -> None:
    case = _mail(
        "เรียน ปศุสัตว์อำเภอวังทอง\n\n"
        f"หนูชื่อนางสาวกนกวรรณ สุขเจริญ เป็นลูกสาวของนางทองสุข สุขเจริญ เลขบัตรประชาชนของแม่ {PARENT}\n"
        "บ้านแม่อยู่ 9 หมู่ที่ 2 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130\n"
        "แม่เลี้ยงกระบือ 4 ตัว ป่วยไม่กินหญ้า 1 ตัว อยากให้เจ้าหน้าที่ไปตรวจค่ะ\n"
        "ติดต่อหนูได้ที่ 086-201-7745 ค่ะ (หนูทำงานอยู่ที่ 44/8 ถนนพหลโยธิน แขวงสามเสนใน "
        "เขตพญาไท กรุงเทพมหานคร 10400)\n\nขอบคุณค่ะ\nกนกวรรณ\n"
    )
    assert case.fields.get("full_name") == "นางทองสุข สุขเจริญ"
    assert case.fields.get("national_id") == PARENT
    assert case.fields.get("postal_code") == "65130" or case.issues.get("postal_code")


def test_an_heir_who_labels_her_late_parents_id_stays_the_applicant() -> None:
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เป็นบุตรสาวของ นางทองสุข สุขเจริญ เลขบัตรประชาชนแม่ {PARENT}\n"
        "แม่เสียชีวิตเมื่อเดือนที่แล้ว ข้าพเจ้าขอรับเงินค่าทำศพตามสิทธิของทายาท\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"


def test_a_student_who_names_her_parents_id_stays_the_applicant() -> None:
    # the parent's ID labelled as his, but her own home: she asks for herself
    case = _mail(
        "เรียน ผู้อำนวยการกองการศึกษา\n\n"
        f"ข้าพเจ้า นางสาวกนกวรรณ สุขเจริญ เป็นบุตรของ นายทองสุข สุขเจริญ เลขบัตรประชาชนบิดา {PARENT}\n"
        "ข้าพเจ้าอยู่บ้านเลขที่ 9 หมู่ที่ 2 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130\n"
        "ขอรับทุนการศึกษาประจำปี 2569\n\n"
        "ขอแสดงความนับถือ\n(นางสาวกนกวรรณ สุขเจริญ)\n"
    )
    assert case.fields.get("full_name") == "นางสาวกนกวรรณ สุขเจริญ"
