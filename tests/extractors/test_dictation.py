"""Unit tests for what blind set 78 showed (issue 8): requests dictated to a phone's voice
typing. Its spoken commands ("เว้นวรรค", "ขึ้นบรรทัดใหม่") left in as words mean the space
and the line break the speaker asked for; numbers said partly in words beside digits
("ศูนย์แปดเก้า 552 7310") are those numbers. Examples written afresh, not the set's."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.dictation import as_dictated
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.thai import spoken_digits_to_arabic

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอซ่อมถนน"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_spoken_commands_are_the_space_and_the_line_break() -> None:
    assert as_dictated("ชื่อนายสมหมาย เว้นวรรค ดวงดี ขึ้นบรรทัดใหม่ โทร 0") == ("ชื่อนายสมหมาย ดวงดี\nโทร 0")
    assert as_dictated("เรียนนายก ขึ้นบรรทัดใหม่\nผมชื่อ") == "เรียนนายก\nผมชื่อ"
    # the words inside other words, or said of spacing itself, are kept
    assert as_dictated("กรุณาเว้นวรรคให้ถูก") == "กรุณาเว้นวรรคให้ถูก"


def test_a_surname_after_a_spoken_space_is_the_surname() -> None:
    case = read(
        "สวัสดีครับ ผมชื่อนายวิชัย เว้นวรรค ทองสุข ขึ้นบรรทัดใหม่\n"
        "เบอร์โทร 0863317720 ขึ้นบรรทัดใหม่\nขอให้มาซ่อมถนนหน้าบ้านครับ\n"
    )
    assert case.fields.get("full_name") == "นายวิชัย ทองสุข"


def test_digits_said_in_words_beside_typed_digits() -> None:
    assert spoken_digits_to_arabic("โทร 089 สองสองศูนย์ 7431") == "โทร 089 220 7431"
    assert spoken_digits_to_arabic("โทร ศูนย์หกสาม 5521907") == "โทร 063 5521907"
    assert spoken_digits_to_arabic("บัตร หนึ่ง 499100237715") == "บัตร 1 499100237715"
    # too few or too many digits for a phone or an ID: words kept
    assert spoken_digits_to_arabic("ซอย 5 สองหลัง") == "ซอย 5 สองหลัง"
    assert spoken_digits_to_arabic("ปี 2560 หนึ่ง 23") == "ปี 2560 หนึ่ง 23"


def test_a_phone_and_an_id_dictated_half_in_words_are_read() -> None:
    case = read(
        "เรียนเจ้าหน้าที่ ขึ้นบรรทัดใหม่\nผมชื่อนายวิชัย ทองสุข ขึ้นบรรทัดใหม่\n"
        "เลขบัตรประชาชน หนึ่งสี่เก้า 9100237714 ขึ้นบรรทัดใหม่\n"
        "เบอร์โทร 089 สองสองศูนย์ 7431 ขึ้นบรรทัดใหม่\nขอให้มาซ่อมถนนครับ\n"
    )
    assert case.fields.get("phone") == "+66892207431"
    assert case.fields.get("national_id") == "1499100237714"


def test_a_birth_date_said_after_its_words_twice() -> None:
    # a speaker repeats "วันที่" ("เกิดวันที่ วันที่ 3 เดือน...") and the dictation keeps both
    case = read(
        "ผมชื่อ นายวิชัย ทองสุข เว้นวรรค เกิดวันที่ วันที่ 3 เดือนมีนาคม พ.ศ. 2501 ขึ้นบรรทัดใหม่\nขอให้มาซ่อมถนนครับ\n"
    )
    assert case.fields.get("birth_date") == "1958-03-03"
