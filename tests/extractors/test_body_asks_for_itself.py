"""A school mails its own request from its own box (From: the school's name): the term's
budget, signed by its director with the school's line and her mobile, and a teacher named
in the body as the one to coordinate, her mobile beside her name. The request is the
school's, its director's who signs (set 28): the signature's place and lines are hers to
be answered at, never set behind the coordinating teacher's mobile. Names and numbers
invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "โรงเรียนบ้านดอนแก้ว <dongkaew.school@example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับการสนับสนุนงบประมาณ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_directors_lines_not_the_coordinating_teachers() -> None:
    case = _mail(
        "เรียน นายกองค์การบริหารส่วนตำบลดอนแก้ว\n\n"
        "ด้วยโรงเรียนบ้านดอนแก้ว มีนักเรียน 84 คน ขอรับการสนับสนุนค่าอาหารกลางวัน "
        "ภาคเรียนที่ 1/2570\n"
        "ทั้งนี้ ได้มอบหมายให้ นางสาวปราณี บุญมาก ครูผู้รับผิดชอบโครงการ โทร 089-415-2276 "
        "เป็นผู้ประสานงาน\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        "ขอแสดงความนับถือ\n\n"
        "นายสมคิด แสงทอง\nผู้อำนวยการโรงเรียนบ้านดอนแก้ว\n"
        "45 ม.2 ต.ดอนแก้ว อ.แม่ริม จ.เชียงใหม่ 50180\n"
        "โทร 053-114-209 | มือถือ 081-662-4930\n"
    )
    assert case.fields.get("full_name") == "นายสมคิด แสงทอง"
    assert case.fields.get("phone") in ("+6653114209", "+66816624930")
