"""Contact cards (.vcf) attached to a request: the sender's values, flagged for review."""

from __future__ import annotations

import quopri

from forms_for_tests import GENERAL

from extractors.base import Attachment, ParsedMessage, TextPart
from extractors.extract import extract_case
from extractors.vcard import read_vcard

CARD_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:ศรีสุข;มาลี;;นางสาว;\r\nFN:มาลี ศรีสุข\r\n"
    "TEL;TYPE=WORK:02-123-4567\r\nTEL;TYPE=CELL:081-234-\r\n 5678\r\n"
    "EMAIL;TYPE=INTERNET:malee@example.com\r\nBDAY:19920105\r\n"
    "ADR;TYPE=HOME:;;12/3 หมู่ 4;ตำบลบางพลี อำเภอบางพลี;สมุทรปราการ;10540;Thailand\r\n"
    "END:VCARD\r\n"
)


def test_a_card_gives_the_titled_name_the_mobile_and_the_address() -> None:
    found = {key: value for key, value, _ in read_vcard(CARD_30)}
    assert found["full_name"] == "นางสาวมาลี ศรีสุข"  # the title of N before FN
    assert found["phone"] == "081-234-5678"  # the mobile, its folded line unfolded
    assert found["email"] == "malee@example.com"
    assert found["birth_date"] == "1992-01-05"
    assert found["address"] == "12/3 หมู่ 4 ตำบลบางพลี อำเภอบางพลี"
    assert found["province"] == "สมุทรปราการ"
    assert found["postal_code"] == "10540"


def test_a_quoted_printable_card_as_android_exports_thai() -> None:
    name = quopri.encodestring("มาลี ศรีสุข".encode()).decode()
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{name}\r\n"
    card += "TEL;CELL:0812345678\r\nEND:VCARD\r\n"
    found = {key: value for key, value, _ in read_vcard(card)}
    assert found["full_name"] == "มาลี ศรีสุข"
    assert found["phone"] == "0812345678"


def test_a_card_attached_to_a_request_is_read_and_flagged() -> None:
    parsed = ParsedMessage(
        text_parts=[TextPart(part="1", kind="plain", text="ชื่อ: นางสาวมาลี ศรีสุข\n")],
        attachments=[
            Attachment(index=0, part="2", sniffed_type="text/vcard", content=CARD_30.encode())
        ],
    )
    case = extract_case(parsed, [GENERAL])
    assert case.fields["phone"] == "+66812345678"
    assert case.issues.get("phone")  # whose card it is, a clerk confirms
