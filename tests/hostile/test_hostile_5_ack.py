"""Hostile set 5, the acknowledgement: line breaks smuggled in encoded words of the
Subject and the From display name (each followed by a Bcc and a body of the attacker's),
and a Reply-To of 500 victims with a Bcc hidden after an encoded line break, plus receipt
requests at a victim. The real pipeline files the mail and the real outbox sends through
an SMTP server on loopback: the acknowledgement goes to the sender alone, and no header
or body the attacker wrote appears in it as one."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from hostile_mail_2 import Bait
from hostile_mail_5 import VICTIMS, by_name
from servers.smtp import SmtpSink
from sqlmodel import select

from intake.delivery import deliver_due
from storage.db import transaction
from storage.models import Message
from tests.mail_out.mail_support import drop, make_ctx

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("name", ["crlf_subject_and_name", "crlf_reply_to_cannon"])
def test_a_smuggled_line_break_adds_no_recipient_header_or_body_to_the_ack(
    tmp_path: Path, smtp_messages: SmtpSink, name: str
) -> None:
    ctx = make_ctx(tmp_path, smtp_messages)
    raw = by_name(name).build(Bait(tmp_path / "none", "none", 9, "none"), 520)
    drop(tmp_path, ctx, raw)
    with transaction(ctx.engine) as session:
        states = [m.state for m in session.execute(select(Message)).scalars()]
    assert states == ["case"], states
    deliver_due(ctx)
    assert smtp_messages.messages, "no acknowledgement was sent"
    for sent in smtp_messages.messages:
        rcpts = [r.lower() for r in sent.rcpt_tos]
        assert rcpts == ["citizen505.520@example.org"], rcpts
        text = sent.raw.decode("utf-8", "replace")
        header_block = text.split("\r\n\r\n", 1)[0] if "\r\n\r\n" in text else text
        assert not re.search(r"^(?:Bcc|X-Injected|Set-Cookie)\s*:", header_block, re.I | re.M)
        mail = message_from_bytes(sent.raw, policy=default)
        for key, value in mail.items():
            assert "\r" not in str(value) and "\n" not in str(value), (key, value)
        addressed = " ".join(str(mail.get(k, "")) for k in ("To", "Cc", "Bcc", "Reply-To"))
        for victim in (*VICTIMS, "victim0@example.net"):
            assert victim not in addressed, f"the ack is addressed to a victim: {victim}"
