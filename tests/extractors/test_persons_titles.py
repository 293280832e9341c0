"""A rank's, an academic's or a monk's title proves a person's name as a civil one does,
in the readers written for civil titles first (stop 44's review: an owner's consent, an
office's numbered letter, a clerk's own name on From, a bare signature under a
correction). Every name, number and place is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests_5 import docx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mail_text import _titled
from extractors.mime import parse_message
from extractors.names import name_key
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWNER_ID = "3570100234569"  # made up, valid check digit
TENANT_ID = "1579900345677"  # made up, valid check digit
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def read_mail(text: str, sender: str, docx: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content(text)
    msg.add_attachment(docx, maintype=DOCX[0], subtype=DOCX[1], filename="letter.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def word(*paragraphs: str) -> bytes:
    def build(d: Any) -> None:
        for p in paragraphs:
            d.add_paragraph(p)

    return docx_bytes(build)


def test_an_owners_consent_lets_in_a_soldier_by_his_rank() -> None:
    consent = word(
        "หนังสือให้ความยินยอม",
        f"ข้าพเจ้า นางบุญเรือน คำแสน เลขประจำตัวประชาชน {OWNER_ID} เป็นเจ้าบ้านเลขที่ 77 หมู่ 4 "
        "ตำบลบ้านดู่ โทร 081-907-3364",
        f"ยินยอมให้ ส.อ.ณัฐพล ศรีวงค์ เลขประจำตัวประชาชน {TENANT_ID} ผู้เช่าบ้าน ย้ายชื่อเข้าทะเบียนบ้านหลังนี้ได้",
        "ลงชื่อ ..................... เจ้าบ้าน\n(นางบุญเรือน คำแสน)",
    )
    case = read_mail(
        "เรียน งานทะเบียนราษฎร\nผมขอย้ายชื่อเข้าบ้านเช่า แนบหนังสือยินยอมของเจ้าบ้านครับ\n",
        "Nattapon S. <nattapon.sw@example.com>",
        consent,
    )
    assert case.fields["full_name"] == "ส.อ.ณัฐพล ศรีวงค์"
    assert case.fields["national_id"] == TENANT_ID


def test_an_offices_letter_sends_a_graduate_by_his_acting_rank() -> None:
    # over its director, who signs with a civil title (her name read from the signature
    # had won over the one the letter sends, flagged)
    letter = word(
        "วิทยาลัยเทคนิคสมมติ\n15 ถนนพหลโยธิน ตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100\n"
        "โทรศัพท์ 053-776-210",
        "ที่ ศธ 0634.2/318\t\t\t4 ธันวาคม 2569",
        "เรื่อง ขอส่งนักศึกษาฝึกงาน\nเรียน นายกเทศมนตรีตำบลบ้านดู่",
        "ด้วยวิทยาลัยได้จัดให้นักศึกษาฝึกงาน จึงขอส่ง ว่าที่ร.ต.ชยพล มั่นคง รหัสนักศึกษา "
        "6631045512 เข้าฝึกงานในหน่วยงานของท่าน",
        "ขอแสดงความนับถือ\n(นางอำไพ สุขสม)\nผู้อำนวยการ",
    )
    case = read_mail(
        "เรียน เทศบาล\nวิทยาลัยขอส่งหนังสือตามแนบ\n", "วิทยาลัย <office@tech.example.ac.th>", letter
    )
    assert case.fields["full_name"] == "ว่าที่ร.ต.ชยพล มั่นคง"


def test_a_bare_signature_is_the_ranked_name_of_her_first_mail() -> None:
    assert _titled("ร.ต.อ.หญิงสุดา แก้วใส", "สุดา แก้วใส")
    assert _titled("ว่าที่ร.ต.สมปอง ธรรมวโร", "สมปอง ธรรมวโร")
    assert not _titled("นายสมปอง ธรรมวโร", "สมปอง ธรรมดี")


def test_a_clerks_own_name_is_hers_with_her_rank_or_without() -> None:
    assert name_key("ว่าที่ร.ต.หญิงวิภา ดีมาก") == name_key("วิภา ดีมาก")
    assert name_key("ดร.วิภา ดีมาก") == name_key("นางวิภา ดีมาก")


FATHER_ID = "3940100456789"  # made up, valid check digit
SON_ID = "1100700567892"  # made up, valid check digit


def test_a_son_asks_for_his_father_named_by_his_rank() -> None:
    """A son writes for his father, a retired police sergeant named with his rank and ID
    (set 76's kin rule took civil titles only: the father went unread, the son's own name
    taken)."""
    msg = EmailMessage()
    msg["From"] = "Anan <anan.l@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(
        f"เรียน นายอำเภอ\n\nผม นายอนันต์ ลาเต๊ะ เลขบัตร {SON_ID} ทำงานอยู่กรุงเทพฯ\n"
        "ขอความอนุเคราะห์จัดรถรับส่งให้บิดาของผม คือ ด.ต.สมาน ลาเต๊ะ "
        f"เลขประจำตัวประชาชน {FATHER_ID} อยู่บ้านเลขที่ 9 หมู่ 2 ตำบลตะลุโบะ อำเภอเมืองปัตตานี "
        "จังหวัดปัตตานี 94000\nเนื่องจากบิดาเดินไม่สะดวกครับ\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == "ด.ต.สมาน ลาเต๊ะ"
    assert case.fields["national_id"] == FATHER_ID
