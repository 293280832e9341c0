"""An automatic answer to our mail, told by its own words where no header says so.

Outcome set 3's #32 (another agency's e-Saraban registering our acknowledgement and
answering it, "sent by an automatic system, please do not reply") and #34 (a Thai ISP's
challenge asking us to prove we are the sender) came threaded on the acknowledgement
with no Auto-Submitted or Precedence header and joined the case as the citizen's replies.
A citizen's real answer, which quotes our acknowledgement (itself "sent automatically"),
must stay a reply.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from extractors.automatic_answer import is_automatic_answer
from extractors.mime import parse_message

# Lines of our own acknowledgement, as intake passes them (its template's fixed lines).
OURS = [
    "ขั้นตอนต่อไป: เจ้าหน้าที่จะตรวจสอบคำร้องและแจ้งผลหรือขอข้อมูลเพิ่มเติมทางอีเมลนี้ภายใน",
    "อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ",
    "This email was sent automatically.",
]
ACK = (
    "เรียน ผู้ยื่นคำร้อง\n\nองค์การบริหารส่วนตำบลทดสอบ ได้รับคำร้องของท่านทางอีเมลแล้ว\n"
    "  เลขรับ: REQ-2569-000004\n"
    "ขั้นตอนต่อไป: เจ้าหน้าที่จะตรวจสอบคำร้องและแจ้งผลหรือขอข้อมูลเพิ่มเติมทางอีเมลนี้ภายใน 15 ธ.ค. 2569\n"
    "อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ\n---------- English ----------\n"
    "This email was sent automatically.\n"
)


def mail(text: str, attachment: bytes | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "someone@example.org"
    message["To"] = "saraban@example.go.th"
    message["Subject"] = "Re: ได้รับคำร้องของท่านแล้ว เลขรับ REQ-2569-000004"
    message["Message-ID"] = "<answer.1@example.org>"
    message.set_content(text)
    if attachment is not None:
        message.add_attachment(attachment, maintype="image", subtype="jpeg", filename="a.jpg")
    return message


def automatic(text: str, attachment: bytes | None = None) -> bool:
    return is_automatic_answer(parse_message(mail(text, attachment).as_bytes()), OURS)


@pytest.mark.parametrize(
    "text",
    [
        # another agency's e-Saraban receipt of our acknowledgement
        "ระบบสารบรรณอิเล็กทรอนิกส์ ที่ว่าการอำเภอทดสอบ\n\nได้ลงทะเบียนรับหนังสือของท่านแล้ว"
        " เลขทะเบียนรับ 8841/2569\nอีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n",
        # a Thai ISP's challenge-response
        "อีเมลที่ท่านส่งถึง citizen@example.net ถูกกักไว้ชั่วคราว\nเพื่อป้องกันอีเมลขยะ"
        " กรุณาคลิกลิงก์ด้านล่างเพื่อยืนยันว่าท่านเป็นผู้ส่งจริง\nhttps://verify.example.net/?id=1\n",
        "Your message has been received.\nThis is an automated message, please do not reply.\n",
        "Your mail is held. Click the link to verify that you are a human sender:\n"
        "https://verify.example.net/?id=2\n",
    ],
    ids=["esaraban_receipt", "thai_challenge", "english_automated", "english_challenge"],
)
def test_an_answer_saying_it_is_automatic_is_automatic(text: str) -> None:
    assert automatic(text)


@pytest.mark.parametrize(
    "text",
    [
        # a thank-you above our acknowledgement quoted with ">"
        "ขอบคุณค่ะ\n\nเมื่อ 3 ธ.ค. 2569 saraban@example.go.th เขียนว่า:\n"
        + "".join(f"> {line}\n" for line in ACK.splitlines()),
        # the same quoted Outlook-style, below "-----Original Message-----"
        "ขอบคุณครับ\n\n-----Original Message-----\nFrom: saraban@example.go.th\n"
        "Sent: 3 Dec 2026\nSubject: ได้รับคำร้องของท่านแล้ว\n\n" + ACK,
        # our acknowledgement pasted under the answer with no marks at all
        "ได้รับแล้วครับ ขอบคุณครับ\n\n" + ACK,
        # a citizen's answer that says nothing automatic
        "ขอแก้ไขเบอร์โทรศัพท์เป็น 081-234-5678 ค่ะ\n",
    ],
    ids=["gmail_quote", "outlook_original", "unmarked_paste", "plain_answer"],
)
def test_a_persons_answer_quoting_our_acknowledgement_is_not(text: str) -> None:
    assert not automatic(text)


def test_an_answer_with_a_file_or_a_national_id_is_a_persons() -> None:
    says = "ข้อความนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    assert automatic(says)
    assert not automatic(says, attachment=b"\xff\xd8\xff\xe0 photo")
    # a made-up national ID with a valid check digit, typed in the answer's own lines
    assert not automatic("เลขประจำตัวประชาชน 1101700230708\n" + says)


@pytest.mark.parametrize(
    "text",
    [
        # a citizen's follow-up that speaks OF our automatic mail, in her own voice: the
        # first rule ignored all three (a clerk would never have seen the follow-up)
        "ได้รับข้อความตอบกลับอัตโนมัติแล้วค่ะ แต่ผ่านมาสองสัปดาห์ยังไม่มีเจ้าหน้าที่ติดต่อกลับ รบกวนช่วยตรวจสอบให้ด้วยค่ะ\n",
        "I got your automated message but nobody has called me back yet. Please check.\n",
        "ระบบแจ้งว่ากรุณาอย่าตอบกลับ แต่ผมมีเอกสารเพิ่มเติมจะส่งครับ จะส่งทางไหนได้บ้างครับ\n",
        # an officer's out-of-office in the first person, with no header: a reply a clerk
        # reads is the safer mistake than a person's answer ignored
        "ขณะนี้ดิฉันลาพักร้อนถึงวันที่ 10 ธ.ค. ข้อความนี้เป็นการตอบกลับอัตโนมัติ\n",
    ],
    ids=["thai_follow_up", "english_follow_up", "reported_do_not_reply", "first_person_oof"],
)
def test_a_person_speaking_of_an_automatic_mail_is_a_person(text: str) -> None:
    assert not automatic(text)
