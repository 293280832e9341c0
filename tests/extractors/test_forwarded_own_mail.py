"""A citizen who forwards his own mail (issue 8, set 116): the forwarded part's sender is
his own box, the one he forwards from. He writes as himself, so that box is his e-mail
as a plain mail's From is (sender_email.py, less sure than a typed one); a forward of
another's mail keeps the other's address (forwarded_sender.py), never the forwarder's.
Every name, address and ID is made up (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HIS_ID = with_check_digit("340110082215")
HIS_BOX = "anan.kh@example.com"


def read_mail(sender: str, text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "Fwd: ขอคัดสำเนาทะเบียนบ้าน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def forwarded(author: str) -> str:
    return (
        "ส่งซ้ำครับ ยังไม่ได้รับการตอบกลับ\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {author}\nDate: Mon, 30 Nov 2026 09:12\nSubject: ขอคัดสำเนาทะเบียนบ้าน\n"
        "To: <tabien@example.go.th>\n\n"
        "เรียน งานทะเบียนราษฎร\n"
        f"ผม นายอนันต์ ขันทอง เลขประจำตัวประชาชน {HIS_ID} ขอคัดสำเนาทะเบียนบ้านเลขที่ 17 หมู่ 2 "
        "ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 จำนวน 1 ฉบับ\n"
        "โทร 086-447-2190\n"
    )


def test_his_own_mail_forwarded_gives_his_box() -> None:
    case = read_mail(f"อนันต์ ขันทอง <{HIS_BOX}>", forwarded(f"อนันต์ <{HIS_BOX}>"))
    assert case.fields["full_name"] == "นายอนันต์ ขันทอง"
    assert case.fields["email"] == HIS_BOX


def test_anothers_mail_forwarded_gives_the_authors_box_not_the_forwarders() -> None:
    case = read_mail("ลูกสาว <daughter.kh@example.com>", forwarded(f"อนันต์ <{HIS_BOX}>"))
    assert case.fields["email"] == HIS_BOX


def test_his_own_box_forwarding_a_mail_about_another_is_not_hers() -> None:
    # his own earlier mail, but written for his mother: From is his, not the applicant's
    text = (
        "---------- Forwarded message ---------\n"
        f"From: อนันต์ <{HIS_BOX}>\nSubject: ขอคัดสำเนา\n\n"
        "เรียน งานทะเบียนราษฎร\n"
        "ผมขอยื่นคำร้องแทนแม่ครับ\nชื่อแม่ นางบุญมา ขันทอง\n"
        f"เลขประจำตัวประชาชน {with_check_digit('340110003318')}\n"
    )
    case = read_mail(f"อนันต์ ขันทอง <{HIS_BOX}>", text)
    assert case.fields["full_name"] == "นางบุญมา ขันทอง"
    assert case.fields["email"] != HIS_BOX
