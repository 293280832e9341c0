"""Unit tests for what blind set 78 showed (issue 8): requests typed on phones by people
who type little, as bare lines with no labels. Examples written afresh, not the set's."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(body: str, *, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Somsri <somsri.kw@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Re: ขอข้อมูลลงทะเบียน"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_offices_sample_in_the_quote_is_never_the_reply_of_bare_lines() -> None:
    # She answers the office's mail with bare lines above its quote; the quote's sample
    # (its made-up name and ID, the office's own line) is the office's words.
    body = (
        "นางสมศรี แก้ววงศ์\n3 650200411879\nเกิด 4 ตุลาคม 2503\n"
        "19 ม.2 ต.บ้านกร่าง อ.เมืองพิษณุโลก จ.พิษณุโลก 65000\n08 6-214 77 05\n\n"
        "เมื่อ อ. 1 ธ.ค. 2569 10:15 งานทะเบียน <saraban@example.go.th> เขียนว่า:\n"
        "> กรุณาส่งข้อมูลตามตัวอย่าง\n> ชื่อ นายสมมุติ ตัวอย่าง\n"
        "> เลขบัตร 1100200000010\n> เกิด 1 มกราคม 2500\n> โทร 055-241-660\n"
    )
    case = read(body)
    assert case.fields.get("full_name") == "นางสมศรี แก้ววงศ์"
    assert case.fields.get("national_id") == "3650200411879"
    assert case.fields.get("phone") == "+66862147705"


def test_a_bare_date_line_among_her_bare_lines_is_her_birth_date() -> None:
    # The clerk asked for name, ID, birth date, address and phone; she answers each on a
    # line of its own with no label: the date alone among her ID and phone is her birth.
    for typed, iso in (("วันที่ 21 เดือนสิงหาคม พ.ศ. 2499", "1956-08-21"),
                       ("21 สิงหาคม 2499", "1956-08-21")):  # fmt: skip
        body = (
            f"นางสมศรี แก้ววงศ์\n3-6502-00411-87-9\n{typed}\n"
            "19 ม.2 ต.บ้านกร่าง อ.เมืองพิษณุโลก จ.พิษณุโลก 65000\n086-214-7705\nได้ค่ะ\n\n"
            "เมื่อ 1 ธ.ค. 2569 เวลา 10:15 นางสาวสุดา ใจงาม <suda@example.go.th> เขียนว่า:\n"
            "> ขอชื่อ เลขบัตร วันเกิด ที่อยู่ และเบอร์โทรค่ะ\n"
        )
        assert read(body).fields.get("birth_date") == iso
    # a letter's date alone on a line, no ID or phone beside it, is no birth date
    body = "3 ธันวาคม 2569\nเรียน นายก\nขอให้ซ่อมไฟถนนหน้าบ้าน\nนางสมศรี แก้ววงศ์\n"
    assert read(body).fields.get("birth_date") is None


def test_a_birth_date_after_its_words_typed_without_the_tone_mark() -> None:
    # "เกิดวันที" for เกิดวันที่: the tone mark a phone's keyboard hides behind a long press
    body = "ดิฉัน นางสมศรี แก้ววงศ์ เลขบัตร 3-6502-00411-87-9 เกิดวันที 21 สิงหาคม 2499\n"
    assert read(body).fields.get("birth_date") == "1956-08-21"


def test_a_line_chat_whose_tabs_became_spaces_is_read_as_a_chat() -> None:
    # LINE's saved chat ("09:16<TAB>speaker<TAB>message") forwarded inside a mail's HTML
    # comes out with spaces for its tabs: the word after each time is the speaker.
    chat = (
        "3 ธ.ค. 2569\n"
        "08:02 ยายบุญมี หลานช่วยส่งให้อบต.ที\n"
        "08:03 ยายบุญมี นางบุญมี ศรีสวัสดิ์\n"
        "08:03 ยายบุญมี 3-6502-00411-87-9\n"
        "08:04 ยายบุญมี วันที่ 21 เดือนสิงหาคม พ.ศ. 2499\n"
        "08:05 ยายบุญมี เบอร์ยาย 086-214-7705\n"
        "08:07 นายภูมิ ได้ครับยาย\n"
    )
    body = (
        "เรียนเจ้าหน้าที่ ส่งเรื่องแทนยายครับ\nติดต่อกลับ นายภูมิ ศรีสวัสดิ์ โทร 0917740215\n\n"
        "---------- Forwarded message ---------\nจาก: LINE <no-reply@line.me>\n\n" + chat
    )
    case = read(body)
    assert case.fields.get("full_name") == "นางบุญมี ศรีสวัสดิ์"
    assert case.fields.get("birth_date") == "1956-08-21"


def test_an_address_after_its_caption_with_a_slipped_letter() -> None:
    # "บ้านเลยที่" for บ้านเลขที่: autocorrect put one letter for another in the caption
    body = (
        "เรียนเจ้าหน้าที่\nดิฉัน นางสมศรี แก้ววงศ์ โทร 086-214-7705\n"
        "บ้านเลยที่ 19 ม.2 ต.บ้านกร่าง อ.เมืองพิษณุโลก จ.พิษณุโลก 65000\nขอถังขยะค่ะ\n"
    )
    address = read(body).fields.get("address") or ""
    assert address.startswith("19 ม.2 ต.บ้านกร่าง อ.เมืองพิษณุโลก")
