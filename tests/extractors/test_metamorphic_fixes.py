"""Unit tests for what the metamorphic harness (tests/extractors/metamorphic.py) showed:
a request read right, changed the way mail programs change mail, read wrong without a
flag. Examples written afresh (invented people), not the sets' strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(body: str, subject: str = "คำร้อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a phone's or a mail app's signature under the text --------------------------------

DEVICE_SIGNATURES = (
    "ส่งจาก iPhone ของฉัน",
    "ส่งจาก iPad ของฉัน",
    "Sent from my iPhone",
    "Sent from my Samsung Galaxy smartphone.",
    "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน",
    "Sent from my Huawei phone",
    "ส่งจากโทรศัพท์ HUAWEI ของฉัน",
    "ส่งจาก Android ของฉัน",
    "Get Outlook for Android",
    "รับ Outlook สำหรับ iOS",
    "Sent from Yahoo Mail on Android",
    "ส่งจาก Yahoo Mail บน Android",
    "Sent from Mail for Windows",
    "Sent from my Xiaomi",
)


@pytest.mark.parametrize("signature", DEVICE_SIGNATURES)
def test_a_device_signature_under_the_signed_name_is_no_name(signature: str) -> None:
    # The name is signed at the foot, in brackets over its role ("ผู้ยื่นคำร้อง"); the
    # phone's own line under it was read as the value below that role.
    case = read(
        "เรียน นายก อบต.\n\nขอแจ้งไฟฟ้าส่องสว่างดับหน้าบ้านเลขที่ 27 หมู่ที่ 4 "
        "ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n"
        "ติดต่อกลับได้ที่ 0861234508\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        "ลงชื่อ ..............................\n(นางสาวมะลิวัลย์ ทองเหลือง)\nผู้ยื่นคำร้อง\n\n"
        f"{signature}\n"
    )
    assert case.fields.get("full_name") == "นางสาวมะลิวัลย์ ทองเหลือง"


# --- the body typed into Word, a paragraph a line, and attached --------------------------

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_docx(text: str) -> ExtractedCase:
    """The mail says only "see the file"; the file holds `text`, a paragraph a line."""
    import io

    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content("รายละเอียดตามไฟล์แนบค่ะ\n")
    maintype, subtype = DOCX.split("/")
    msg.add_attachment(buf.getvalue(), maintype=maintype, subtype=subtype, filename="คำร้อง.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_correction_in_a_word_file_is_read_as_in_the_body() -> None:
    # the body reader applies "แก้ไขเบอร์โทรเป็น ..." over the number above; the Word
    # reader took the wrong number, unflagged
    case = read_docx(
        "ชื่อ: นางสาวกาญจนา ศรีวงศ์\nโทรศัพท์: 081-234-5678\nเรื่อง: ขอสำเนาใบเสร็จ\n\n"
        "ขออภัยค่ะ พิมพ์เบอร์ผิด แก้ไขเบอร์โทรเป็น 081-234-8765 ค่ะ"
    )
    assert case.fields.get("phone") == "+66812348765"


def test_full_width_digits_in_a_word_file_are_read_as_in_the_body() -> None:
    case = read_docx(
        "ชื่อ: นายวีระพงษ์ แก้วมณี\n"
        "ที่อยู่: ２７ หมู่ที่ ４ ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ ３２０００\n"
        "โทรศัพท์: 089-456-1207"
    )
    address = case.fields.get("address") or ""
    assert "27" in address and "２" not in address, address


def test_the_agencys_forwarded_notice_in_a_word_file_is_not_the_citizens() -> None:
    # the citizen's question above the agency's own notice forwarded back: the notice's
    # office address is the agency's, in a Word file as in the body
    case = read_docx(
        "สวัสดีค่ะ สอบถามเรื่องการลงทะเบียนเบี้ยผู้สูงอายุค่ะ\nนางพรทิพย์ ใจงาม\n"
        "โทร 086-552-0419\n\n---------- Forwarded message ---------\n"
        "From: อบต.นาดี <saraban@example.go.th>\nDate: Mon, Nov 2, 2026 at 9:00 AM\n"
        "Subject: ประกาศรับลงทะเบียน\nTo: <porntip.j@example.com>\n\n"
        "ประกาศองค์การบริหารส่วนตำบลนาดี\nสอบถามเพิ่มเติม โทร 044-511-234\n"
        "ที่อยู่ 88 หมู่ที่ 2 ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000"
    )
    assert "88 หมู่ที่ 2" not in (case.fields.get("address") or "")
    assert case.fields.get("phone") != "+6644511234"


# --- a form mailer's dump with lines appended under it ----------------------------------


@pytest.mark.parametrize(
    "dump",
    [
        '{"fullname": "นายอดิศร บุญมา", "tel": "0857713204", '
        '"address": "41 หมู่ที่ 3 ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000"}',
        "Array\n(\n    [fullname] => นายอดิศร บุญมา\n    [tel] => 0857713204\n"
        "    [address] => 41 หมู่ที่ 3 ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n)",
    ],
    ids=["json", "print_r"],
)
def test_a_dump_with_a_disclaimer_appended_is_still_a_dump(dump: str) -> None:
    case = read(
        f"{dump}\n\nThis e-mail is confidential and intended only for the addressee.\n"
        "ข้อความนี้เป็นความลับ หากท่านไม่ใช่ผู้รับโปรดลบทิ้ง\n"
    )
    assert case.fields.get("address", "").startswith("41 หมู่ที่ 3"), case.fields.get("address")
