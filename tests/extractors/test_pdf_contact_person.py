"""A fillable request's line for a contact person or coordinator (ผู้ประสานงาน) beside the
one who asks: his name and mobile box on a row of their own, named so by the form's maker
("โทรผู้ประสานงาน") or only captioned "ผู้ประสานงาน ... โทร ...". His number is another's
(set 37: a contact person's phone; set 99: a council's request to speak, his mobile
taken over the requester's own "โทรศัพท์"), never chosen over hers."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _with_pdf(data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Wanna <wanna.kh@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำขอ"
    msg.set_content("แนบคำขอค่ะ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="request.pdf")
    return bytes(msg)


def _form(names: tuple[str, str, str, str]) -> bytes:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 20, "คำขอเข้าร่วมประชุม"), (20, 40, "ชื่อผู้ขอ"), (20, 50, "โทรศัพท์"),
                (20, 70, "ผู้ประสานงาน"), (120, 70, "โทร")]  # fmt: skip
    own_name, own_phone, contact_name, contact_phone = names
    fields = [Field(own_name, "นางวรรณา ขันทอง", 50, 40, 90),
              Field(own_phone, "089-447-1206", 45, 50, 55),
              Field(contact_name, "นายสมศักดิ์ ปานแก้ว", 50, 70, 65),
              Field(contact_phone, "086-201-5538", 130, 70, 50)]  # fmt: skip
    return acroform(pdf_page(captions, size=12), fields)


@pytest.mark.parametrize(
    "names",
    [("ชื่อผู้ขอ", "โทรศัพท์", "ผู้ประสานงาน", "โทรผู้ประสานงาน"), ("Text1", "Text2", "Text3", "Text4")],
    ids=["named_in_thai", "captioned_only"],
)
def test_the_coordinators_mobile_is_never_the_applicants(names: tuple[str, str, str, str]) -> None:
    case = extract_case(parse_message(_with_pdf(_form(names))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางวรรณา ขันทอง"
    assert case.fields.get("phone") == "+66894471206"
