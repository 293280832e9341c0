"""A writer who asks for herself and for a companion in one sentence, each with an age
and an ID ("ข้าพเจ้า นาง<her> อายุ 68 ปี เลขประจำตัวประชาชน <hers> ... พร้อมด้วยสามี คือ
นาย<him> อายุ 71 ปี เลขประจำตัวประชาชน <his>"): the ID said after his name is his, hers
is the one after her own, though a wrapped paragraph opens a line with his ID's words.
Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HERS = with_check_digit("360050012843")
HIS = with_check_digit("360050007712")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Ratree <ratree.p@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสมัครเข้าร่วมโครงการ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_writers_id_not_her_husbands_after_his_age() -> None:
    case = _mail(
        "เรื่อง ขอสมัครเข้าร่วมโครงการ\nเรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า นางราตรี พรหมมา อายุ 68 ปี เลขประจำตัวประชาชน {HERS}\n"
        "เกิดวันที่ 4 มีนาคม 2501 พร้อมด้วยสามี คือ นายบุญส่ง พรหมมา อายุ 71 ปี\n"
        f"เลขประจำตัวประชาชน {HIS} เกิดวันที่ 9 ตุลาคม 2498\n"
        "อยู่บ้านเลขที่ 8 หมู่ 2 ตำบลหนองบัว อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000\n"
        "มีความประสงค์สมัครเข้าร่วมโครงการทั้งสองคน\n\n"
        "ขอแสดงความนับถือ\n(นางราตรี พรหมมา)\n"
    )
    assert case.fields.get("full_name") == "นางราตรี พรหมมา"
    assert case.fields.get("national_id") == HERS
    assert case.fields.get("birth_date") == "1958-03-04" or case.issues.get("birth_date")
