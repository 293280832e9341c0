"""Unit tests for the shapes blind set 32 (one ordinary week of a small agency's inbox)
found the readers missing (issue 8): each names the way a request is written that it
covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_case(text: str, subject: str = "แจ้งเรื่อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_an_address_right_after_the_name_on_one_line_is_read() -> None:
    # A one-line body under a Subject that says the request: name, house, sub-district,
    # district, province and postal code, then the phone; no word says "address".
    case = read_case(
        "นางสาวพรทิพย์ เรือนคำ 27/1 หมู่ 4 ต.บ้านแหง อ.งาว จ.ลำปาง 52110 โทร 086-201-7745\n",
        subject="ขอให้มาซ่อมไฟกิ่งหน้าบ้าน",
    )
    assert (case.fields.get("address") or "").startswith("27/1 หมู่ 4 ต.บ้านแหง อ.งาว")
    assert case.fields.get("postal_code") == "52110"
    assert flagged(case, "address")  # said by no label: a clerk looks


def test_an_address_after_a_bare_yuu_is_read() -> None:
    # "อยู่ 5 ม.2 ..." as a phone's one line says where one lives (not อยู่บ้านเลขที่).
    case = read_case(
        "ขอถังขยะครับ ผมนายเกษม ทองสุก อยู่ 5 ม.2 ตำบลสบปราบ อำเภอสบปราบ จังหวัดลำปาง 52170 "
        "เบอร์ 0891203374\n"
    )
    assert (case.fields.get("address") or "").startswith("5 ม.2 ตำบลสบปราบ อำเภอสบปราบ")


def test_a_line_of_values_parted_by_commas_gives_name_and_address() -> None:
    # Everything on one line, parted by commas: the titled name is a piece alone, the
    # address another (it ends at its comma, not at the phone's).
    case = read_case(
        "แจ้งสุนัขจรจัดค่ะ, นางละเอียด บุญชู, 61 หมู่ที่ 9 ตำบลนาแก อำเภองาว จังหวัดลำปาง 52110, "
        "โทร 093-118-2046\n"
    )
    assert case.fields.get("full_name") == "นางละเอียด บุญชู"
    address = case.fields.get("address") or ""
    assert address.startswith("61 หมู่ที่ 9 ตำบลนาแก อำเภองาว")
    assert "โทร" not in address and "093" not in address


def test_no_address_is_made_of_a_name_and_an_age() -> None:
    # A number after a name that is no house: no sub-district or district follows.
    case = read_case("นายบุญเรือน แก้วใส 67 ปี อยู่ 2 คนกับภรรยา ขอรับเบี้ยยังชีพ โทร 0812093345\n")
    assert case.fields.get("address") is None
