"""Unit tests for the shapes blind set 25 found the readers missing (issue 8): each names
the way people write that it covers, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3450700319680"


def read_case(text: str, *files: tuple[str, bytes, str]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def read(text: str, *files: tuple[str, bytes, str]) -> dict[str, str | None]:
    return read_case(text, *files).fields


def test_an_address_stops_at_a_line_that_is_a_date_alone() -> None:
    """An ID card's text copied by a phone (Google Lens): the address's second line, then
    the card's issue date alone on its line and its label under it. An address holds no
    date: the date and what follows are no part of it."""
    text = (
        "ชื่อ นางวิภา ทองดี\n"
        "ที่อยู่ 12 หมู่ที่ 3 ต.หนองบัว\nอ.เมืองขอนแก่น จ.ขอนแก่น\n"
        "4 มี.ค. 2566\nวันออกบัตร\n4 Mar. 2023\nDate of Issue\n"
    )
    got = read(text)["address"]
    assert got is not None
    assert " ".join(got.split()) == "12 หมู่ที่ 3 ต.หนองบัว อ.เมืองขอนแก่น จ.ขอนแก่น"


def test_an_address_may_still_name_a_month_without_being_a_date() -> None:
    """The stop is a whole line that reads as a date, not a line with a number in it."""
    text = "ที่อยู่ 99/1 ซอยพหลโยธิน 7\nแขวงพญาไท เขตพญาไท กรุงเทพมหานคร 10400\nโทร 081-234-5679\n"
    got = read(text)["address"]
    assert got is not None and "แขวงพญาไท" in got


def test_a_text_attachment_of_any_text_type_is_read_as_text() -> None:
    """A Markdown note (text/markdown), a YAML file: text a person wrote, read as the
    plain text it is rather than left unread."""
    note = f"---\nชื่อ: นางวิภา ทองดี\nเลขประจำตัวประชาชน: {OWN_ID}\nโทร: 081-234-5679\n---\n"
    for mime in ("text/markdown", "text/x-yaml"):
        fields = read("ตามไฟล์แนบค่ะ\n", ("note.md", note.encode(), mime))
        assert fields["national_id"] == OWN_ID, mime
        assert fields["full_name"] == "นางวิภา ทองดี", mime


def test_a_chat_apps_bold_label_ends_where_its_stars_close() -> None:
    """WhatsApp's *bold* around a label and no colon: "*ชื่อ* นาง..."."""
    text = f"*ชื่อ* นางวิภา ทองดี\n*เลขบัตร* {OWN_ID}\n*ที่อยู่* 12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น\n"
    fields = read(text)
    assert fields["full_name"] == "นางวิภา ทองดี"
    assert fields["national_id"] == OWN_ID
    assert fields["address"] == "12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น"


def test_a_struck_value_before_the_new_one_is_taken_back() -> None:
    """~struck~ text (WhatsApp, Telegram, LINE's markdown) before another value on the
    line: the writer's correction, the old phone or a misspelt name."""
    text = "*เบอร์โทร* ~081-111-2222~ 089-765-4321\nชื่อ ~นางวิภา ทองดิ~ นางวิภา ทองดี\n"
    fields = read(text)
    assert fields["phone"] == "+66897654321"
    assert fields["full_name"] == "นางวิภา ทองดี"


def test_tildes_that_strike_nothing_are_left_alone() -> None:
    """A tilde for "about" or a range is no strike."""
    text = "ชื่อ นางวิภา ทองดี\nรายละเอียด ขอรื้อถอนรั้วยาว ~20 เมตร ช่วง 8~10 โมง\n"
    assert "~20 เมตร" in (read(text)["details"] or "")


def test_a_delivery_address_label_is_an_address() -> None:
    """ "ที่อยู่จัดส่ง": the address to send the paper to, as shops' and agencies' forms
    name it."""
    text = (
        "ผู้ยื่นคำร้อง นางวิภา ทองดี\nที่อยู่จัดส่ง 12/3 ซ.รามอินทรา 5 แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร 10220\n"
    )
    got = read(text)["address"]
    assert got is not None and got.startswith("12/3 ซ.รามอินทรา 5")


def test_a_yaml_block_value_is_the_lines_under_its_key() -> None:
    """A note's YAML front matter: "ที่อยู่: >-" and the address indented under it. The
    indicator is no part of the value."""
    note = (
        '---\nชื่อ: "นางวิภา ทองดี"\nที่อยู่: >-\n  12 หมู่ที่ 3 ตำบลหนองบัว\n'
        "  อำเภอเมืองขอนแก่น\nโทร: 081-234-5679\n---\n"
    )
    fields = read("ตามไฟล์แนบ\n", ("note.md", note.encode(), "text/markdown"))
    assert fields["address"] == "12 หมู่ที่ 3 ตำบลหนองบัว อำเภอเมืองขอนแก่น"
    assert fields["phone"] == "+66812345679"
