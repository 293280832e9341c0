"""Mail that must not be answered gets no acknowledgement (RFC 3834; what Zammad and
osTicket check), each sender at most once an hour, each recipient a capped number a
day, and two auto-responders stop after one exchange."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from servers.smtp import SmtpSink
from sqlmodel import col, select
from support.mailgen import make_mail

from extractors.base import ParsedMessage
from intake.context import Context
from intake.delivery import deliver_due
from intake.mail_out.suppress import OwnIdentity, no_answer_reason
from storage.db import transaction
from storage.models import Message, MessageState
from storage.outbox import OutboxRow
from tests.mail_out.mail_support import drop, make_ctx, parse

OWN = OwnIdentity(
    addresses=frozenset({"saraban@agency.example.go.th"}),
    message_id_domain="agency.example.go.th",
)


def parsed(
    headers: dict[str, str] | None = None,
    sender: str = "somchai@example.org",
    message_id: str = "<abc@example.org>",
) -> ParsedMessage:
    return ParsedMessage(
        from_addr=sender,
        message_id=message_id,
        headers={k.lower(): [v] for k, v in (headers or {}).items()},
    )


@pytest.mark.parametrize(
    ("headers", "sender", "message_id", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, None, None, "Auto-Submitted is not 'no'"),
        ({"Auto-Submitted": "auto-generated; foo"}, None, None, "Auto-Submitted is not 'no'"),
        ({"Precedence": "bulk"}, None, None, "Precedence: bulk"),
        ({"Precedence": "list"}, None, None, "Precedence: list"),
        ({"Precedence": "junk"}, None, None, "Precedence: junk"),
        ({"Precedence": "auto_reply"}, None, None, "Precedence: auto_reply"),
        ({"List-Post": "<mailto:l@example.org>"}, None, None, "List-* header"),
        ({"List-Id": "<l.example.org>"}, None, None, "List-* header"),
        ({"X-Auto-Response-Suppress": "All"}, None, None, "X-Auto-Response-Suppress header"),
        ({"X-Auto-Response-Suppress": "AutoReply"}, None, None, "X-Auto-Response-Suppress header"),
        ({"X-Auto-Response-Suppress": "DR, OOF"}, None, None, "X-Auto-Response-Suppress header"),
        ({"X-Auto-Response-Suppress": "-1"}, None, None, "X-Auto-Response-Suppress header"),
        ({"X-Autoreply": "yes"}, None, None, "X-Autoreply/X-Autorespond header"),
        ({"X-Autorespond": "yes"}, None, None, "X-Autoreply/X-Autorespond header"),
        ({}, "", None, "empty or invalid sender"),
        ({}, "MAILER-DAEMON@mx.example.org", None, "MAILER-DAEMON, postmaster or no-reply sender"),
        ({}, "postmaster@example.org", None, "MAILER-DAEMON, postmaster or no-reply sender"),
        ({}, "noreply@bank.example", None, "MAILER-DAEMON, postmaster or no-reply sender"),
        ({}, "no-reply+x@bank.example", None, "MAILER-DAEMON, postmaster or no-reply sender"),
        ({}, "Saraban@Agency.Example.go.th", None, "sent from the agency's own address"),
        ({}, None, "<sb.1.2.3@agency.example.go.th>", "Message-ID in the agency's own domain"),
        ({"Return-Path": "<>"}, None, None, "null Return-Path"),
    ],
)
def test_mail_that_must_not_be_answered(
    headers: dict[str, str], sender: str | None, message_id: str | None, reason: str
) -> None:
    mail = parsed(
        headers,
        sender="somchai@example.org" if sender is None else sender,
        message_id=message_id or "<abc@example.org>",
    )
    assert no_answer_reason(mail, OWN) == reason


@pytest.mark.parametrize(
    "headers",
    [{}, {"Auto-Submitted": "no"}, {"Auto-Submitted": "No"}, {"Precedence": "first-class"}],
)
def test_an_ordinary_request_may_be_answered(headers: dict[str, str]) -> None:
    assert no_answer_reason(parsed(headers), OWN) is None


@pytest.mark.parametrize("value", ["DR", "NDR, RN", "RN, NRN", "None", "0"])
def test_suppressing_only_reports_leaves_the_answer(value: str) -> None:
    """MS-OXCMAIL 2.1.3.2.20: DR, NDR, RN and NRN suppress delivery and read reports;
    only All, OOF and AutoReply ask that no automatic answer be sent."""
    assert no_answer_reason(parsed({"X-Auto-Response-Suppress": value}), OWN) is None


EXCHANGE_GROUP = {
    "X-Auto-Response-Suppress": "DR, OOF, AutoReply",
    "X-MS-Exchange-Organization-AuthSource": "EXCH01.agency.example.go.th",
}


def test_our_own_exchange_group_does_not_silence_the_receipt() -> None:
    """An Exchange distribution group adds X-Auto-Response-Suppress to every mail it
    hands on: on mail from outside that our own Exchange organisation accepted, the
    header is the group's, not the citizen's, and the Act's receipt is still owed."""
    assert no_answer_reason(parsed(EXCHANGE_GROUP), OWN) is None


def test_another_organisations_exchange_still_silences() -> None:
    elsewhere = {**EXCHANGE_GROUP, "X-MS-Exchange-Organization-AuthSource": "mx.example.org"}
    assert no_answer_reason(parsed(elsewhere), OWN) == "X-Auto-Response-Suppress header"


def test_staff_mail_through_our_exchange_is_still_not_answered() -> None:
    staff = parsed(EXCHANGE_GROUP, sender="clerk@agency.example.go.th")
    assert no_answer_reason(staff, OWN) == "X-Auto-Response-Suppress header"


def _with(raw: bytes, **headers: str) -> bytes:
    mail = parse(raw)
    for name, value in headers.items():
        name = name.replace("_", "-")
        del mail[name]
        mail[name] = value
    return bytes(mail)


def _acks(ctx: Context) -> int:
    with transaction(ctx.engine) as session:
        return len(list(session.execute(select(OutboxRow.id)).scalars()))


def _ack_facts(ctx: Context) -> list[str]:
    with transaction(ctx.engine) as session:
        rows = session.execute(
            select(Message.facts_json).where(col(Message.state) == MessageState.CASE)
        ).scalars()
        return [json.loads(f or "{}").get("ack", "") for f in rows]


def test_auto_mail_bounces_lists_and_own_mail_get_nothing(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_messages)
    mails = [
        _with(make_mail(10).raw, Auto_Submitted="auto-replied"),
        _with(make_mail(11).raw, Precedence="bulk"),
        _with(make_mail(12).raw, List_Unsubscribe="<mailto:u@example.org>"),
        _with(make_mail(13).raw, From="MAILER-DAEMON@mx.example.org"),
        _with(make_mail(14).raw, From="saraban@agency.example.go.th"),
        _with(make_mail(15).raw, X_Auto_Response_Suppress="All"),
        _with(make_mail(16).raw, From="noreply@portal.example.org"),
        _with(make_mail(17).raw, Message_ID="<own-1@agency.example.go.th>"),
    ]
    drop(tmp_path, ctx, *mails)
    deliver_due(ctx)
    assert _acks(ctx) == 0
    assert smtp_messages.messages == []
    # the ones that are still requests opened a case, each with its reason for no ack
    # (X-Auto-Response-Suppress asks for no auto-answer; it does not make mail automatic;
    # mail written as our own inbox is our own, or a forgery of it: no case either)
    assert sorted(_ack_facts(ctx)) == [
        "no ack: MAILER-DAEMON, postmaster or no-reply sender",
        "no ack: Message-ID in the agency's own domain",
        "no ack: X-Auto-Response-Suppress header",
    ]


def test_one_ack_per_sender_per_hour(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    ctx = make_ctx(tmp_path, smtp_messages)
    first = make_mail(20)
    second = _with(make_mail(21).raw, From=first.sender)
    drop(tmp_path, ctx, first.raw)
    drop(tmp_path, ctx, second)
    assert _acks(ctx) == 1
    assert sorted(_ack_facts(ctx)) == [
        "ack queued",
        "no ack: sender already acknowledged 1 time(s) in the last hour",
    ]


def test_a_cap_per_recipient_per_day(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    ctx = make_ctx(
        tmp_path, smtp_messages, ack={"per_sender_per_hour": 100, "per_recipient_per_day": 2}
    )
    sender = make_mail(30).sender
    for n in range(3):
        drop(tmp_path, ctx, _with(make_mail(30 + n).raw, From=sender))
    assert _acks(ctx) == 2
    assert "no ack: recipient already got 2 acknowledgement(s) in the last day" in _ack_facts(ctx)


def _naive_auto_reply(to_ack: EmailMessage, *, threaded: bool) -> bytes:
    """An auto-responder that marks nothing (no Auto-Submitted, no Precedence)."""
    mail = EmailMessage()
    mail["From"] = str(to_ack["To"])
    mail["To"] = "saraban@agency.example.go.th"
    mail["Message-ID"] = f"<naive-{threaded}@example.org>"
    if threaded:
        mail["Subject"] = f"Re: {to_ack['Subject']}"
        mail["In-Reply-To"] = str(to_ack["Message-ID"]).strip()
    else:
        mail["Subject"] = "ขอบคุณสำหรับอีเมลของท่าน"
    mail.set_content("ขอบคุณ เราได้รับอีเมลของท่านแล้ว", charset="utf-8")
    return bytes(mail)


def test_two_auto_responders_stop_after_one_exchange(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Agency A acknowledges agency B's mail; B (the same product) gets A's ack and
    answers nothing; a naive auto-responder answering A's ack gets nothing either."""
    a = make_ctx(tmp_path / "a", smtp_messages)
    b_sections = {
        "smtp": {
            "host": smtp_messages.host,
            "port": smtp_messages.port,
            "security": "plain",
            "from_address": "saraban@b.example.go.th",
        },
    }
    b = make_ctx(tmp_path / "b", None, **b_sections)
    first = _with(make_mail(40).raw, From="saraban@b.example.go.th")
    drop(tmp_path / "a", a, first)
    assert deliver_due(a).sent == 1
    [ack] = smtp_messages.wait_for(1)
    assert ack.rcpt_tos == ["saraban@b.example.go.th"]
    drop(tmp_path / "b", b, ack.raw)  # B receives A's acknowledgement
    deliver_due(b)
    assert _acks(b) == 0
    with transaction(b.engine) as session:
        states = list(session.execute(select(Message.state)).scalars())
    assert states == [MessageState.IGNORED]
    # a naive responder answers A's ack, threaded and not: A sends nothing more
    ack_mail = parse(ack.raw)
    drop(tmp_path / "a", a, _naive_auto_reply(ack_mail, threaded=True))
    drop(tmp_path / "a", a, _naive_auto_reply(ack_mail, threaded=False))
    deliver_due(a)
    assert len(smtp_messages.messages) == 1
    with transaction(a.engine) as session:
        states = sorted(session.execute(select(Message.state)).scalars())
    assert states == sorted([MessageState.CASE, MessageState.REPLY, MessageState.CASE])


def test_old_mail_and_imported_mail_get_no_ack(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    """A first read of a mailbox full of old mail, or an archive brought in with
    `intake import`, must not send citizens a flood of acknowledgements."""
    from intake.importer import import_paths
    from intake.runner import process_due

    ctx = make_ctx(tmp_path, smtp_messages, ack={"max_age_hours": 72})
    drop(tmp_path, ctx, make_mail(100).raw)  # dated early in 2026: old
    archive = tmp_path / "archive.eml"
    archive.write_bytes(_with(make_mail(101).raw, Date="Tue, 01 Dec 2026 00:00:00 +0000"))
    import_paths(ctx, [archive])
    process_due(ctx)
    fresh = make_ctx(tmp_path / "fresh", smtp_messages, ack={"max_age_hours": 87600})
    drop(tmp_path / "fresh", fresh, make_mail(102).raw)
    assert _acks(ctx) == 0 and _acks(fresh) == 1
    assert sorted(_ack_facts(ctx)) == [
        "no ack: imported with intake import",
        "no ack: sent more than 72 hours ago",
    ]


def test_the_ack_goes_to_the_email_field_when_configured(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    body_email = "somsri.other@example.net"
    mail = EmailMessage()
    mail["From"] = "somchai.sender@example.org"
    mail["To"] = "saraban@agency.example.go.th"
    mail["Subject"] = "คำร้องทั่วไป"
    mail["Message-ID"] = "<field-1@example.org>"
    mail.set_content(
        f"ชื่อ-นามสกุล: สมศรี ทดสอบ\nอีเมล: {body_email}\nรายละเอียด: ขอข้อมูล\n", charset="utf-8"
    )
    raw = bytes(mail)
    ctx = make_ctx(tmp_path, smtp_messages, ack={"to": "email_field"})
    drop(tmp_path, ctx, raw)
    deliver_due(ctx)
    [ack] = smtp_messages.wait_for(1)
    assert ack.rcpt_tos == [body_email]
