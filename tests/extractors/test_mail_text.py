"""Whose words are these: own text, quoted text, forwarded mail."""

from __future__ import annotations

import pytest

from extractors.mail_text import is_closing, mail_envelope, request_lines, split_mail


def is_label(line: str) -> bool:
    return ":" in line


FORWARD_HEADS = [
    "---------- Forwarded message ---------\nFrom: A <orig@example.com>\nDate: Mon\nTo: b",
    "---------- ข้อความที่ส่งต่อ ---------\nจาก: ก <orig@example.com>\nวันที่: จ.\nเรื่อง: x\nถึง: b",
    "Begin forwarded message:\n\nFrom: A <orig@example.com>\nSubject: x\nDate: 1 Dec\nTo: b",
    "-------- Forwarded Message --------\nSubject: x\nDate: Mon\nFrom: orig@example.com\nTo: b",
    "________________________________\nFrom: A <orig@example.com>\nSent: Mon\nTo: b\nSubject: x",
]


@pytest.mark.parametrize("head", FORWARD_HEADS)
def test_forwarded_mail_is_read_instead_of_the_note(head: str) -> None:
    text = f"note from the forwarder 02-999-8888\n\n{head}\n\nชื่อ: ก ข\nโทร: 0812345678\n"
    mail = split_mail(text, is_label)
    assert mail.forwarded
    assert mail.forwarded_from == "orig@example.com"
    assert [line for _, line in mail.own if line] == ["ชื่อ: ก ข", "โทร: 0812345678"]


def test_a_forward_marker_inside_the_quote_opens_the_forward() -> None:
    """Apple Mail puts "Begin forwarded message:" inside the cited blockquote that holds
    the whole forwarded mail: rendered as text, the marker is quoted with the mail."""
    text = (
        "ส่งต่ออีกครั้งค่ะ\n\n> Begin forwarded message:\n\n> From: ก <orig@example.com>\n"
        "> Subject: x\n\n> ดิฉัน นางสาวก ข โทร 0812345678\n> ขอบคุณค่ะ\n"
    )
    mail = split_mail(text, is_label)
    assert mail.forwarded
    assert mail.forwarded_from == "orig@example.com"
    assert [line for _, line in mail.own if line] == ["ดิฉัน นางสาวก ข โทร 0812345678", "ขอบคุณค่ะ"]


def test_a_forward_marker_in_a_quote_under_a_reply_header_stays_quoted() -> None:
    """The mail answered may itself have been a forward: quoted under "On ... wrote:" it
    is the other side's, not the request."""
    text = (
        "ได้รับแล้วค่ะ\n\nOn Mon, A <a@b.example> wrote:\n> ---------- Forwarded message ---------\n"
        "> From: ก <orig@example.com>\n>\n> โทร 0812345678\n"
    )
    mail = split_mail(text, is_label)
    assert not mail.forwarded
    assert [line for _, line in mail.own if line] == ["ได้รับแล้วค่ะ"]


def test_original_message_under_a_reply_is_not_a_forward() -> None:
    text = (
        "ชื่อ: ก ข\nโทร: 081\n\n-----Original Message-----\nFrom: o@x.go.th\nSubject: y\n\nเรื่อง: z\n"
    )
    mail = split_mail(text, is_label)
    assert not mail.forwarded
    assert [line for _, line in mail.own] == ["ชื่อ: ก ข", "โทร: 081", ""]


def test_reply_keeps_quotes_apart_and_drops_the_signature() -> None:
    text = "คำตอบ\n-- \nลายเซ็น\nOn Mon, A <a@b> wrote:\n> ชื่อ:\nก ข\n>> เก่า\n"
    mail = split_mail(text, is_label)
    assert mail.own == [(1, "คำตอบ")]
    assert mail.quoted == [(5, "ชื่อ:"), (7, "เก่า")]
    assert mail.after_reply == [(6, "ก ข")]


def test_request_lines_is_the_own_text() -> None:
    assert request_lines("a\n> b\nc") == [(1, "a"), (3, "c")]


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("จึงเรียนมาเพื่อโปรดพิจารณา", True),
        ("  ขอแสดงความนับถือ", True),
        ("ขอบคุณครับ", True),
        ("Best regards,", True),
        ("(ลงชื่อ)........................", True),
        ("ขอบคุณเจ้าหน้าที่ที่เคยมาซ่อมให้เมื่อปีที่แล้ว แต่ตอนนี้ดับอีกแล้วและมืดมาก", False),
        ("ไฟดับมาสองสัปดาห์", False),
    ],
)
def test_closing_lines(line: str, closing: bool) -> None:
    assert is_closing(line) is closing


def test_her_own_earlier_mail_under_an_outlook_block_is_earlier_not_forwarded() -> None:
    """A follow-up that corrects her first mail ("ที่ถูกต้องคือ ...") above Outlook's rule
    and From/Sent block, the From her own address: the block is her own earlier mail
    (read, flagged), not a forward whose values outrank the note above (set 73)."""
    text = (
        "ขอแก้ไขเบอร์โทรครับ เบอร์เดิมผิด\nที่ถูกต้องคือ 089-555-1234\n\nมานพ ทองคำ\n\n"
        "________________________________\nFrom: มานพ ทองคำ <manop.t@example.com>\n"
        "Sent: 3 December 2026 10:02\nTo: desk@city.example.go.th\nSubject: ขอถังขยะ\n\n"
        "ชื่อ: นายมานพ ทองคำ\nโทร: 089-555-2134\n"
    )
    with mail_envelope(["desk@city.example.go.th"], "manop.t@example.com", "RE: ขอถังขยะ"):
        mail = split_mail(text, is_label)
    assert not mail.forwarded
    assert [line for _, line in mail.own if line][:2] == [
        "ขอแก้ไขเบอร์โทรครับ เบอร์เดิมผิด",
        "ที่ถูกต้องคือ 089-555-1234",
    ]
    assert mail.earlier is not None
    assert [line for _, line in mail.earlier.own if line] == [
        "ชื่อ: นายมานพ ทองคำ",
        "โทร: 089-555-2134",
    ]


def test_her_first_mail_quoted_under_the_clerks_acknowledgement_is_earlier() -> None:
    """She answers the clerk's acknowledgement, which quoted her first mail under its own
    "----- ข้อความเดิม -----" block (set 108): the quote is the agency's, but the block in
    it whose From is her own address is her own earlier mail, read, flagged."""
    text = (
        "ยังไม่มีใครมาดูเลยครับ เบอร์ผมเปลี่ยนเป็น 086 221 7043 แล้ว\n\n"
        "> เมื่อ 3 พ.ย. 2569 เวลา 09:15 งานร้องเรียน <desk@city.example.go.th> เขียนว่า:\n>\n"
        "> เรียน คุณสมชาย\n> เทศบาลได้รับเรื่องของท่านแล้ว เลขที่รับ 77/2569\n"
        "> นางสาวจิราพร ใจดี\n> โทร 045-210-330 ต่อ 12\n>\n"
        "> ----- ข้อความเดิม -----\n> จาก: สมชาย ทองดี <somchai.td@example.com>\n"
        "> เรียน เทศบาล\n> ผม นายสมชาย ทองดี อยู่บ้านเลขที่ 9 ตำบลในเมือง ขอร้องเรียนไฟถนนดับ\n"
    )
    with mail_envelope(["desk@city.example.go.th"], "somchai.td@example.com", "Re: ได้รับเรื่องแล้ว"):
        mail = split_mail(text, is_label)
    assert next(line for _, line in mail.own if line).startswith("ยังไม่มีใครมาดู")
    assert mail.earlier is not None
    earlier = [line for _, line in mail.earlier.own if line]
    assert "ผม นายสมชาย ทองดี อยู่บ้านเลขที่ 9 ตำบลในเมือง ขอร้องเรียนไฟถนนดับ" in earlier
    assert not any("จิราพร" in line for line in earlier)


def test_anothers_mail_quoted_under_the_clerks_acknowledgement_stays_quoted() -> None:
    text = (
        "ขอบคุณครับ\n\n"
        "> เมื่อ 3 พ.ย. 2569 เวลา 09:15 งานร้องเรียน <desk@city.example.go.th> เขียนว่า:\n>\n"
        "> เรียน คุณสมชาย\n> ได้รับเรื่องแล้ว\n>\n"
        "> ----- ข้อความเดิม -----\n> จาก: วิไล ศรีสุข <wilai.ss@example.com>\n"
        "> ดิฉัน นางวิไล ศรีสุข ขอร้องเรียน\n"
    )
    with mail_envelope(["desk@city.example.go.th"], "somchai.td@example.com", "Re: ได้รับเรื่องแล้ว"):
        mail = split_mail(text, is_label)
    assert mail.earlier is None


# Outlook's HTML reply sets the answered mail's From/Sent/To/Subject block under a border,
# no "Original Message" line nor underscore rule: rendered as text, the block alone opens
# the mail answered. A memo's own "จาก: / ถึง: / เรื่อง:" lines (no address, no date) do not.
def test_an_outlook_header_block_without_a_rule_opens_the_agencys_quoted_mail() -> None:
    text = (
        "เรียน กองช่าง\nร้านจะเข้าซ่อมฝาท่อภายในวันศุกร์นี้\n\nนายธนา ใจดี\nโทร 02-555-0101\n\n"
        "From: กองช่าง <works@town.example.go.th>\nSent: Monday, November 2, 2026 9:10 AM\n"
        "To: shop@example.com\nSubject: แจ้งซ่อมฝาท่อ\n\n"
        "ได้รับแจ้งจาก นางสมใจ ดีมาก บ้านเลขที่ 4 โทร 081-000-1111\n"
    )
    with mail_envelope(["works@town.example.go.th"], "shop@example.com", "RE: แจ้งซ่อมฝาท่อ"):
        mail = split_mail(text, is_label)
    assert not mail.forwarded
    own = [line for _, line in mail.own if line]
    assert own[-1] == "โทร 02-555-0101"
    assert any("นางสมใจ" in line for _, line in mail.quoted)


def test_a_memos_from_and_to_lines_open_no_quote() -> None:
    text = "เรียน นายก\nจาก: นายธนา ใจดี\nถึง: นายกเทศมนตรี\nเรื่อง: ขอซ่อมไฟ\n\nไฟดับหน้าบ้าน\n"
    mail = split_mail(text, is_label)
    assert [line for _, line in mail.own if line][-1] == "ไฟดับหน้าบ้าน"
