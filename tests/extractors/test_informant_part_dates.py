"""A notification form's parts, one per person, each with its own "เกิดวันที่": the
informant's birth date is the one in her own part, under her name (issue 8, set 116: a
grandmother's birth form on dotted lines, the newborn's date first). A form's part gives
a person's name, then her facts; the date above her name is another's (the child's, the
deceased's). Every name, address and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from unseen_requests import with_check_digit
from unseen_requests_5 import docx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
HER_ID = with_check_digit("340150061124")
OTHER_ID = with_check_digit("340150098815")


def read_mail(lines: list[str], as_docx: bool) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "แบบแจ้ง"
    if not as_docx:
        msg.set_content("\n".join(lines) + "\n")
        return extract_case(parse_message(bytes(msg)), TEMPLATES)

    def build(d: Any) -> None:
        for line in lines:
            d.add_paragraph(line)

    msg.set_content("เรียน งานทะเบียน\nแนบแบบแจ้งมาค่ะ\n")
    msg.add_attachment(
        docx_bytes(build), maintype="application", subtype=DOCX, filename="form.docx"
    )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


INFORMANT = [
    "ผู้แจ้ง",
    f"ชื่อ-ชื่อสกุล.....นางคำแปง ใจมั่น.....เลขประจำตัวประชาชน.....{HER_ID}.....",
    "เกิดวันที่.....14/03/2503.....เกี่ยวข้องเป็น.....ยาย.....",
    "ที่อยู่.....19 หมู่ 6 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000.....",
]
BIRTH = [
    "แบบแจ้งการเกิด",
    "ชื่อเด็ก.....เด็กหญิงปุณณดา ใจมั่น.....เพศ.....หญิง.....",
    "เกิดวันที่.....2 ธันวาคม 2569.....เวลา 06.10 น. สถานที่เกิด.....โรงพยาบาลขอนแก่น.....",
    f"มารดาชื่อ.....นางสาวอรวรรณ ใจมั่น.....เลขประจำตัวประชาชน.....{OTHER_ID}.....",
]
DEATH = [
    "แบบแจ้งการตาย",
    f"ผู้ตายชื่อ.....นายสิงห์ ใจมั่น.....เลขประจำตัวประชาชน.....{OTHER_ID}.....",
    "เกิดวันที่.....5 มกราคม 2480.....ตายวันที่.....1 ธันวาคม 2569.....",
    "สาเหตุการตาย.....ชราภาพ.....",
]


@pytest.mark.parametrize("above", [BIRTH, DEATH], ids=["newborn", "deceased"])
@pytest.mark.parametrize("as_docx", [True, False], ids=["docx", "body"])
def test_the_informants_birth_date_is_the_one_under_her_name(
    above: list[str], as_docx: bool
) -> None:
    case = read_mail([*above, *INFORMANT], as_docx)
    assert case.fields["full_name"] == "นางคำแปง ใจมั่น"
    assert case.fields["birth_date"] == "1960-03-14"


def test_her_own_date_alone_above_her_address_is_still_hers() -> None:
    # one part only, its date under her name: nothing to move
    case = read_mail(INFORMANT, as_docx=True)
    assert case.fields["birth_date"] == "1960-03-14"


def test_rows_of_their_own_give_the_informants_date_under_her_name() -> None:
    # each fact on a line of its own: the newborn's date read first (the surer, as a
    # form's first label is), the mother's below it, the informant's in her part
    lines = [
        "แบบแจ้งการเกิด",
        "ชื่อเด็ก.....เด็กชายกฤต ใจมั่น.....",
        "เกิดวันที่.....2 ธันวาคม 2569.....",
        "มารดา.....นางสาวอรวรรณ ใจมั่น.....",
        f"เลขประจำตัวประชาชน.....{OTHER_ID}.....",
        "เกิดวันที่.....3 มีนาคม 2538.....",
        "ผู้แจ้ง",
        "ชื่อ-ชื่อสกุล.....นางคำแปง ใจมั่น.....",
        f"เลขประจำตัวประชาชน.....{HER_ID}.....",
        "เกิดวันที่.....14/03/2503.....เกี่ยวข้องเป็น.....ยาย.....",
        "ที่อยู่.....19 หมู่ 6 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000.....",
    ]
    for as_docx in (True, False):
        case = read_mail(lines, as_docx)
        assert case.fields["national_id"] == HER_ID
        assert case.fields["birth_date"] == "1960-03-14"


@pytest.mark.parametrize("as_docx", [True, False], ids=["docx", "body"])
def test_a_death_forms_informant_gives_her_own_home_not_the_deceaseds(as_docx: bool) -> None:
    # the deceased's house in his part above (set 57: a death's address is the
    # informant's own home), hers under her name
    lines = [
        "แบบแจ้งการตาย",
        f"ชื่อผู้ตาย.....นายสิงห์ ใจมั่น.....เลขประจำตัวประชาชน.....{OTHER_ID}.....",
        "เกิดวันที่.....5 มกราคม 2480.....ตายวันที่.....1 ธันวาคม 2569.....",
        "ที่อยู่.....27 หมู่ 3 ตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา 30160.....",
        *INFORMANT,
    ]
    case = read_mail(lines, as_docx)
    assert case.fields["full_name"] == "นางคำแปง ใจมั่น"
    assert (case.fields["address"] or "").startswith("19 หมู่ 6")
    assert case.fields["province"] == "ขอนแก่น"
    assert case.fields["postal_code"] == "40000"
