"""A town's e-service mails its notice of a citizen's request from the town's own domain,
with a footer between dashes under the form ("-- อีเมลนี้ส่งจากระบบอัตโนมัติ ... สอบถามโทร
... --"). The footer is no marker of a forward (nothing is forwarded under it): the form
above is the citizen's, not a clerk's note, and her mobile is read; the desk's line in the
footer is not hers. Names and numbers invented; the ID with its check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _check(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


def _notice(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "e-Service <noreply@nakhonnan.go.th>"
    msg["To"] = "saraban@nakhonnan.go.th"
    msg["Subject"] = "[e-Service] คำร้องใหม่"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_footer_between_dashes_is_no_forward_marker() -> None:
    nid = _check("155010033417")
    case = _notice(
        "ระบบได้รับคำร้องออนไลน์ รายละเอียดดังนี้\n\n"
        "ชื่อ-นามสกุลผู้ยื่น : นางสาวอำไพ ใจบุญ\n"
        f"เลขประจำตัวประชาชน : {nid}\n"
        "ที่อยู่ : 5 หมู่ที่ 2 ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000\n"
        "โทรศัพท์มือถือ : 0935120448\n"
        "รายละเอียดคำขอ : ขอใช้ลานกีฬา\n\n"
        "-- อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ สอบถามโทร 054-710-233 --\n"
    )
    assert case.fields.get("full_name") == "นางสาวอำไพ ใจบุญ"
    assert case.fields.get("phone") == "+66935120448"
