"""A firm's mail from its own box, signed by its staff: "โทร <the firm's line> ต่อ <ext> |
มือถือ <her mobile>". The request is the firm's (sets 56/105): its line, not the mobile of
the one who types for it. A person's own mail signed so keeps her mobile (mobile_first).
Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


FIRMS = (
    "บริษัท ลำปางเซรามิกส์ จำกัด สำนักงานเลขที่ 61 ถนนพหลโยธิน ตำบลสบตุ๋ย "
    "อำเภอเมืองลำปาง จังหวัดลำปาง 52100 ขอให้ออกใบเสร็จรับเงินภาษีป้ายใหม่ในนามบริษัท"
)
HERS = (
    "ดิฉัน นางสาวพิมพ์ชนก ใจงาม อยู่บ้านเลขที่ 8 ถนนพหลโยธิน ตำบลสบตุ๋ย อำเภอเมืองลำปาง "
    "จังหวัดลำปาง 52100 ขอให้ออกใบเสร็จรับเงินภาษีป้ายร้านของดิฉันใหม่"
)


def _mail(sender: str, body: str = FIRMS) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "revenue@town.example.go.th"
    msg["Subject"] = "ขอใบเสร็จใหม่"
    msg.set_content(
        f"เรียน กองคลัง\n\n{body}\n\n"
        "ขอแสดงความนับถือ\nนางสาวพิมพ์ชนก ใจงาม\nฝ่ายบัญชี\nบริษัท ลำปางเซรามิกส์ จำกัด\n"
        "โทร 054-226-118 ต่อ 21 | มือถือ 089-441-2376\n"
    )
    return bytes(msg)


def test_a_firms_mail_gives_its_line() -> None:
    case = extract_case(
        parse_message(_mail("บริษัท ลำปางเซรามิกส์ จำกัด <account@lpceramic.example.co.th>")),
        TEMPLATES,
    )
    assert case.fields.get("phone") == "+6654226118"


def test_a_persons_own_mail_gives_her_mobile() -> None:
    case = extract_case(
        parse_message(_mail("Pimchanok J. <pimchanok.j@example.com>", HERS)), TEMPLATES
    )
    assert case.fields.get("phone") == "+66894412376"
