"""A birth date a Thai abroad writes the way the country he lives in does (set 79): after
生年月日, 出生日期, 생년월일 or "date of birth" in a Thai sentence, as "1999/11/03",
"1999年11月3日" or "3 November 1999"."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.thai import parse_date

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def test_a_date_written_year_month_day_in_han() -> None:
    assert parse_date("1999年11月3日") == dt.date(1999, 11, 3)
    assert parse_date("1999年13月3日") is None


def born(words: str) -> str | None:
    text = (
        "เรียน นายทะเบียน\n\nดิฉัน นางสาวรัชนี ดวงแก้ว นักศึกษาที่โอซาก้า "
        f"{words} ขอสำเนาทะเบียนบ้านค่ะ โทร 081-552-7788\n"
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาทะเบียนบ้าน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields.get("birth_date")


@pytest.mark.parametrize(
    "words",
    [
        "生年月日 1999/11/03",
        "生年月日 1999年11月3日",
        "出生日期：1999-11-03",
        "date of birth 3 November 1999",
        "DOB November 3, 1999",
    ],
)
def test_a_birth_date_written_abroad(words: str) -> None:
    assert born(words) == "1999-11-03"


def test_a_date_without_birth_words_is_no_birth_date() -> None:
    assert born("ส่งเอกสารภายใน 2026/12/20") is None
