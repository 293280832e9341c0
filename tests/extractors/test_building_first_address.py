"""An address in a sentence that opens with the building, not the house number: "อยู่
หอพัก... ห้อง 304 เลขที่ 59/1 ...", "อาศัยอยู่ที่อาคารชุด... ชั้น 5 ห้อง 502 เลขที่ ...",
"อยู่หมู่บ้าน... เลขที่ ..." (set 40: a student's dormitory, then its house number, was
not read: the sentence's address had to open with a digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(sentence: str) -> dict[str, str | None]:
    text = "\n".join(["เรียน นายกเทศมนตรี", "", sentence, ""])
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


@pytest.mark.parametrize(
    ("where", "address"),
    [
        (
            "หอพักสุขสันต์แมนชั่น ห้อง 212 เลขที่ 88 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น",
            "หอพักสุขสันต์แมนชั่น ห้อง 212 เลขที่ 88 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น",
        ),
        (
            "ที่อาคารชุดบ้านสวนริมน้ำ ชั้น 5 ห้อง 502 เลขที่ 9/9 ต.ในเมือง อ.เมืองขอนแก่น",
            "อาคารชุดบ้านสวนริมน้ำ ชั้น 5 ห้อง 502 เลขที่ 9/9 ต.ในเมือง อ.เมืองขอนแก่น",
        ),
        (
            "หมู่บ้านพฤกษาวิลล์ 3 เลขที่ 55/3 ต.ศิลา อ.เมืองขอนแก่น",
            "หมู่บ้านพฤกษาวิลล์ 3 เลขที่ 55/3 ต.ศิลา อ.เมืองขอนแก่น",
        ),
    ],
    ids=["dormitory", "condominium", "housing_estate"],
)
def test_an_address_opening_with_its_building(where: str, address: str) -> None:
    fields = read(
        f"ข้าพเจ้า นางสาวพิมพ์ชนก แก้วใส อยู่{where} จ.ขอนแก่น 40000 "
        "โทร 0861234567 มีความประสงค์ขอรับการช่วยเหลือ"
    )
    assert " ".join((fields["address"] or "").split()) == address
    assert fields["province"] == "ขอนแก่น"
    assert fields["postal_code"] == "40000"


def test_a_village_said_without_a_number_is_no_address() -> None:
    # "อยู่หมู่บ้านเดียวกัน" (lives in the same village) gives no place to send a letter
    fields = read(
        "ข้าพเจ้า นางสาวพิมพ์ชนก แก้วใส ขอร้องเรียนเพื่อนบ้านซึ่งอยู่หมู่บ้านเดียวกัน เปิดเพลงเสียงดังทุกคืน โทร 0861234567"
    )
    assert fields["address"] is None


@pytest.mark.parametrize(
    ("house_line", "address"),
    [
        (
            "หอพักสุขสันต์แมนชั่น ห้อง 212 เลขที่ 88 ม.3",
            "หอพักสุขสันต์แมนชั่น ห้อง 212 เลขที่ 88 ม.3 ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000",
        ),
        (
            "9/9 อาคารชุดบ้านสวนริมน้ำ อาคาร C ชั้น 5 ห้อง 502 ถนนมิตรภาพ",
            "9/9 อาคารชุดบ้านสวนริมน้ำ อาคาร C ชั้น 5 ห้อง 502 ถนนมิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น"
            " จ.ขอนแก่น 40000",
        ),
    ],
    ids=["dormitory_first", "condominium_after_the_number"],
)
def test_a_letter_heads_address_over_lines_opening_with_its_building(
    house_line: str, address: str
) -> None:
    """The sender's address at a letter's top over lines, as on an envelope (set 40's
    Word and PDF letter heads: a condominium after the number, a dormitory before it)."""
    text = "\n".join(
        [
            house_line,
            "ต.ในเมือง อ.เมืองขอนแก่น",
            "จ.ขอนแก่น 40000",
            "",
            "เรื่อง ขอความอนุเคราะห์",
            "เรียน นายกเทศมนตรี",
            "ข้าพเจ้า นางสาวพิมพ์ชนก แก้วใส ขอรับการช่วยเหลือ โทร 0861234567",
        ]
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert " ".join((fields["address"] or "").split()) == address
    assert fields["postal_code"] == "40000"


def test_an_envelopes_last_line_may_name_bangkok_short() -> None:
    """ "กทม. 10240" closes a Bangkok address over lines, its postal code read (set 40)."""
    text = "\n".join(
        [
            "12/34 อาคารชุดลุมพินีเพลส ชั้น 8 ห้อง 812 ถ.ลาดพร้าว",
            "แขวงจอมพล เขตจตุจักร",
            "กทม. 10900",
            "",
            "เรียน ผู้อำนวยการเขต",
            "ข้าพเจ้า นายวรวุฒิ ทองมา ขอรับการช่วยเหลือ โทร 0861234567",
        ]
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert fields["postal_code"] == "10900"
    assert fields["province"] == "กรุงเทพมหานคร"


def test_an_envelopes_house_line_may_open_with_its_label() -> None:
    """ "เลขที่ 7 ม.2" over "ต.... อ.เมือง" over "จ.... 34000", lines of a signature."""
    text = "\n".join(
        [
            "เรียน เจ้าหน้าที่",
            "ขอรับแบบแจ้งรายการภาษีป้ายค่ะ",
            "",
            "นางสาวจันทร์เพ็ญ ศรีทอง",
            "เลขที่ 7 ม.2",
            "ต.แจระแม อ.เมือง",
            "จ.อุบลราชธานี 34000",
            "โทร 0861234567",
        ]
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอแบบภาษีป้าย"
    msg.set_content(text)
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert (fields["address"] or "").startswith("เลขที่ 7 ม.2 ต.แจระแม อ.เมือง")
    assert fields["province"] == "อุบลราชธานี"
    assert fields["postal_code"] == "34000"
