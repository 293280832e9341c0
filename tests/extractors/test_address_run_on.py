"""An address that runs on to the next line, where the next field's label and value follow
on that same line: a form copied out of a PDF viewer, whose printed lines each end in a
hard break (set 6, pdf_hard_breaks: the address was cut at the break without a flag).
Examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.address_breaks import joined_across_break
from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_case(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้องทั่วไป"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def form(address_lines: str, after: str = "โทรศัพท์ 081-455-2093") -> str:
    return (
        "แบบคำร้องทั่วไป\n"
        "ชื่อ-สกุล นายอนุชา แก้วมณี วันเดือนปีเกิด 3 มีนาคม 2530\n"
        f"ที่อยู่ {address_lines} {after}\n"
        "อีเมล anucha@example.com\n"
    )


@pytest.mark.parametrize(
    "address_lines",
    [
        "55/2 หมู่ 7 ถนนมิตรภาพ ตำบลโพธิ์กลาง\nอำเภอเมือง จังหวัดนครราชสีมา 30310",
        "55/2 หมู่ 7 ถนนมิตรภาพ ตำบลโพธิ์กลาง อำเภอเมือง\nจังหวัดนครราชสีมา 30310",
        "55/2 ม. 7 ถ. มิตรภาพ ต. โพธิ์กลาง\nอ. เมือง จ. นครราชสีมา 30310",
    ],
)
def test_the_run_on_words_before_the_next_label_are_the_address(address_lines: str) -> None:
    case = read_case(form(address_lines))
    address = case.fields["address"] or ""
    assert "30310" in address and "นครราชสีมา" in address
    assert "081" not in address and "โทรศัพท์" not in address
    assert case.fields["phone"] == "+66814552093"


def test_a_break_inside_a_word_leaves_the_address_flagged_or_whole() -> None:
    """ "อำเ|ภอเมือง": the break fell inside a word. The address read must not be the cut
    head shown as sure: either it goes on past the break, or a clerk is asked to look."""
    case = read_case(form("55/2 หมู่ 7 ถนนมิตรภาพ ตำบลโพธิ์กลาง อำเ\nภอเมือง จังหวัดนครราชสีมา 30310"))
    address = case.fields["address"] or ""
    whole = "30310" in address and "นครราชสีมา" in address
    assert whole or case.issues.get("address"), address


def test_a_name_and_phone_under_the_address_are_not_taken_into_it() -> None:
    """ "นางสาวอรอุมา แก้วมณี โทร 089-..." under an address that ended on its own line: a
    contact person's line, no part of the address."""
    body = (
        "ชื่อ-สกุล นายอนุชา แก้วมณี\n"
        "ที่อยู่ 55/2 หมู่ 7 ตำบลโพธิ์กลาง อำเภอเมือง จังหวัดนครราชสีมา 30310\n"
        "ผู้ติดต่อแทน นางสาวอรอุมา แก้วมณี โทร 089-455-2093\n"
    )
    address = read_case(body).fields["address"] or ""
    assert "อรอุมา" not in address and address.endswith("30310")


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("12 ตำบลบ้านใหม่ อำเ", "ภอเมือง", "12 ตำบลบ้านใหม่ อำเภอเมือง"),  # a part's word cut
        ("12 ตำบลโพธิ์ก", "ลาง อำเภอเมือง", "12 ตำบลโพธิ์กลาง อำเภอเมือง"),  # a place's name cut
        ("12 ต. บ้านใหม่ อ. ปากช่", "อง", "12 ต. บ้านใหม่ อ. ปากช่อง"),
    ],
)
def test_a_word_cut_by_the_break_is_joined(head: str, tail: str, joined: str) -> None:
    assert joined_across_break(head, tail) == joined


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("12 ตำบลบางพลี", "อำเภอบางพลี"),  # a whole name ends the line
        ("12 หมู่ 3", "ตำบลโพธิ์กลาง"),  # digits before the break
        ("12 ตำบลบ้านใหม่", "Nakhon Ratchasima"),
        ("99 หมู่บ้านสุขใจ", "ซอย 4"),  # no place's name runs across
    ],
)
def test_a_break_between_words_stays_a_line_end(head: str, tail: str) -> None:
    assert joined_across_break(head, tail) == f"{head}\n{tail}"
