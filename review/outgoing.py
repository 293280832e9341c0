"""The case's outgoing mail (acknowledgement, staff replies) for its conversation panel.

What was sent, when, by whom and how it went is always shown; the text holds personal
data, so it is decrypted (through the privacy door, audited) only when the page is
revealed with a reason, like the rest of the case.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from email.message import EmailMessage

from pydantic import BaseModel
from sqlmodel import Session, col, select

from intake.context import Context
from intake.outbox import build_ack, is_draft
from storage.outbox import OutboxKind, OutboxRow
from storage.privacy import Actor, open_outbox_payload


class OutgoingView(BaseModel):
    purpose: str  # "ack" | "reply"
    state: str  # "pending" | "sent" | "failed"
    created_at: datetime
    sent_at: datetime | None
    created_by: str
    attempts: int
    last_error: str | None
    subject: str | None  # only when revealed
    text: str | None  # only when revealed


def outgoing_mail(
    session: Session, ctx: Context, case_id: int, *, actor: Actor, reveal_reason: str | None
) -> list[OutgoingView]:
    rows = session.execute(
        select(OutboxRow)
        .where(col(OutboxRow.case_id) == case_id, col(OutboxRow.kind) == OutboxKind.MAIL)
        .order_by(col(OutboxRow.id))
    ).scalars()  # webhook rows are events, not the case's mail
    views = []
    for row in rows:
        subject = text = None
        if reveal_reason and row.payload_enc is not None and row.id is not None:
            raw = open_outbox_payload(
                session, ctx.keyring, actor=actor, purpose=reveal_reason, outbox_id=row.id
            )
            if is_draft(row):  # not built until it is sent: show what it will say
                raw = build_ack(ctx.settings, raw)
            subject, text = _subject_and_text(raw)
        views.append(
            OutgoingView(
                purpose=row.purpose,
                state=row.state,
                created_at=row.created_at,
                sent_at=row.sent_at,
                created_by=row.created_by,
                attempts=row.attempts,
                last_error=row.last_error,
                subject=subject,
                text=text,
            )
        )
    return views


def _subject_and_text(raw: bytes) -> tuple[str, str]:
    """Our own composed mail (not untrusted input): subject and plain-text body."""
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    body = mail.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return str(mail.get("Subject", "")), str(text)
