"""A Word letter listing other people in a table, its first column the row's number headed
"ที่" alone ("ที่ | ชื่อผู้ป่วย | อายุ | บ้านเลขที่", a community's letter on its dengue
patients, set 89): a list of people none of whom asks, so no row is read, never a row's
house number as the writer's home. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from test_intermediary_office import TEMPLATES
from unseen_requests_5 import docx_bytes

from extractors.extract import extract_case
from extractors.mime import parse_message

HOME = "21 หมู่ที่ 4 ตำบลนาทราย อำเภอเมืองนครพนม จังหวัดนครพนม 48000"


def letter(d: Any) -> None:
    d.add_paragraph(f"ชุมชนบ้านนาทราย\n{HOME}")
    d.add_paragraph("เรื่อง ขอพ่นหมอกควัน\nเรียน ผู้อำนวยการกองสาธารณสุข")
    d.add_paragraph("ด้วยข้าพเจ้า นายสุเทพ ดวงดี ประธานชุมชน ขอแจ้งผู้ป่วยไข้เลือดออกในชุมชน ดังนี้")
    t = d.add_table(rows=1, cols=4)
    for k, v in enumerate(("ที่", "ชื่อผู้ป่วย", "อายุ", "บ้านเลขที่")):
        t.rows[0].cells[k].text = v
    patients = [("ด.ช.ก้องภพ ศรีนวล", "9", "33/2"), ("นางจำปา มาดี", "52", "8")]
    for n, (name, age, house) in enumerate(patients):
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = str(n + 1), name, age, house
    d.add_paragraph("ขอแสดงความนับถือ\n(นายสุเทพ ดวงดี)\nประธานชุมชน")


def test_a_numbered_list_of_patients_gives_no_one_s_home() -> None:
    msg = EmailMessage()
    msg["From"] = "Suthep <suthep@example.com>"
    msg["To"] = "health@example.go.th"
    msg["Subject"] = "ขอพ่นหมอกควัน"
    msg.set_content("ส่งหนังสือของชุมชนครับ\n")
    data = docx_bytes(letter)
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename="letter.docx")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert "33/2" not in (case.fields.get("address") or "")
    assert "ศรีนวล" not in (case.fields.get("full_name") or "")
