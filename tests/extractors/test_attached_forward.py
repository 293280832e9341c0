"""A request forwarded as an attached message (message/rfc822, or a saved .eml sent as a
file): the mail's own text is the forwarder's note, as above an inline forward marker,
and its name and phone are the forwarder's, not the applicant's (blind set 36's headman
over a villager's request written as prose). Examples written afresh."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

NOTE = (
    "เรียน เจ้าหน้าที่เทศบาล\n\nดิฉันส่งต่อเรื่องร้องเรียนของป้าข้างบ้านตามไฟล์แนบค่ะ "
    "ป้าไม่สะดวกส่งเอง\n\nนางสาวกาญจนา ทองดี\nอาสาสมัครสาธารณสุขหมู่ 4\nโทร 086-552-1904\n"
)
PROSE = (
    "เรียน นายกเทศมนตรี\n\nข้าพเจ้า นางละมัย ศรีวงศ์ อยู่บ้านเลขที่ 77 หมู่ 4 ตำบลบ้านใหม่ "
    "อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา ขอร้องเรียนเรื่องท่อระบายน้ำอุดตันหน้าบ้าน "
    "ส่งกลิ่นเหม็นมาหลายสัปดาห์ หากต้องการสอบถามเพิ่มเติม ติดต่อได้ที่เบอร์ 0819036627\n\n"
    "ขอแสดงความนับถือ\nละมัย\n"
)
LABELLED = (
    "ชื่อ-สกุล: นางละมัย ศรีวงศ์\nที่อยู่: 77 หมู่ 4 ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา "
    "จังหวัดนครราชสีมา\nโทรศัพท์: 081-903-6627\nเรื่อง: ท่อระบายน้ำอุดตัน\n"
)


def _inner(body: str) -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = "lamai <lamai.s@example.com>"
    inner["To"] = "kanjana.t@example.com"
    inner["Subject"] = "ร้องเรียนท่อระบายน้ำ"
    inner.set_content(body)
    return inner


def _forward(body: str, *, as_file: bool = False) -> ExtractedCase:
    outer = EmailMessage()
    outer["From"] = "kanjana <kanjana.t@example.com>"
    outer["To"] = "saraban@example.go.th"
    outer["Subject"] = "Fw: ร้องเรียนท่อระบายน้ำ"
    outer.set_content(NOTE)
    if as_file:
        outer.add_attachment(
            bytes(_inner(body)), maintype="application", subtype="octet-stream", filename="k.eml"
        )
    else:
        outer.add_attachment(_inner(body))
    return extract_case(parse_message(bytes(outer)), TEMPLATES)


def test_the_forwarders_phone_is_not_the_applicants_under_a_prose_request() -> None:
    case = _forward(PROSE)
    assert case.fields.get("phone") == "+66819036627"


def test_a_saved_eml_sent_as_a_file_is_a_forward_too() -> None:
    case = _forward(PROSE, as_file=True)
    assert case.fields.get("phone") == "+66819036627"


def test_a_labelled_forwarded_request_is_read_whole() -> None:
    case = _forward(LABELLED)
    assert case.fields.get("phone") == "+66819036627"
    assert case.fields.get("full_name") == "นางละมัย ศรีวงศ์"


def test_a_citizens_own_form_above_an_old_mail_attached_is_hers() -> None:
    """Her request typed in the mail, an earlier mail of hers attached for reference:
    the form she typed is the request."""
    outer = EmailMessage()
    outer["From"] = "lamai <lamai.s@example.com>"
    outer["To"] = "saraban@example.go.th"
    outer["Subject"] = "ร้องเรียนซ้ำ ท่อระบายน้ำ"
    outer.set_content(LABELLED.replace("081-903-6627", "062-447-1180") + "\nแนบอีเมลเดิมมาด้วยค่ะ\n")
    outer.add_attachment(_inner(PROSE))
    case = extract_case(parse_message(bytes(outer)), TEMPLATES)
    assert case.fields.get("phone") == "+66624471180"
