"""Two versions of the form in one mail (set 43): the one named as corrected ("_แก้ไข",
"ฉบับแก้ไข", "corrected", "v2") or named in the body as the one to use wins over the
other, whichever is attached first; the other's values stay as rivals. Made-up people;
IDs with a valid check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def form(phone: str, house: str) -> bytes:
    return (
        "แบบคำร้องทั่วไป\n"
        "ชื่อ-นามสกุล: นางวาสนา บุญมาก\n"
        "เลขประจำตัวประชาชน: 3100600451235\n"
        f"ที่อยู่: {house} หมู่ที่ 4 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น\n"
        "จังหวัด: ขอนแก่น\n"
        "รหัสไปรษณีย์: 40000\n"
        f"โทรศัพท์มือถือ: {phone}\n"
        "เรื่อง: ขอรับถังขยะ\n"
    ).encode()


OLD = form("0891234576", "117")
NEW = form("0891234567", "17")


def mail(body: str, *files: tuple[str, bytes]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "w@example.com", "saraban@example.go.th", "คำร้อง"
    msg.set_content(body)
    for name, data in files:
        msg.add_attachment(data, maintype="text", subtype="plain", filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def right(case: ExtractedCase) -> bool:
    address = case.fields["address"] or ""
    return case.fields["phone"] in ("0891234567", "+66891234567") and address.startswith("17 ")


def test_the_file_named_corrected_wins_when_attached_last() -> None:
    for name in ("คำร้อง_แก้ไข.txt", "คำร้อง ฉบับแก้ไข.txt", "form_corrected.txt", "คำร้อง_v2.txt"):
        case = mail("ส่งคำร้องค่ะ\n", ("คำร้อง.txt", OLD), (name, NEW))
        assert right(case), name


def test_the_file_the_body_names_wins() -> None:
    body = "ไฟล์แรกพิมพ์ผิด ขอให้ใช้ไฟล์ คำร้อง (2).txt แทนครับ\n"
    case = mail(body, ("คำร้อง (1).txt", OLD), ("คำร้อง (2).txt", NEW))
    assert right(case)


def test_without_a_mark_the_first_file_still_leads() -> None:
    # no word says which is right: nothing changes (the test can fail if the rule grows)
    case = mail("ส่งคำร้องค่ะ\n", ("คำร้อง (1).txt", OLD), ("คำร้อง (2).txt", NEW))
    assert not right(case)
