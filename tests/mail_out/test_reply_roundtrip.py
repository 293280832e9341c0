"""Staff reply and the citizen's answer, over the real servers: a request appended to
Dovecot becomes a case and an acknowledgement; `intake cases reply` sends a threaded
reply (a copy lands in the Sent folder); the citizen's answers, with References and
with only In-Reply-To (and no receipt number in the subject), join the same case."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from servers.smtp import SmtpSink
from sqlmodel import col, select
from support.cli import PASSWORD_ENV, imap_mailbox, run_cli
from support.mailgen import make_mail

from intake.context import Context, open_context
from intake.delivery import deliver_due
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Case, Message, MessageState
from storage.outbox import OutboxPurpose, OutboxRow, OutboxState
from tests.mail_out.mail_support import FRESH, parse, write_mail_config

pytestmark = pytest.mark.integration


def _poll(ctx: Context) -> None:
    assert poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0]).ok
    process_due(ctx)
    deliver_due(ctx)


def _answer(reply: EmailMessage, sender: str, n: int, *, with_references: bool) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@agency.example.go.th"
    mail["Message-ID"] = f"<answer-{n}@example.org>"
    mail["In-Reply-To"] = str(reply["Message-ID"]).strip()
    if with_references:
        mail["Subject"] = f"Re: {reply['Subject']}"
        mail["References"] = f"{reply['References']} {str(reply['Message-ID']).strip()}"
    else:  # a mail program that drops References and rewrites the subject
        mail["Subject"] = "ส่งเอกสารเพิ่มเติม"
    mail.set_content(f"คำตอบที่ {n} ส่งเอกสารเพิ่มเติมตามที่ขอ", charset="utf-8")
    return bytes(mail)


def test_reply_is_threaded_and_both_answers_join_the_case(
    tmp_path: Path,
    smtp_messages: SmtpSink,
    imap_account,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = write_mail_config(
        tmp_path,
        sections={
            "ack": FRESH,
            "smtp": {
                "host": smtp_messages.host,
                "port": smtp_messages.port,
                "security": "plain",
                "from_address": "saraban@agency.example.go.th",
                "sent_copy_mailbox": "saraban",
            },
        },
        mailboxes=[imap_mailbox(imap_account)],
    )
    env = {PASSWORD_ENV: imap_account.password}
    monkeypatch.setenv(PASSWORD_ENV, imap_account.password)
    ctx = open_context(load_settings(config))
    request = make_mail(50)
    imap_account.append("INBOX", request.raw)
    _poll(ctx)
    [ack] = smtp_messages.wait_for(1)
    with transaction(ctx.engine) as session:
        case = session.execute(select(Case)).scalar_one()
    text = tmp_path / "reply.txt"
    text.write_text("เรียน ผู้ยื่นคำร้อง\nโปรดส่งสำเนาบัตรประชาชนเพิ่มเติม\n", encoding="utf-8")
    done = run_cli(config, "cases", "reply", case.receipt_no, "--file", str(text), env=env)
    assert done.returncode == 0, done.stderr
    assert ": sent" in done.stdout
    [_, sent] = smtp_messages.wait_for(2)
    reply = parse(sent.raw)
    original, ack_mail = parse(request.raw), parse(ack.raw)
    assert sent.rcpt_tos == [request.sender]
    assert case.receipt_no in reply["Subject"]
    assert reply["In-Reply-To"] == original["Message-ID"]
    references = reply["References"].split()
    assert references[:2] == [original["Message-ID"], ack_mail["Message-ID"].strip()]
    assert "Auto-Submitted" not in reply  # written by a person
    body = reply.get_body(("plain",))
    assert body is not None and "โปรดส่งสำเนาบัตรประชาชนเพิ่มเติม" in body.get_content()
    sent_copies = [parse(raw) for raw in imap_account.fetch_all("Sent")]
    assert [m["Message-ID"].strip() for m in sent_copies] == [reply["Message-ID"].strip()]
    with transaction(ctx.engine) as session:
        row = session.execute(
            select(OutboxRow).where(col(OutboxRow.purpose) == OutboxPurpose.REPLY)
        ).scalar_one()
        assert row.state == OutboxState.SENT and row.case_id == case.id
    stored = b"".join(p.read_bytes() for p in (tmp_path / "var").glob("intake.db*"))
    assert request.sender.encode() not in stored  # the outgoing mail is sealed at rest
    assert sent.raw[-200:] not in stored

    imap_account.append("INBOX", _answer(reply, request.sender, 1, with_references=True))
    imap_account.append("INBOX", _answer(reply, request.sender, 2, with_references=False))
    _poll(ctx)
    with transaction(ctx.engine) as session:
        answers = list(
            session.execute(
                select(Message.state, Message.case_id).where(col(Message.id) != case.message_id)
            ).all()
        )
    assert answers == [(MessageState.REPLY, case.id), (MessageState.REPLY, case.id)]
    assert len(smtp_messages.messages) == 2  # answers to a case get no new acknowledgement


def test_a_forged_tag_does_not_attach_to_a_case(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    """Our Message-ID format with another case number but a made-up tag is not trusted."""
    from tests.mail_out.mail_support import drop, make_ctx

    ctx = make_ctx(tmp_path, smtp_messages)
    drop(tmp_path, ctx, make_mail(60).raw)
    deliver_due(ctx)
    [ack] = smtp_messages.wait_for(1)
    real = parse(ack.raw)["Message-ID"].strip()
    forged = real.replace(real.split(".")[3][:20], "0" * 20)
    mail = EmailMessage()
    mail["From"] = "someone@example.org"
    mail["To"] = "saraban@agency.example.go.th"
    mail["Subject"] = "เรื่องใหม่"
    mail["Message-ID"] = "<forged@example.org>"
    mail["In-Reply-To"] = forged
    mail.set_content("คำร้องใหม่", charset="utf-8")
    drop(tmp_path, ctx, bytes(mail))
    with transaction(ctx.engine) as session:
        states = sorted(session.execute(select(Message.state)).scalars())
    assert states == [MessageState.CASE, MessageState.CASE]
