"""A Thai home beside an address abroad (set 79): the Thai one is the case's address,
whatever label the one abroad bears; an address abroad given alone is still the address."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest

from extractors.address_abroad import is_abroad
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

# invented: a home in Sakon Nakhon, a flat in Busan, a room in Nagoya, a farm in Tel Aviv
HOME = "88 หมู่ 6 ต.ธาตุเชิงชุม อ.เมืองสกลนคร จ.สกลนคร 47000"
ABROAD = (
    "부산광역시 사하구 낙동대로 210, 501호",
    "Flat 5, 14 Haneviim St., Tel Aviv 6100201, Israel",
    "名古屋市中村区名駅4-7-1 ハイツ名駅 305",
)


def read(*lines: str) -> dict[str, str | None]:
    text = "\n".join(["เรียน เจ้าหน้าที่", "", "ชื่อ: นายอดิศร แสนคำ", *lines, "โทร: 0815552233", ""])
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาทะเบียนบ้าน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


@pytest.mark.parametrize("abroad", ABROAD)
@pytest.mark.parametrize("abroad_first", [False, True])
def test_the_thai_home_beats_a_current_address_abroad(abroad: str, abroad_first: bool) -> None:
    home, there = f"ที่อยู่ตามทะเบียนบ้าน: {HOME}", f"ที่อยู่ปัจจุบัน: {abroad}"
    fields = read(*((there, home) if abroad_first else (home, there)))
    assert fields["address"] is not None and fields["address"].startswith("88 หมู่ 6")
    assert fields["province"] == "สกลนคร"
    assert fields["postal_code"] == "47000"


def test_an_address_abroad_alone_is_still_the_address() -> None:
    fields = read(f"ที่อยู่ปัจจุบัน: {ABROAD[1]}")
    assert fields["address"] is not None and "Haneviim" in fields["address"]


@pytest.mark.parametrize(
    ("address", "abroad"),
    [
        (ABROAD[0], True),
        (ABROAD[1], True),
        ("12 Kurfürstendamm, 10719 Berlin, Germany", True),
        (HOME, False),
        ("99 Moo 2, Tambon Nong Khai, Mueang District, Udon Thani 41000, Thailand", False),
        # a Thai village named after a country is still in Thailand
        ("5 หมู่ 1 บ้านญี่ปุ่น ต.นาดี อ.เมือง จ.ยโสธร 35000", False),
    ],
)
def test_what_is_abroad(address: str, abroad: bool) -> None:
    assert is_abroad(address) is abroad


def test_a_survey_rows_home_in_thailand_and_phone_abroad() -> None:
    """A sheet's columns "ที่อยู่ในไทย" and "โทรศัพท์ต่างประเทศ" beside the one abroad."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ชื่อ-สกุล", "บ้านเลขที่/ที่อยู่ในไทย", "ที่อยู่ต่างประเทศ", "โทรศัพท์ต่างประเทศ"])
    sheet.append(["นายอดิศร แสนคำ", HOME, ABROAD[1], "+972 54-771-2093"])
    data = io.BytesIO()
    book.save(data)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบสำรวจ"
    msg.set_content("ส่งแบบสำรวจครับ\n")
    xlsx = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    msg.add_attachment(data.getvalue(), maintype="application", subtype=xlsx, filename="s.xlsx")
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert fields["address"] is not None and fields["address"].startswith("88 หมู่ 6")
    assert fields["phone"] == "+972547712093"


def sentence(text: str) -> dict[str, str | None]:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาทะเบียนบ้าน"
    msg.set_content(f"เรียน เจ้าหน้าที่\n\n{text}\n")
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_the_house_registers_number_right_after_its_name() -> None:
    fields = sentence(
        f"ดิฉัน นางสาวรัชนี ดวงแก้ว นักศึกษาที่ญี่ปุ่น ภูมิลำเนาตามทะเบียนบ้าน {HOME} ขอหนังสือรับรองถิ่นที่อยู่ค่ะ"
    )
    assert fields["address"] is not None and fields["address"].startswith("88 หมู่ 6")
    assert fields["postal_code"] == "47000"


def test_a_count_of_copies_after_the_registers_name_is_no_address() -> None:
    fields = sentence("ดิฉัน นางสาวรัชนี ดวงแก้ว ขอสำเนาทะเบียนบ้าน 2 ฉบับ ค่ะ")
    assert fields["address"] is None


def test_an_address_abroad_beside_a_bare_thai_house_number() -> None:
    """Set 8's citizen abroad names her Thai house only by its number: she is written to
    abroad."""
    fields = read(
        "ขอคัดสำเนาทะเบียนบ้าน (ทะเบียนบ้านเลขที่ 17 หมู่ -) โดยขอให้จัดส่งทางไปรษณีย์",
        f"ที่อยู่ปัจจุบัน (ต่างประเทศ): {ABROAD[1]}",
    )
    assert fields["address"] is not None and "Haneviim" in fields["address"]
