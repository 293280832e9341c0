"""An office that sends a request for someone (a drafting office for an owner, a travel
agent for a pilgrim, a foundation for a villager) signs it, or heads it, with its own
line: that number is the office's, never the applicant's, so it is never taken unflagged.
The applicant's own number in her own signature stays hers. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.intermediary_office import office_block_lines
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(text: str, *, html: bool = False) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Office <office@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งคำขอ"
    if html:
        msg.set_content(text, subtype="html")
    else:
        msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def looked_at(case: ExtractedCase, key: str) -> bool:
    return bool(case.issues.get(key)) or case.fields.get(key) is None


AGENT_SENDS = (
    "เรียน หัวหน้าฝ่ายทะเบียน\n\n"
    "บริษัท ลำปางการช่าง จำกัด ขอส่งคำขอของลูกค้า ดังนี้\n"
    "ผู้ขอ: นางพิมพ์ลดา ศรีวงศ์\nเลขประจำตัวประชาชน: 1509900123458\n"
    "ที่อยู่: 41 หมู่ 7 ตำบลพิชัย อำเภอเมืองลำปาง จังหวัดลำปาง 52000\n\n"
    "หากขาดเอกสารใดโปรดแจ้งบริษัทโดยตรง\n\n"
    "นายกิตติพัฒน์ บุญมา\nบริษัท ลำปางการช่าง จำกัด\n99 ถนนพหลโยธิน ลำปาง 52000\nโทร 054-318-226\n"
)


def test_the_sending_offices_line_in_its_signature_is_not_the_applicants() -> None:
    case = read_body(AGENT_SENDS)
    assert case.fields.get("full_name") == "นางพิมพ์ลดา ศรีวงศ์"
    assert looked_at(case, "phone"), case.fields.get("phone")


FOUNDATION_HEAD = (
    "มูลนิธิรักษ์ลุ่มน้ำโขง\n18 ถนนชยางกูร อำเภอเมือง จังหวัดมุกดาหาร 49000\nโทร 042-611-935\n\n"
    "เรื่อง ขอความอนุเคราะห์ออกหนังสือรับรอง\nเรียน นายอำเภอเมืองมุกดาหาร\n\n"
    "ด้วยมูลนิธิขอความอนุเคราะห์ออกหนังสือรับรองให้ นายสมบัติ แก้วมณี เลขประจำตัวประชาชน "
    "1490100234567 อยู่บ้านเลขที่ 5 หมู่ 2 ตำบลบางทรายใหญ่ อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000\n\n"
    "ขอแสดงความนับถือ\n\n(นางวาสนา ทองดี)\nผู้ประสานงาน\n"
)


def test_a_foundations_letterhead_line_is_not_the_villagers() -> None:
    case = read_body(FOUNDATION_HEAD)
    assert looked_at(case, "phone"), case.fields.get("phone")


OWN_SIGNATURE = (
    "เรียน เจ้าหน้าที่\n\nข้าพเจ้า นางสาวอรุณี มีสุข ขอคัดสำเนาทะเบียนบ้าน 1 ฉบับ\n\n"
    "ขอบคุณค่ะ\n\nอรุณี มีสุข\nฝ่ายบัญชี บริษัท สยามค้าไม้ จำกัด\nโทร 02-718-4432\n"
)


def test_the_applicants_own_work_signature_stays_hers() -> None:
    case = read_body(OWN_SIGNATURE)
    assert case.fields.get("phone") in ("+6627184432", "027184432")
    assert not case.issues.get("phone")


def test_the_blocks_lines() -> None:
    lines = list(enumerate(AGENT_SENDS.splitlines(), start=1))
    assert office_block_lines(lines) == {10, 11, 12, 13}
    lines = list(enumerate(OWN_SIGNATURE.splitlines(), start=1))
    assert office_block_lines(lines) == set()


def test_a_head_with_no_blank_line_under_it() -> None:
    """A PDF's text keeps no blank line: the head ends at the line opening the body."""
    text = [
        "มูลนิธิรักษ์ลุ่มน้ำโขง", "โทร 042-611-935", "3 มีนาคม 2569", "เรื่อง ขอหนังสือรับรอง",
        "เรียน นายอำเภอ", "ขอความอนุเคราะห์ให้ นายสมบัติ แก้วมณี", "ขอแสดงความนับถือ",
        "(นางวาสนา ทองดี)",
    ]  # fmt: skip
    assert office_block_lines(list(enumerate(text, start=1))) == {1, 2, 3}
