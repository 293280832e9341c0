"""An e-service's notification of a new request: its own number first ("เลขที่คำขอ : ...",
"เลขที่รับเรื่อง : ..."), then the applicant's rows with the home box by box (บ้านเลขที่,
หมู่ที่, ตำบล, อำเภอ). The request's number is no house number: read as one it stood
against the house box and the boxes were not joined (set 106). Everything made up."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = with_check_digit("384010066218")


def _notice(first: str, value: str) -> ExtractedCase:
    rows = [
        (first, value),
        ("ประเภทคำขอ", "ขอขึ้นทะเบียนเรือประมงพื้นบ้าน"),
        ("ชื่อ-นามสกุล", "นายดอเลาะ เจ๊ะมะ"),
        ("เลขประจำตัวประชาชน", OWN_ID),
        ("บ้านเลขที่", "12/3"),
        ("หมู่ที่", "5"),
        ("ตำบล", "ท่าแพ"),
        ("อำเภอ", "ท่าแพ"),
        ("จังหวัด", "สตูล"),
        ("รหัสไปรษณีย์", "91150"),
    ]
    msg = EmailMessage()
    msg["From"] = "e-Service <no-reply@eservice.example.go.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "[e-Service] คำขอใหม่"
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    msg.set_content(f"<p>มีคำขอใหม่</p><table>{table}</table>", subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


@pytest.mark.parametrize(
    ("first", "value"),
    [
        ("เลขที่คำขอ", "EQ-STN-2569-00412"),
        ("เลขที่รับเรื่อง", "2569/0412"),
        ("เลขที่คำร้อง", "412"),
        # a web form's own number for the entry (set 113: "เลขที่รายการ: WF-...")
        ("เลขที่รายการ", "WF-2569-0731"),
        ("เลขที่รายการ", "10457"),
    ],
)
def test_the_requests_number_does_not_take_the_house_box(first: str, value: str) -> None:
    case = _notice(first, value)
    assert case.fields.get("address") == "12/3 หมู่ที่ 5 ตำบลท่าแพ อำเภอท่าแพ"
    assert case.fields.get("postal_code") == "91150"


def test_the_house_numbers_own_labels_are_still_the_house_box() -> None:
    matcher = matcher_for(TEMPLATES)
    for label in ("บ้านเลขที่", "เลขที่", "เลขที่บ้าน"):
        found = matcher.match(label)
        assert found is not None and found[0] == "addr_house", label
