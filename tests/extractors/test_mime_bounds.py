"""parse_message keeps what a request can be and no more (issue 11, the second hostile
set): a text part's text and a header's value are cut, and the MIME fields whose
parameters the stdlib reads in quadratic time are cut before it reads them."""

from __future__ import annotations

from email.message import EmailMessage

from extractors.mime import (
    MAX_HEADER_CHARS,
    MAX_TEXT_CHARS,
    parse_message,
)


def request(body: str, subject: str = "คำร้องทั่วไป") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "ผู้ทดสอบ <tester@example.org>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail.set_content(body)
    return mail


def codes(raw: bytes) -> list[str]:
    return [d.code for d in parse_message(raw).defects]


def test_a_text_part_longer_than_any_request_is_cut_with_a_defect() -> None:
    body = "ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี\n" + "ก" * (MAX_TEXT_CHARS + 10)
    parsed = parse_message(bytes(request(body)))
    (text,) = parsed.text_parts
    assert len(text.text) <= MAX_TEXT_CHARS
    assert text.text.startswith("ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี")
    assert "text_truncated" in [d.code for d in parsed.defects]


def test_an_html_part_is_cut_too_both_its_html_and_its_text() -> None:
    mail = request("plain")
    mail.set_content("<p>ชื่อ: ก</p>" + "&#3585;" * (MAX_TEXT_CHARS // 7 + 10), subtype="html")
    parsed = parse_message(bytes(mail))
    (html,) = parsed.text_parts
    assert html.html is not None and len(html.html) <= MAX_TEXT_CHARS
    assert "text_truncated" in [d.code for d in parsed.defects]


def test_a_short_text_is_whole_and_has_no_defect() -> None:
    parsed = parse_message(bytes(request("ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี\n")))
    assert parsed.text_parts[0].text.strip() == "ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี"
    assert not {"text_truncated", "header_truncated"} & {d.code for d in parsed.defects}


def test_a_header_value_past_any_real_one_is_cut() -> None:
    raw = bytes(request("x", subject="ก")).replace(
        b"Subject: ", b"Subject: " + "ข".encode() * (MAX_HEADER_CHARS + 10), 1
    )
    parsed = parse_message(raw)
    assert len(parsed.subject) <= MAX_HEADER_CHARS
    assert "header_truncated" in [d.code for d in parsed.defects]
