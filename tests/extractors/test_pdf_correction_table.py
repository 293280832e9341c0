"""A typed letter's correction table on a PDF page: the values to use, never the old.

"รายการ | ข้อมูลในระบบ | ข้อมูลที่ถูกต้อง" over rows of item, value on record and value as
it should be: read a line at a time each row ran both values together (a misspelt name
and the right one as one name). The header's captions say which column is the new one;
each row reads "item: value to use", a wrapped address joined (pdf_correction_table).
Names and numbers made up.
"""

from __future__ import annotations

from email.message import EmailMessage

from typed_mail import templates
from unseen_requests import with_check_digit
from unseen_requests_5 import pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message

RIGHT_ID = with_check_digit("510040012377")
ROWS = [
    ("รายการ", "ข้อมูลในระบบ", "ข้อมูลที่ถูกต้อง"),
    ("ชื่อผู้ใช้น้ำ", "นางบุญเรีอน แก้วใส", "นางบุญเรือน แก้วใสย์"),
    ("ที่อยู่", "4 หมู่ที่ 7 ตำบลริมปิง", "88/2 ถนนเจริญราษฎร์"),
    ("", "อำเภอเมืองลำพูน", "ตำบลในเมือง อำเภอเมืองลำพูน"),
    ("", "", "จังหวัดลำพูน 51000"),
    ("เลขที่ผู้ใช้น้ำ", "44-10077", "44-10077"),
]


def letter() -> bytes:
    texts = [
        (20.0, 20.0, "เรื่อง ขอแก้ไขข้อมูลผู้ใช้น้ำประปา"),
        (20.0, 30.0, "ข้าพเจ้าขอแก้ไขข้อมูลในใบแจ้งค่าน้ำประปาตามตารางด้านล่าง"),
    ]
    y = 45.0
    for row in ROWS:
        for x, cell in zip((20.0, 65.0, 125.0), row, strict=True):
            if cell:
                texts.append((x, y, cell))
        y += 7.0
    texts += [
        (20.0, y + 8, f"เลขประจำตัวประชาชนของข้าพเจ้า {RIGHT_ID} โทร 089-661-2043"),
        (120.0, y + 20, "ขอแสดงความนับถือ"),
        (115.0, y + 30, "(นางบุญเรือน แก้วใสย์)"),
    ]
    return pdf_page(texts, size=13, face="Loma")


def read() -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "boonruean <boonruean.k@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอแก้ไขข้อมูลผู้ใช้น้ำ"
    msg.set_content("ส่งหนังสือขอแก้ไขข้อมูลตามไฟล์แนบค่ะ\n")
    msg.add_attachment(letter(), maintype="application", subtype="pdf", filename="แก้ไข.pdf")
    return extract_case(parse_message(bytes(msg)), templates())


def test_the_right_name_alone_is_read() -> None:
    case = read()
    assert case.fields["full_name"] == "นางบุญเรือน แก้วใสย์"


def test_the_right_address_joined_over_its_wrapped_lines() -> None:
    case = read()
    address = case.fields["address"] or ""
    assert address.startswith("88/2 ถนนเจริญราษฎร์")
    assert "ริมปิง" not in address
    assert case.fields["postal_code"] == "51000"
