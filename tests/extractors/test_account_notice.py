"""A service's sign-in notice about the agency's own account is no request.

Outcome set 3's #48: LINE's "a new sign-in to your LINE Official Account ... if this
was not you, change your password" from no-reply@line.me, with no list header, opened
a case. Web-form services' notifications come from no-reply addresses too and ARE
requests (the typed sets' Jotform, Google Forms, e-service portals): the sender alone
decides nothing.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from extractors.classify import classify
from extractors.mime import parse_message

LINE_TH = "มีการเข้าสู่ระบบบัญชีของคุณจากอุปกรณ์ใหม่\nวันที่: 3 ธ.ค. 2569 09:55\nหากไม่ใช่คุณ กรุณาเปลี่ยนรหัสผ่านทันที\n"
GOOGLE_EN = (
    "A new sign-in on Windows\nWe noticed a new sign-in to your Google Account.\n"
    "If this was you, you don't need to do anything. If this wasn't you, secure your account.\n"
)
FORM = (
    "มีผู้ส่งแบบฟอร์มใหม่: คำร้องทั่วไป\nชื่อ-นามสกุล: นางสาวทดสอบ ใจดี\n"
    "เรื่อง: ขอให้ซ่อมถนน หมู่ 3\nกรุณาเข้าสู่ระบบเพื่อดูคำตอบทั้งหมด\n"
)


def mail(sender: str, text: str, subject: str = "แจ้งเตือน") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "saraban@example.go.th"
    message["Subject"] = subject
    message.set_content(text)
    return bytes(message)


@pytest.mark.parametrize(
    ("sender", "text"),
    [("LINE <no-reply@line.me>", LINE_TH), ("Google <no-reply@accounts.google.com>", GOOGLE_EN)],
    ids=["line_thai", "google_english"],
)
def test_a_no_reply_senders_sign_in_notice_is_ignored(sender: str, text: str) -> None:
    verdict = classify(parse_message(mail(sender, text)))
    assert verdict.kind == "auto_reply"
    assert "sign-in notice" in verdict.reason


@pytest.mark.parametrize(
    ("sender", "text"),
    [
        # a web form's notification: a no-reply sender, "log in to see the answers"
        ("Jotform <noreply@jotform.com>", FORM),
        # a citizen who forwards the notice she got, to complain: a person's address
        ("citizen@example.org", "บัญชีของดิฉันถูกเข้าใช้\n\n" + LINE_TH),
        # the same words from a person: it is hers to send
        ("officer@example.go.th", LINE_TH),
    ],
    ids=["web_form", "citizen_forwards", "person_writes"],
)
def test_a_request_stays_a_request(sender: str, text: str) -> None:
    assert classify(parse_message(mail(sender, text))).kind == "request"
