"""The rules set 16 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_16.py); these say what
each rule does and does not do, and that its patterns stay bounded on hostile lines."""

from __future__ import annotations

from typed_mail import read

from extractors.mail_text import agency_addresses, split_mail

ID = "1101700203450"  # valid check digit
OTHER_ID = "3100600123450"  # valid check digit too
AGENCY = "saraban@example.go.th"  # the address typed_mail.read sends to


def is_label(line: str) -> bool:
    return ":" in line


# --- agency_notice_quoted: the agency's own mail forwarded back --------------------------

NOTICE = (
    "ถามเรื่องประกาศครับ\nนายสมชาย ใจดี\nโทร 0812345670\n\n"
    "---------- Forwarded message ---------\n"
    "From: อบต. <{sender}>\nSubject: ประกาศ\n\n"
    "ประกาศรับลงทะเบียน\nสอบถามเพิ่มเติม โทร: 043-261-558\n"
    "ที่อยู่: 99 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
)


def test_the_agencys_own_mail_forwarded_back_is_quoted_not_read() -> None:
    with agency_addresses([AGENCY]):
        mail = split_mail(NOTICE.format(sender=AGENCY), is_label)
    assert not mail.forwarded
    assert [line for _, line in mail.own if line][-1] == "โทร 0812345670"
    assert any("043-261-558" in line for _, line in mail.quoted)


def test_a_mail_forwarded_from_anyone_else_is_still_the_request() -> None:
    with agency_addresses([AGENCY]):
        mail = split_mail(NOTICE.format(sender="friend@example.com"), is_label)
    assert mail.forwarded
    assert not any("0812345670" in line for _, line in mail.own)


def test_without_the_envelope_a_forward_is_read_as_before() -> None:
    mail = split_mail(NOTICE.format(sender=AGENCY), is_label)
    assert mail.forwarded


def test_a_case_takes_none_of_the_agencys_address_or_phone() -> None:
    case = read(NOTICE.format(sender=AGENCY))
    assert case.fields["address"] is None
    assert case.fields["phone"] == "+66812345670"
    assert case.fields["full_name"] == "นายสมชาย ใจดี"


def test_an_outlook_original_message_from_the_agency_is_its_quote() -> None:
    text = (
        "ตามนี้ค่ะ\nนางสาวสมหญิง รักดี\n\n-----Original Message-----\n"
        f"From: อบต. <{AGENCY}>\nSent: Tuesday\nTo: a@example.com\n\n"
        "ที่อยู่: 99 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองขอนแก่น\nโทรศัพท์: 043-261-558\n"
    )
    case = read(text)
    assert case.fields["address"] is None
    assert case.fields["phone"] is None
