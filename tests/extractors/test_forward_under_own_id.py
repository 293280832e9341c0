"""A citizen who forwards a paper he received (an employer's letter) under his own lines:
his note gives his ID, the forwarded mail none, so the note is the request (set 79: an
intern in Japan forwards his company's certificate from Outlook). An officer's note over
a citizen's forwarded request gives no ID: the forwarded request is still read."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

HEADER = [
    "________________________________",
    "From: HR Office <hr@plant.example.co.jp>",
    "Sent: Tuesday, December 1, 2026 8:40 AM",
    "To: Wichai Kaewta",
    "Subject: Employment certificate",
    "",
]


def read(lines: list[str], sender: str) -> dict[str, str | None]:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "FW: Employment certificate"
    msg.set_content("\n".join(lines) + "\n")
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_his_own_lines_over_a_letter_he_received() -> None:
    fields = read(
        [
            "เรียน ปลัดเทศบาล",
            "",
            "ผม นายวิชัย แก้วตา เลขประจำตัวประชาชน 3-4012-00773-14-5",
            "ที่อยู่ตามทะเบียนบ้าน 12 หมู่ 3 ต.บ้านค้อ อ.เมืองขอนแก่น จ.ขอนแก่น 40000",
            "ขอหนังสือรับรองความประพฤติ ตามหนังสือบริษัทด้านล่างครับ",
            "",
            *HEADER,
            "This is to certify that Mr. WICHAI KAEWTA is employed by Plant Co., Ltd.",
            "Plant Co., Ltd. TEL +81-52-000-1234",
        ],
        "Wichai Kaewta <wichai.kt@example.com>",
    )
    assert fields["full_name"] == "นายวิชัย แก้วตา"
    assert fields["national_id"] == "3401200773145"
    assert fields["province"] == "ขอนแก่น"


def test_an_officers_note_over_a_citizens_forwarded_request() -> None:
    fields = read(
        [
            "ส่งต่อคำร้องของชาวบ้านครับ",
            "",
            *HEADER,
            "ชื่อ: นางสาวมยุรี ทองคำ",
            "เลขประจำตัวประชาชน: 1-5099-00312-87-6",
            "โทร: 089-441-2231",
        ],
        "Officer <officer@example.go.th>",
    )
    assert fields["full_name"] == "นางสาวมยุรี ทองคำ"
    assert fields["national_id"] == "1509900312876"
