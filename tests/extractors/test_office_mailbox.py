"""A government mailbox (go.th) is an office's, not a citizen's (set 68): a provincial
centre forwarding a complaint signs its letter with its own box, which is no box to
answer the complainant on. Names, numbers and places are invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CENTRE = "complaint.centre@example.go.th"


def forwarded(table_rows: list[tuple[str, str]]) -> ExtractedCase:
    rows = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in table_rows)
    html = (
        "<p>ที่ ลป 0017.3/ว 518</p><p>ศูนย์ร้องเรียนจังหวัดลำปาง</p>"
        "<p>เรื่อง ส่งเรื่องร้องเรียนให้พิจารณา<br>เรียน นายกเทศมนตรีตำบลพระบาท</p>"
        "<p>ด้วยศูนย์ร้องเรียนจังหวัดลำปางได้รับเรื่องร้องเรียนว่าเจ้าหน้าที่ไม่รับคำขอข้อมูลข่าวสาร "
        "รายละเอียดผู้ร้องปรากฏตามตาราง</p>"
        f"<table border='1'>{rows}</table>"
        "<p>จึงเรียนมาเพื่อโปรดพิจารณา</p><p>ขอแสดงความนับถือ<br>(นางวรรณา ปัญญาดี)<br>"
        "เจ้าพนักงานปกครองชำนาญการ</p>"
        f"<p>ศูนย์ร้องเรียนจังหวัดลำปาง<br>โทร 0 5426 1180 โทรสาร 0 5426 1181<br>อีเมล {CENTRE}</p>"
    )
    msg = EmailMessage()
    msg["From"] = f"ศูนย์ร้องเรียนจังหวัดลำปาง <{CENTRE}>"
    msg["To"] = "saraban@phrabat.example.go.th"
    msg["Subject"] = "ส่งเรื่องร้องเรียน"
    msg.set_content("ตามเอกสาร")
    msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


PERSON = [
    ("ชื่อ-สกุล", "นายบุญมี คำแสน"),
    ("ที่อยู่", "12 หมู่ 4 ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000"),
    ("โทรศัพท์", "081-334-9072"),
]


def test_a_forwarding_centres_box_is_never_the_complainants_unflagged() -> None:
    case = forwarded(PERSON)
    assert case.fields.get("full_name") == "นายบุญมี คำแสน"
    assert case.fields.get("email") is None or flagged(case, "email")


def test_the_complainants_own_box_in_the_table_is_read() -> None:
    case = forwarded([*PERSON, ("อีเมล", "boonmee.k@example.com")])
    assert case.fields.get("email") == "boonmee.k@example.com"
