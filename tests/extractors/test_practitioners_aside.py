"""A practitioner named in a bracketed aside with his line ("(นพ.<him> ว.<licence> โทร
0-...)", "(สพ.ญ.<her> ... โทร ...)"): the number is the practice's, not the writer's, whose
own mobile stands elsewhere. Names, numbers and places invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.whose_phone import said_of_another

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Anan <anan.sr@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งผลการกักสุนัข"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_vets_line_in_an_aside_is_not_the_owners() -> None:
    nid = with_check_digit("410050023318")
    case = _read(
        "เรียน เจ้าหน้าที่\n\nสุนัขของผมที่กัดเด็กข้างบ้าน ได้ฝากกักไว้ที่โรงพยาบาลสัตว์บ้านหมอ "
        "(น.สพ.ธีรพล แสงดาว ว.7781 โทร 042-115-336) ครบ 10 วันแล้ว ปกติดีครับ\n\n"
        f"นายอนันต์ ศรีราช\nเลขบัตร {nid}\n089-447-2105\n"
    )
    assert case.fields.get("phone") == "+66894472105"


def test_the_aside_rule_reads_only_a_practitioner() -> None:
    doctor = "ไปตรวจที่คลินิก (นพ.วิทยา ใจกล้า ว.41236 โทร 043-221-908) แล้ว"
    assert said_of_another(doctor, doctor.find("043"))
    # the writer's own shop and its permit in brackets: his line
    shop = "ร้านของข้าพเจ้า (ใบอนุญาตเลขที่ 15/2568 โทร 043-221-908) ขอต่ออายุ"
    assert not said_of_another(shop, shop.find("043"))
