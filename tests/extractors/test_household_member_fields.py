"""A fillable form on a household (a farmer register's ทบก.01, a welfare survey) with the
head's own fields and numbered rows of its members ("mem1_name", "member_2_id"), their
captions only "1.", "2." (issue 8, set 113): the members are never the one who files; the
head's name, ID and sender's box are the case's. Names and numbers invented."""

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
HEAD = with_check_digit("340050018827")


@pytest.mark.parametrize("member", ["mem{n}", "member_{n}"])
def test_numbered_members_are_not_the_head(member: str) -> None:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(40, 18, "แบบคำร้องขอปรับปรุงข้อมูลครัวเรือน"), (20, 34, "ชื่อหัวหน้าครัวเรือน"),
                (20, 44, "เลขประจำตัวประชาชน"), (120, 44, "วันเกิด"), (20, 54, "โทรศัพท์"),
                (20, 64, "บ้านเลขที่"), (70, 64, "หมู่ที่"), (110, 64, "ตำบล"), (20, 74, "อำเภอ"),
                (90, 74, "จังหวัด"), (150, 74, "รหัสไปรษณีย์"),
                (20, 90, "สมาชิกในครัวเรือน"), (20, 100, "1."), (20, 110, "2.")]  # fmt: skip
    m1, m2 = member.format(n=1), member.format(n=2)
    fields = [Field("hh_head_name", "นายสมบัติ ทองสุก", 55, 34, 100),
              Field("hh_head_pid", HEAD, 55, 44, 55, comb=13),
              Field("hh_head_dob", "4 มีนาคม 2510", 135, 44, 40),
              Field("hh_tel", "089-220-4471", 40, 54, 50),
              Field("addr_no", "31", 40, 64, 25), Field("addr_moo", "6", 82, 64, 20),
              Field("addr_tambon", "ขามใหญ่", 120, 64, 50),
              Field("addr_amphoe", "เมืองอุบลราชธานี", 32, 74, 50),
              Field("addr_province", "อุบลราชธานี", 103, 74, 40),
              Field("addr_zip", "34000", 172, 74, 20),
              Field(f"{m1}_name", "นางบุญเพ็ง ทองสุก", 28, 100, 60),
              Field(f"{m1}_pid", with_check_digit("340050029914"), 92, 100, 50),
              Field(f"{m1}_rel", "คู่สมรส", 146, 100, 30),
              Field(f"{m2}_name", "นายอนุชา ทองสุก", 28, 110, 60),
              Field(f"{m2}_pid", with_check_digit("140050063318"), 92, 110, 50),
              Field(f"{m2}_rel", "บุตร", 146, 110, 30)]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Sombat Tongsuk <sombat.ts@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบสำรวจ"
    msg.set_content("ส่งแบบสำรวจครับ\n")
    data = acroform(pdf_page(captions, size=13, face="Garuda"), fields)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="survey.pdf")
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายสมบัติ ทองสุก"
    assert case.fields.get("national_id") == HEAD
    assert case.fields.get("email") == "sombat.ts@example.com"
