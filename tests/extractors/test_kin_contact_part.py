"""A part headed for a contact with a kin note ("ข้อมูลผู้ติดต่อ (ลูกสาว)", "ผู้ติดต่อ
(หลาน)"): the kin who writes or is called for the one the request is for. Her own home
and mobile under it are hers, never read over the applicant's part (set behind as a
proxy's). Names, numbers and places invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.review import REVIEW_BELOW
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
FATHER = with_check_digit("320040011873")
DAUGHTER = with_check_digit("132040077215")


def _read(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Supaporn <supaporn.kt@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับผ้าอ้อมผู้ใหญ่ให้คุณพ่อ"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_kin_contacts_home_is_not_the_fathers() -> None:
    case = _read(
        "เรียน เจ้าหน้าที่\n\nดิฉันขอลงทะเบียนรับผ้าอ้อมผู้ใหญ่ให้คุณพ่อค่ะ\n\n"
        f"ข้อมูลผู้สูงอายุ\nชื่อ นายสุวิทย์ เกตุทอง\nเลขบัตรประชาชน {FATHER}\n"
        "ที่อยู่ 31 หมู่ 5 ตำบลหนองแวง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n\n"
        f"ข้อมูลผู้ติดต่อ (ลูกสาว)\nนางสาวสุภาภรณ์ เกตุทอง\nเลขบัตรประชาชน {DAUGHTER}\n"
        "ที่อยู่ 88/14 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร 10240\n"
        "โทร 089-661-2047\n\nขอบคุณค่ะ\n"
    )
    assert case.fields.get("full_name") == "นายสุวิทย์ เกตุทอง"
    assert case.fields.get("postal_code") == "32000"
    assert case.fields.get("province") == "สุรินทร์"
    assert not case.fields.get("phone") or case.confidence.get("phone", 0) < REVIEW_BELOW


def test_a_writer_naming_her_son_as_contact_keeps_her_own_home() -> None:
    case = _read(
        "เรียน เจ้าหน้าที่\n\nขอรับการตรวจสุขภาพที่บ้านค่ะ\n\n"
        f"ชื่อ นางบัวลอย เกตุทอง\nเลขบัตรประชาชน {FATHER}\n"
        "ที่อยู่ 31 หมู่ 5 ตำบลหนองแวง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n"
        "โทร 081-220-4519\n\nผู้ติดต่อ (บุตร) นายวีระ เกตุทอง โทร 089-661-2047\n"
    )
    assert case.fields.get("full_name") == "นางบัวลอย เกตุทอง"
    assert case.fields.get("phone") == "+66812204519"
    assert case.fields.get("postal_code") == "32000"
