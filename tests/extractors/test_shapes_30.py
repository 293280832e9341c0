"""Unit tests for the shapes blind set 30 (values that look like the fields but belong to
something else) found the readers missing (issue 8): each names the way a request is
written that it covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_case(text: str, subject: str = "แจ้งเหตุ") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_one_who_reports_is_named_under_phu_raai_ngaan() -> None:
    # A report's own word for its writer (ผู้รายงาน), after the event's lines.
    case = read_case(
        "แบบรายงานน้ำท่วมขัง\n"
        "วันที่เกิดเหตุ 3/10/2569\n"
        "ความเสียหาย น้ำท่วมถนนในหมู่บ้าน\n\n"
        "ชื่อผู้รายงาน นางสาวมาลัย ดอกแก้ว  อายุ 41 ปี\n"
        "ที่อยู่ 40 หมู่ที่ 7 ตำบลท่าวังผา อำเภอท่าวังผา จังหวัดน่าน 55140\n"
        "โทรศัพท์ 089-310-4471\n"
    )
    assert case.fields.get("full_name") == "นางสาวมาลัย ดอกแก้ว"


def test_the_home_address_label_is_read_after_a_workplace_and_an_event_place() -> None:
    # "ที่อยู่ที่บ้าน" (the address at home) is the applicant's; where it happened and
    # where the applicant works are not, and their postal codes must not stand in.
    case = read_case(
        "สถานที่เกิดเหตุ หน้าโรงเรียน 9 ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000\n"
        "ผู้แจ้ง นายวิชาญ ปัญญาดี\n"
        "สถานที่ทำงาน โรงพยาบาลน่าน 1 ถนนวรวิชัย ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000\n"
        "ที่อยู่ที่บ้าน 12 หมู่ที่ 4 ตำบลศรีภูมิ อำเภอท่าวังผา จังหวัดน่าน 55140\n"
        "มือถือ 086-442-1907\n"
    )
    assert (case.fields.get("address") or "").startswith("12 หมู่ที่ 4 ตำบลศรีภูมิ")
    assert case.fields.get("postal_code") == "55140"
