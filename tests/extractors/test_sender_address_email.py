"""A request that gives no e-mail in its text: the address the citizen wrote from is the
case's e-mail, flagged, less sure than a typed one (sets 41 and 43: two writers, each on
their own, expected the From address where the citizen typed none, or left a form's
e-mail box at its prompt). Not a machine's address, the agency's own, a forwarder's, or
that of someone writing for another person."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(
    text: str, sender: str = "Kanya Test <kanya.sender@example.com>", subject: str = "ขอรับเบี้ยยังชีพ"
):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


FORM = "ชื่อ-สกุล: นางกันยา ทดสอบ\nโทรศัพท์: 0891112233\nที่อยู่: 12 หมู่ 4 ต.ท่าช้าง อ.เมืองจันทบุรี จ.จันทบุรี 22000\n"


def test_no_typed_email_takes_the_senders_address_flagged() -> None:
    case = read("เรียน เจ้าหน้าที่\n\n" + FORM)
    assert case.fields["email"] == "kanya.sender@example.com"
    assert case.issues.get("email")  # a clerk is told it was not typed
    assert case.confidence["email"] < 0.8


def test_a_typed_email_wins_over_the_senders_address() -> None:
    case = read("เรียน เจ้าหน้าที่\n\n" + FORM + "อีเมล: kanya.home@example.net\n")
    assert case.fields["email"] == "kanya.home@example.net"


def test_an_email_box_left_at_its_prompt_takes_the_senders_address() -> None:
    case = read("เรียน เจ้าหน้าที่\n\n" + FORM + "อีเมล: -\n")
    assert case.fields["email"] == "kanya.sender@example.com"


def test_a_machines_or_the_agencys_address_is_no_citizens() -> None:
    for sender in ("Form service <no-reply@forms.example.com>", "saraban@example.go.th"):
        case = read("เรียน เจ้าหน้าที่\n\n" + FORM, sender=sender)
        assert case.fields.get("email") is None, sender


def test_a_forwarders_address_is_not_the_citizens() -> None:
    forwarded = (
        "ส่งต่อคำร้องของชาวบ้านครับ\n\n"
        "---------- Forwarded message ---------\n"
        "From: Kanya Test <kanya.sender@example.com>\n"
        "Date: Mon, 5 Jan 2026 at 09:00\n"
        "Subject: ขอรับเบี้ยยังชีพ\n"
        "To: <clerk.somsak@example.org>\n\n" + FORM
    )
    case = read(
        forwarded, sender="Somsak Clerk <clerk.somsak@example.org>", subject="Fwd: ขอรับเบี้ยยังชีพ"
    )
    assert case.fields["email"] != "clerk.somsak@example.org"


def test_a_carer_writing_from_her_own_mailbox_gives_no_email_of_the_elders() -> None:
    # set 46: a carer sends her mother's allowance request from her own mailbox, her Thai
    # name on the From line; the mailbox is the carer's, not the applicant's
    text = "เรียน เจ้าหน้าที่\n\nชื่อ-สกุล: นางบุญมา ทดสอบ\nโทรศัพท์: 0891112233\n"
    case = read(text, sender="สุดา ทดสอบ <suda.carer@example.com>")
    assert case.fields.get("email") is None
    own = read(text, sender="บุญมา ทดสอบ <boonma.t@example.com>")
    assert own.fields["email"] == "boonma.t@example.com"
