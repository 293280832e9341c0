"""A relative who only types an elder's request ("หลานพิมพ์ให้ตานะครับ", "ลูกพิมพ์แทนแม่")
and then names her by the same kin word ("ตาชื่อ นาย...", "แม่ชื่อ นาง..."): the request is
the elder's, as sets 31/63/78 ruled where a relative writes for her; the typist's name
under her signature is not the applicant's. Where the writer asks for herself and only
mentions her mother's name, she stays the applicant. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(text: str, sender: str = "Pakin <pakin.k@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาเอกสาร"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_elder_named_by_the_kin_word_the_typist_used() -> None:
    case = _mail(
        "เรียน ปลัดเทศบาล\n\n"
        "หลานพิมพ์ให้ตานะครับ ตาชื่อ นายสมบูรณ์ แก้วใส อายุ 82 ปี\n"
        "เลขบัตรตา 3500500128430\n"
        "บ้านตาอยู่ 12 หมู่ 4 ตำบลสันทราย อำเภอพร้าว จังหวัดเชียงใหม่ 50190\n\n"
        "ตาขอสำเนาทะเบียนบ้านหนึ่งฉบับครับ\n\n"
        "--\nนายภาคิน แก้วใส (หลาน)\nโทร 093-118-4402\n"
    )
    assert case.fields.get("full_name") == "นายสมบูรณ์ แก้วใส"
    assert case.fields.get("national_id") == "3500500128430"


def test_a_writer_who_names_her_mother_asks_for_herself() -> None:
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "ดิฉันชื่อ นางสาวมยุรี ทองดี เลขบัตร 1103700445218\n"
        "ขอสำเนาสูติบัตรของดิฉันค่ะ แม่ชื่อ นางจันทร์ ทองดี\n\n"
        "ขอบคุณค่ะ\nมยุรี\n",
        sender="Mayuree <mayuree.t@example.com>",
    )
    assert case.fields.get("full_name") == "นางสาวมยุรี ทองดี"


def test_a_typist_for_one_kin_who_names_another_is_no_proof() -> None:
    # she types for her grandmother; her father named is not whom the request is for
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "หนูพิมพ์แทนยายค่ะ ยาย นางบุญเรือง ใจงาม เลขบัตร 3500500128430\n"
        "พ่อชื่อ นายสมศักดิ์ ใจงาม เป็นคนพายายไปรับเอกสาร\n\n"
        "--\nนางสาวปรียา ใจงาม\n"
    )
    assert case.fields.get("full_name") != "นายสมศักดิ์ ใจงาม"
