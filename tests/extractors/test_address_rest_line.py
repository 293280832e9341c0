"""An address typed on one line (a CV's contact line, a letter's block) that the page's
wrap cut: its rest (district, province, postal code) alone on the next line goes on with
it; a next line holding anything else does not. And an application form's address caption
"ที่อยู่ปัจจุบันที่ติดต่อได้สะดวก" over its dot leaders. Examples written afresh."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.address_rest_line import is_rest_of_address
from extractors.base import ExtractedCase
from extractors.body_form import parse_label_line
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_case(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "sirirat.kp@example.com"
    msg["To"] = "personnel@example.go.th"
    msg["Subject"] = "สมัครงาน"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize(
    "head,line,rest",
    [
        ("88 หมู่ 3 ตำบลบ้านเป็ด", "อำเภอเมืองขอนแก่น จ.ขอนแก่น 40000", True),
        ("7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น", "ขอนแก่น 40260", True),
        ("7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น", "จังหวัดขอนแก่น", True),
        ("7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น", "40260", True),
        ("7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น", "ข้อมูลส่วนตัว", False),  # a heading
        ("7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น", "เงินเดือน 15000", False),  # no province
        ("7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น", "อำเภอพล จ.ขอนแก่น 40120", False),  # a second
        ("7/4 ม.9 ต.ท่าพระ อ.เมือง ขอนแก่น 40260", "ขอนแก่น 40260", False),  # whole above
        ("88 หมู่ 3 ตำบลบ้านเป็ด", "ขอนแก่น 40000", False),  # no district anywhere
    ],
)
def test_a_line_is_the_rest_only_when_it_holds_nothing_else(
    head: str, line: str, rest: bool
) -> None:
    assert is_rest_of_address(head, line) is rest


def test_a_contact_line_cut_after_the_subdistrict() -> None:
    case = read_case(
        "นางสาวศิริรัตน์ แก้วประเสริฐ\n"
        "081-227-5590 | sirirat.kp@example.com | 88 หมู่ 3 ตำบลบ้านเป็ด\n"
        "อำเภอเมืองขอนแก่น จ.ขอนแก่น 40000\n\n"
        "การศึกษา\n2566 ปริญญาตรี บริหารธุรกิจ\n"
    )
    assert case.fields["address"] == "88 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จ.ขอนแก่น 40000"
    assert case.fields["postal_code"] == "40000"
    assert case.fields["province"] == "ขอนแก่น"


def test_a_contact_line_cut_before_the_province() -> None:
    case = read_case(
        "นายธนกร บุญเรือง\n"
        "092-448-1063 | thanakorn.br@example.com | 7/4 ม.9 ต.ท่าพระ อ.เมืองขอนแก่น\n"
        "ขอนแก่น 40260\n\n"
        "ประสบการณ์ทำงาน\n2565 - ปัจจุบัน พนักงานขาย\n"
    )
    assert case.fields["postal_code"] == "40260"
    assert case.fields["province"] == "ขอนแก่น"
    assert (case.fields["address"] or "").endswith("ขอนแก่น 40260")


def test_an_application_forms_caption_how_one_is_reached() -> None:
    labels = matcher_for(TEMPLATES)
    found = parse_label_line(
        "4. ที่อยู่ปัจจุบันที่ติดต่อได้สะดวก ......19 ม.2 ต.โนนทอง อ.เมืองเลย จ.เลย 42000......",
        labels,
    )
    assert found is not None and found.key == "address"
    assert found.value == "19 ม.2 ต.โนนทอง อ.เมืองเลย จ.เลย 42000"
