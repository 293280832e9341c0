"""Unit tests for the shapes blind set 62 (a municipality's public works and water desk)
found the readers getting wrong (issue 8): each names the way a request is written that
it covers, with examples written afresh, not the set's strings. Every name, address and
ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests_5 import Field, acroform, pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
VILLAGER_ID = "3401500277135"  # made up, valid check digit
APPLICANT_ID = "1570300418292"  # made up, valid check digit


def read_mail(
    text: str,
    sender: str = "someone <someone@example.com>",
    files: tuple[tuple[str, bytes], ...] = (),
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "kongchang@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a headman or an อสม. asking help for one villager -------------------------------------


# the writer's post, then "ขอความอนุเคราะห์ให้/แก่" and the villager: hers are the
# number in that paragraph, not his mobile under his name
HELPERS = [
    ("ผมกำนันตำบลโนนสูง ขอความอนุเคราะห์ให้", "นายวิเชียร คำภู\nกำนันตำบลโนนสูง\nมือถือ 081-446-2093\n"),
    ("ดิฉัน อสม. หมู่ 4 ขอความอนุเคราะห์แก่", "นางสาวกนกพร ศรีวงศ์ (อสม.)\nโทร 089 225 6031\n"),
]


@pytest.mark.parametrize("opening,signature", HELPERS, ids=["kamnan", "osm"])
def test_a_village_officer_asking_help_for_a_villager_gives_her_phone(
    opening: str, signature: str
) -> None:
    case = read_mail(
        "เรียน นายกเทศมนตรีตำบลโนนสูง\n\n"
        f"{opening} นางทองใบ มาลัย เลขประจำตัวประชาชน {VILLAGER_ID} บ้านเลขที่ 45 หมู่ 4 "
        "ตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา 30160 หลังคาบ้านรั่ว ฝนตกน้ำเข้าบ้าน "
        "ผู้ร้องเป็นผู้สูงอายุ ติดต่อได้ที่ 084 530 7716\n\n"
        f"ขอบคุณครับ\n{signature}",
        sender="helper <helper.nonsung@hotmail.com>",
    )
    assert case.fields["full_name"] == "นางทองใบ มาลัย"
    assert case.fields["national_id"] == VILLAGER_ID
    assert case.fields["phone"] == "+66845307716"
    assert (case.fields["address"] or "").startswith("45 หมู่")


def test_a_villager_asking_help_herself_is_not_helped_for() -> None:
    # no officer's post before the words: the writer's own request, her own phone
    case = read_mail(
        "เรียน นายกเทศมนตรี\n\n"
        "ดิฉัน นางสาวอรุณี พันธ์ดี ขอความอนุเคราะห์ให้เทศบาลมาซ่อมไฟฟ้าหน้าบ้าน "
        "ซึ่ง นายสมพร ใจกล้า ข้างบ้านแจ้งไว้แล้ว\n\n"
        "นางสาวอรุณี พันธ์ดี\nโทร 086-118-4420\n"
    )
    assert case.fields["full_name"] == "นางสาวอรุณี พันธ์ดี"
    assert case.fields["phone"] == "+66861184420"


# --- a fillable form's house line, its areas in boxes of their own -------------------------


def untitled_form(house: str) -> bytes:
    """A form whose fields the tool named untitled1..: the address box captioned "ที่อยู่
    เลขที่" holds the house line (its หมู่ or ถนน), the areas in boxes beside and below."""
    labels = [(20, 30, "ชื่อ-สกุล"), (20, 40, "ที่อยู่ เลขที่"), (90, 40, "ตำบล"),
              (20, 50, "อำเภอ"), (95, 50, "จังหวัด"), (150, 50, "รหัสไปรษณีย์")]  # fmt: skip
    values = [("นายไพโรจน์ สายทอง", 42, 30, 90), (house, 45, 40, 40),
              ("หนองบัว", 102, 40, 45), ("เมืองอุดรธานี", 35, 50, 50),
              ("อุดรธานี", 110, 50, 35), ("41000", 175, 50, 20)]  # fmt: skip
    fields = [Field(f"untitled{n + 1}", v, x, y, w) for n, (v, x, y, w) in enumerate(values)]
    return acroform(pdf_page(labels, size=13), fields)


@pytest.mark.parametrize(
    "house,joined",
    [
        ("27/4 หมู่ 9", "27/4 หมู่ 9 ตำบลหนองบัว อำเภอเมืองอุดรธานี"),
        # written short, the areas joined short too: one address in one hand
        ("150 ถ.โพศรี", "150 ถ.โพศรี ต.หนองบัว อ.เมืองอุดรธานี"),
        ("27/4", "27/4 ตำบลหนองบัว อำเภอเมืองอุดรธานี"),  # as before: a house number alone
    ],
)
def test_a_house_line_in_the_address_box_is_joined_with_the_area_boxes(
    house: str, joined: str
) -> None:
    case = read_mail("แนบแบบฟอร์มครับ", files=(("form.pdf", untitled_form(house)),))
    assert " ".join((case.fields["address"] or "").split()) == joined
    assert case.fields["province"] == "อุดรธานี"
    assert case.fields["postal_code"] == "41000"
