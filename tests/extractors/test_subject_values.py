"""A request typed into the Subject line on a phone, the body only its signature."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.review import REVIEW_BELOW
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def subject_mail(subject: str, body: str = "ตามหัวเรื่อง\n\nส่งจาก iPhone ของฉัน\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Chayaphon <chayaphon.r@example.com>"
    msg["To"] = "saraban@agency.example"
    msg["Subject"] = subject
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize(
    "subject",
    [
        "ขอคัดสำเนาทะเบียนบ้าน นายชยพล เรืองศรี เลขบัตร 1100400123450 โทร 0812345678",
        "แจ้งสุนัขจรจัดกัดเด็ก - นายชยพล เรืองศรี 081-234-5678 บัตร 1-1004-00123-45-0",
        "คำร้องทั่วไป นายชยพล เรืองศรี โทร 0812345678",
        "Re: ขอรับเบี้ยยังชีพ นายชยพล เรืองศรี, เบอร์ 081 234 5678",
    ],
)
def test_a_titled_name_with_her_number_after_it_in_the_subject_is_hers_flagged(
    subject: str,
) -> None:
    case = subject_mail(subject)
    assert case.fields["full_name"] == "นายชยพล เรืองศรี"
    assert case.confidence["full_name"] < REVIEW_BELOW


@pytest.mark.parametrize(
    "subject",
    [
        "ร้องเรียน นายสมชาย ใจดี ทำร้ายร่างกาย",  # a person complained about
        "เรียน นายอำเภอเมือง โทร 0812345678",  # an office, not a name
        "ร้องเรียน นายกเทศมนตรี ไม่ซ่อมถนน 0812345678",
    ],
)
def test_a_name_in_the_subject_without_her_number_after_it_is_no_applicant(subject: str) -> None:
    assert subject_mail(subject).fields.get("full_name") is None


def test_the_bodys_name_wins_over_the_subjects() -> None:
    body = "ชื่อ-นามสกุล: นางมาลี สุขใจ\nโทร 0899990000\n"
    case = subject_mail("คำร้อง นายชยพล เรืองศรี โทร 0812345678", body)
    assert case.fields["full_name"] == "นางมาลี สุขใจ"
