"""Unit tests for the shape blind set 27 found the readers missing (issue 8): the form
typed twice in one mail, the second copy announced as the corrected one. Examples written
afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3101700456788"  # check digit valid (mod 11)


def read_case(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอหนังสือรับรอง"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def form(phone: str) -> str:
    return (
        "ชื่อ-สกุล: นายอนุชา แก้วมณี\n"
        f"เลขประจำตัวประชาชน: {OWN_ID}\n"
        f"โทรศัพท์: {phone}\n"
        "ที่อยู่: 55 หมู่ 2 ตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา 30000\n"
    )


@pytest.mark.parametrize(
    "between",
    [
        "ขอโทษครับ เบอร์โทรพิมพ์ผิด แก้ไขใหม่ตามนี้ครับ",
        "พิมพ์ผิดไปค่ะ ขอแก้ไขตามนี้นะคะ",
        "แก้ไขข้อมูลตามด้านล่างนี้ครับ",
        "ขออภัยครับ พิมพ์หมายเลขโทรศัพท์ผิด ส่งใหม่อีกครั้งครับ",
    ],
)
def test_a_form_typed_again_below_a_line_saying_it_is_corrected_wins(between: str) -> None:
    """The first copy's phone has a slip; a short line says the values below are the
    corrected ones ("แก้ไขใหม่ตามนี้"): the second copy's phone is taken."""
    case = read_case(f"เรียน เจ้าหน้าที่\n\n{form('081-455-2093')}\n{between}\n\n"
                     f"{form('081-455-2693')}\nขอบคุณครับ\n")  # fmt: skip
    assert case.fields["phone"] == "+66814552693"


def test_a_request_to_mend_something_as_follows_corrects_no_field() -> None:
    """ "ขอให้แก้ไขท่อระบายน้ำตามนี้" asks the agency to mend a drain: the one form's values
    stand, unflagged by any correction."""
    detail = "รายละเอียด: ขอให้แก้ไขท่อระบายน้ำหน้าบ้านที่อุดตันตามรูปที่แนบมานี้ครับ"
    case = read_case(f"{form('081-455-2093')}\n{detail}\n")
    assert case.fields["phone"] == "+66814552093"


def test_an_offender_named_below_a_line_about_wrongdoing_corrects_nothing() -> None:
    """ "ขอร้องเรียนผู้กระทำผิดดังนี้" introduces someone else's details, not a corrected
    form: the complainant's phone above stands."""
    text = (
        f"{form('081-455-2093')}\nขอร้องเรียนผู้กระทำผิดดังนี้ครับ\n"
        "ชื่อ-สกุล: นายสุเมธ ทองคำ\nโทรศัพท์: 086-330-1947\n"
    )
    assert read_case(text).fields["phone"] == "+66814552093"
