"""A letter's signature caption "ผู้ยื่นคำร้อง" under the asker's name in brackets, then the
heading of an officer's part below it ("ความเห็นกำนัน", "ความเห็นของผู้ใหญ่บ้าน", "คำรับรอง
ของผู้นำชุมชน": a repair request's certificate, set 121). The caption is a label of a
name left alone on its line, but the line under it heads another's part: no one's name.
The asker's name is the one her letter gives ("ด้วยข้าพเจ้า <her> ..."). Names, numbers
and places invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
ASKER_ID = with_check_digit("341020055817")
ASKER = "นางบุญช่วย ทองแท้"


@pytest.mark.parametrize(
    "heading", ["ความเห็นกำนัน", "ความเห็นของผู้ใหญ่บ้าน", "คำรับรองของผู้นำชุมชน", "ความเห็นของผู้นำชุมชน"]
)
def test_the_heading_under_the_signature_caption_is_no_name(heading: str) -> None:
    msg = EmailMessage()
    msg["From"] = "Chatree <chatree.k@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้องขอซ่อมบ้าน"
    msg.set_content(
        "เรียน นายกเทศมนตรีตำบลโนนทอง\n\n"
        f"ด้วยข้าพเจ้า {ASKER} เลขประจำตัวประชาชน {ASKER_ID} อายุ 67 ปี อยู่บ้านเลขที่ 8 หมู่ 3 "
        "ตำบลโนนทอง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 มีความประสงค์ขอรับการช่วยเหลือ"
        "ซ่อมแซมห้องน้ำ\nติดต่อข้าพเจ้าได้ที่หมายเลข 089-441-2076\nขอแสดงความนับถือ\n"
        f"({ASKER})\nผู้ยื่นคำร้อง\n{heading}\n"
        "ข้าพเจ้า นายชาตรี ใจกล้า ขอรับรองว่าผู้ยื่นคำร้องเดือดร้อนจริง โทร 081-552-7730\n"
        "ลงชื่อ นายชาตรี ใจกล้า\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == ASKER
    assert case.fields["national_id"] == ASKER_ID
