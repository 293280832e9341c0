"""A volunteer's typed letter for a villager, his centre's block top left with his own
mobile ("โทร ..."), gives the villager's number in a sentence ("ผู้ร้องติดต่อได้ที่
หมายเลข ..."): the block's number, set behind as the writer's, does not hide hers. Names
and numbers are invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit
from unseen_requests_5 import pdf_page
from unseen_requests_52 import flow

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def test_her_number_in_the_letter_over_the_writers_block() -> None:
    nid = with_check_digit("345020011873")
    paras = [
        (20, "ศูนย์ช่วยเหลือประชาชนตำบลหนองสูง"),
        (20, "ที่ทำการองค์การบริหารส่วนตำบลหนองสูง อำเภอเมือง จังหวัดยโสธร 35000"),
        (20, "โทร 081-664-2093"),
        (0, ""),
        (20, "เรียน นายอำเภอเมืองยโสธร"),
        (0, ""),
        (
            30,
            "ข้าพเจ้า นายวิชัย ศรีบุญ อาสาสมัครประจำศูนย์ ได้รับการร้องขอจาก นางคำปุ่น แสนดี "
            f"เลขประจำตัวประชาชน {nid} อยู่บ้านเลขที่ 12 หมู่ที่ 3 ตำบลหนองสูง อำเภอเมือง "
            "ซึ่งรอการซ่อมถนนหน้าบ้านมาหนึ่งปี",
        ),
        (0, ""),
        (30, "จึงเรียนมาเพื่อโปรดพิจารณา"),
        (30, "ผู้ร้องติดต่อได้ที่หมายเลข 0925518046"),
        (0, ""),
        (110, "ขอแสดงความนับถือ"),
        (105, "(นายวิชัย ศรีบุญ)"),
        (100, "อาสาสมัครประจำศูนย์"),
    ]
    data = pdf_page(flow(paras, 14, "Loma"), size=14, face="Loma")
    msg = EmailMessage()
    msg["From"] = "Wichai <wichai.sb@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความช่วยเหลือให้ชาวบ้าน"
    msg.set_content("แนบหนังสือครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="letter.pdf")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นางคำปุ่น แสนดี"
    assert case.fields.get("phone") == "+66925518046"
