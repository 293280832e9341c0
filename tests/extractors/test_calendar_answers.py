"""A calendar's answer to a meeting invitation is no request; an invitation still is.

Outcome set 3's #43 (Outlook "ยอมรับ:", text/calendar method=REPLY and an empty text) and
#44 (Google Calendar's "Declined:", the iCalendar also attached as invite.ics) opened
cases. Set 2's trap_calendar_invitation (METHOD:REQUEST from another office) is a case.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from extractors.classify import classify
from extractors.mime import parse_message


def ics(method: str) -> str:
    return (
        f"BEGIN:VCALENDAR\r\nPRODID:-//Test//EN\r\nVERSION:2.0\r\nMETHOD:{method}\r\n"
        "BEGIN:VEVENT\r\nUID:mtg-1@example.go.th\r\nDTSTART:20261210T020000Z\r\n"
        "SUMMARY:Monthly meeting\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.org\r\n"
        "ORGANIZER:mailto:saraban@example.go.th\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def invitation_mail(method: str, subject: str, *, as_file: bool = False) -> bytes:
    mail = EmailMessage()
    mail["From"] = "headman@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail["Message-ID"] = "<cal.1@example.org>"
    mail.set_content("Monthly meeting, Thursday 10 December\n")
    if as_file:  # only a file (Google adds invite.ics; some programs send nothing else)
        mail.add_attachment(ics(method).encode(), maintype="application", subtype="ics",
                            filename="invite.ics")  # fmt: skip
    else:
        mail.add_alternative(ics(method), subtype="calendar", params={"method": method})
    return bytes(mail)


@pytest.mark.parametrize(
    ("subject", "as_file"),
    [("ยอมรับ: Monthly meeting", False), ("Declined: Monthly meeting", True)],
    ids=["outlook_accepted_thai", "google_declined_file"],
)
def test_a_calendar_answer_is_ignored(subject: str, as_file: bool) -> None:
    verdict = classify(parse_message(invitation_mail("REPLY", subject, as_file=as_file)))
    assert verdict.kind == "auto_reply"
    assert "calendar" in verdict.reason


@pytest.mark.parametrize("method", ["REQUEST", "CANCEL", "PUBLISH"])
def test_an_invitation_or_other_calendar_mail_is_not_an_answer(method: str) -> None:
    assert classify(parse_message(invitation_mail(method, "Monthly meeting"))).kind == "request"


def test_a_subject_alone_does_not_make_a_calendar_answer() -> None:
    """A citizen's "ยอมรับ: ..." (I accept the decision) with no iCalendar is a request."""
    mail = EmailMessage()
    mail["From"] = "citizen@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "ยอมรับ: ผลการพิจารณาคำร้อง"
    mail.set_content("ยอมรับผลการพิจารณา และขอรับเอกสารคืน\n")
    assert classify(parse_message(bytes(mail))).kind == "request"


def test_a_calendar_answer_forwarded_inside_a_mail_is_the_forwarders() -> None:
    """A person who forwards a calendar answer as an attached message has written no
    calendar answer (like a bounce forwarded as an attachment)."""
    inner = EmailMessage()
    inner["Subject"] = "Declined: Monthly meeting"
    inner.set_content("declined\n")
    inner.add_alternative(ics("REPLY"), subtype="calendar", params={"method": "REPLY"})
    mail = EmailMessage()
    mail["From"] = "citizen@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "ร้องเรียน ไม่ได้รับเชิญประชุม"
    mail.set_content("ขอร้องเรียนเรื่องการประชุม ตามเอกสารแนบ\n")
    mail.add_attachment(inner)
    assert classify(parse_message(bytes(mail))).kind == "request"
