"""A number a letter gives for the one to contact in the writer's stead: an elder with
no phone of her own asks the office to call her son or grandchild, whose ID and mobile the
page's width carried onto the line under his name ("... ขอให้ติดต่อบุตรชาย คือ นาย<him>" /
"เลขประจำตัวประชาชน ... โทร 08..."). The number is his (set 37: phone `()`, or at least
not hers unflagged); the writer's own details so wrapped stay hers. Names, numbers and
places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.review import REVIEW_BELOW
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Somkiat <somkiat.wd@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "หนังสือของคุณพ่อ ขอรับเบี้ยยังชีพ"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _letter(closing_line: str, under: str) -> str:
    own = with_check_digit("341020015527")
    return (
        "เรียน นายกองค์การบริหารส่วนตำบลหนองบัว\n\n"
        f"     ข้าพเจ้า นายทองใบ วงศ์ดี เลขประจำตัวประชาชน {own} อยู่บ้านเลขที่ 27 หมู่ 6\n"
        "     ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ขอรับการตรวจสุขภาพที่บ้าน\n"
        f"{closing_line}\n{under}\n\n"
        "     ขอแสดงความนับถือ\n     (นายทองใบ วงศ์ดี)\n"
    )


def test_the_mobile_of_the_one_to_contact_is_not_the_writers_unflagged() -> None:
    son = with_check_digit("341020077124")
    case = _read(
        _letter(
            "     ทั้งนี้ ข้าพเจ้าไม่มีโทรศัพท์ ขอให้ติดต่อบุตรชาย คือ นายสมเกียรติ วงศ์ดี",
            f"     เลขประจำตัวประชาชน {son} โทร 089-552-4107",
        )
    )
    phone = case.fields.get("phone")
    assert phone is None or case.confidence.get("phone", 1.0) < REVIEW_BELOW


def test_the_writers_own_details_wrapped_under_her_name_stay_hers() -> None:
    own = with_check_digit("341020015527")
    case = _read(
        "เรียน นายกองค์การบริหารส่วนตำบลหนองบัว\n\n"
        "     ขอรับการตรวจสุขภาพที่บ้าน โดยข้าพเจ้าผู้ยื่นคำร้อง คือ นายทองใบ วงศ์ดี\n"
        f"     เลขประจำตัวประชาชน {own} โทร 089-552-4107\n\n"
        "     ขอแสดงความนับถือ\n     (นายทองใบ วงศ์ดี)\n"
    )
    assert case.fields.get("phone") == "+66895524107"
    assert case.confidence.get("phone", 0.0) >= REVIEW_BELOW
