"""Values an English-writing expat (or his condo's office) gives in a mail (set 82's kind):
a room's label over the whole address, a US-ordered birth date after "DOB"."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_text(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Gareth Price <gareth.price@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "House number certificate"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_rooms_label_over_the_whole_address_gives_the_address() -> None:
    case = read_text(
        "Dear Sir,\n\nOwner: Mr. Gareth Owen PRICE, passport 533018274\n"
        "Unit / ห้องชุด: 88/14 คอนโดสายลม ห้อง 1507 หมู่ 4 ตำบลหนองปรือ อำเภอบางละมุง จ.ชลบุรี 20150\n"
        "Mobile: 081-552-3390\n\nThank you\n"
    )
    assert case.raw_fields.get("address", "").startswith("88/14 คอนโดสายลม ห้อง 1507 หมู่ 4")
    assert case.fields.get("postal_code") == "20150"


def test_a_dob_inside_a_line_is_the_birth_date() -> None:
    case = read_text(
        "Dear Sir,\n\nOwner: Mr. Gareth Owen PRICE (Welsh), passport 533018274, DOB 11/23/1958\n"
        "Mobile: 081-552-3390\n\nThank you\n"
    )
    assert case.fields.get("birth_date") == "1958-11-23"


def test_an_english_ordinal_birth_date_in_a_sentence() -> None:
    from extractors.prose import find_entities

    def born(text: str) -> list[str]:
        return [v for k, v, _, _ in find_entities(text) if k == "birth_date"]

    assert born("I, PRICE, Gareth Owen, born on 2nd May 1961, have lived here.") == ["2nd May 1961"]
    assert born("Gareth Price, born August 3rd, 1959, a Welsh national.") == ["August 3rd, 1959"]
