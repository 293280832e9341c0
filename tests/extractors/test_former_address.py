"""A sentence giving the writer's former address beside where she lives now ("เดิมอยู่
บ้านเลขที่ ... ปัจจุบันย้ายมาอยู่ที่ ...", "ตอนนี้ย้ายไปอยู่ ... จากเดิมที่อยู่ ..."): the
new address is the case's, its province and postal code too, in either order (set 40's
plain_moved_prose: the old one was read, flagged, and the new one's province beside it)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

# invented homes: formerly in Phrae, now in Rayong
OLD = "8 หมู่ 6 ตำบลร่องฟอง อำเภอเมืองแพร่ จังหวัดแพร่ 54000"
NEW = "221/4 หมู่ 2 ตำบลเนินพระ อำเภอเมืองระยอง จังหวัดระยอง 21000"
NEW_ADDRESS = "221/4 หมู่ 2 ตำบลเนินพระ อำเภอเมืองระยอง"


def read(sentence: str) -> tuple[dict[str, str | None], dict[str, list[object]]]:
    text = "\n".join(["เรียน เจ้าหน้าที่", "", sentence, "", "โทร 0815552233", ""])
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งเปลี่ยนที่อยู่"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    return case.fields, dict(case.issues)


@pytest.mark.parametrize(
    "sentence",
    [
        f"ดิฉัน นางสาวอรุณี คำแสน เดิมอยู่บ้านเลขที่ {OLD} ปัจจุบันย้ายมาอยู่ที่ {NEW} แล้ว",
        f"ผม นายสุรเชษฐ์ ปานทอง ที่อยู่เดิมบ้านเลขที่ {OLD} ตอนนี้อยู่ที่ {NEW} ครับ",
        f"ข้าพเจ้า นายสุรเชษฐ์ ปานทอง ตอนนี้ย้ายไปอยู่ {NEW} จากเดิมที่อยู่ {OLD}",
        f"ดิฉัน นางสาวอรุณี คำแสน เคยอยู่บ้านเลขที่ {OLD} ย้ายมาอยู่บ้านเลขที่ {NEW}",
    ],
    ids=["old_then_now", "former_label_then_now", "now_then_from_old", "used_to_then_moved"],
)
def test_the_new_address_is_the_cases(sentence: str) -> None:
    fields, _ = read(sentence)
    assert " ".join((fields["address"] or "").split()) == NEW_ADDRESS
    assert fields["province"] == "ระยอง"
    assert fields["postal_code"] == "21000"


def test_an_address_said_once_as_former_is_still_read_and_flagged() -> None:
    # a request giving only the old address ("I used to live at...") is not left empty,
    # but a clerk is told to look
    fields, issues = read(f"ผม นายสุรเชษฐ์ ปานทอง เดิมอยู่บ้านเลขที่ {OLD} ขอสำเนาทะเบียนบ้าน")
    assert fields["province"] == "แพร่"
    assert issues.get("address")


# A move told as done, from the old home to the new ("ได้ย้ายทะเบียนบ้านจาก <old> มาอยู่ที่
# ใหม่ <new>", "ย้ายมาจาก <old> ... ที่อยู่ใหม่ <new>"): the house moved from is left, the
# one come to ("มา") is where she lives now (set 99: the old one was read, flagged).
@pytest.mark.parametrize(
    "sentence",
    [
        f"ดิฉัน นางสาวอรุณี คำแสน ได้ย้ายทะเบียนบ้านจากบ้านเลขที่ {OLD} มาอยู่ที่ใหม่ {NEW} แล้วค่ะ",
        f"ผม นายสุรเชษฐ์ ปานทอง ย้ายที่อยู่จากบ้านเลขที่ {OLD} มาอยู่ที่ {NEW} ครับ",
        f"ดิฉัน นางสาวอรุณี คำแสน ย้ายมาจากบ้านเลขที่ {OLD} ตอนนี้ที่อยู่ใหม่ {NEW}",
    ],
    ids=["moved_register_from_to_new", "moved_from_came_to", "came_from_new_address"],
)
def test_the_house_come_to_is_the_cases_not_the_one_moved_from(sentence: str) -> None:
    fields, _ = read(sentence)
    assert " ".join((fields["address"] or "").split()) == NEW_ADDRESS
    assert fields["province"] == "ระยอง"
    assert fields["postal_code"] == "21000"


def test_a_house_moved_out_of_to_go_elsewhere_stays_hers() -> None:
    # a move out not yet done ("ขอแจ้งย้ายออกจาก <home> ไปอยู่ที่ <flat>"): she lives in
    # the house she leaves until she goes (set 57)
    fields, _ = read(f"ผม นายสุรเชษฐ์ ปานทอง ขอแจ้งย้ายออกจากบ้านเลขที่ {OLD} ไปอยู่ที่ {NEW}")
    assert fields["province"] == "แพร่"
    assert fields["postal_code"] == "54000"
