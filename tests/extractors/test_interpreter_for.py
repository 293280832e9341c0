"""A sign-language interpreter (ล่ามภาษามือ) or a translator who writes what a deaf or
foreign person asks ("ขอแปลความประสงค์ของ นาย...", "ขอถ่ายทอดคำร้องของ ...") is a
go-between: the request is the one she translates for (sets 31/63), and the number given
"for him" in the letter ("ติดต่อ <him> ทาง SMS ...") is his; her own mobile under her
signature and registration is hers. Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HIS_ID = with_check_digit("341020077315")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Ratchanee <ratchanee.sign@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แปลแทนคนหูหนวก"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize(
    "words",
    ["ขอแปลความประสงค์ของ", "ขอถ่ายทอดคำร้องของ", "ขอแปลคำร้องแทน"],
    ids=["wishes_of", "relays_request_of", "translates_for"],
)
def test_the_one_the_interpreter_writes_for_is_the_applicant(words: str) -> None:
    case = _mail(
        "เรียน ผู้อำนวยการกองสวัสดิการสังคม\n\n"
        "ดิฉัน นางรัชนี ใจดี ล่ามภาษามือ ทะเบียนเลขที่ ล.2210/2566 "
        f"{words}นายประยูร ทองคำ (คนหูหนวก) ดังนี้\n"
        f"นายประยูร ทองคำ เลขประจำตัวประชาชน {HIS_ID}\n"
        "ที่อยู่ 9 หมู่ 3 ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "ขอรับบัตรประจำตัวคนพิการใหม่ เนื่องจากบัตรเดิมหมดอายุ\n"
        "ติดต่อนายประยูร ทองคำ ทาง SMS เท่านั้น 081-552-0937\n\n"
        "ขอแสดงความนับถือ\nนางรัชนี ใจดี\nล่ามภาษามือ ทะเบียน ล.2210/2566\nมือถือ 092-664-1180\n"
    )
    assert case.fields.get("full_name") == "นายประยูร ทองคำ"
    assert case.fields.get("national_id") == HIS_ID
    assert case.fields.get("phone") == "+66815520937"
