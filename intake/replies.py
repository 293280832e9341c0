"""Staff replies: write one to the outbox, threaded into the case's conversation.

The reply answers the latest mail from the citizen (the request, or their latest
answer) and lists the whole thread in References; its own Message-ID carries the
case's tag, so the citizen's next answer finds the case even when their mail program
drops References. Reading the citizen's address and the thread's Message-IDs goes
through the privacy door, audited with the staff member and "reply" as purpose.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from intake import webhooks
from intake.context import Context
from intake.errors import IntakeError
from intake.outbox import ReplyThread, queue_reply
from storage.errors import DecryptError
from storage.events import EventFacts
from storage.keys import load_data_key
from storage.models import Case, Message, MessageState
from storage.outbox import OutboxKind, OutboxRow
from storage.privacy import Actor, CaseErased, open_message_json

REPLY_PURPOSE = "reply to the sender"


class ReplyError(IntakeError):
    """A reply that cannot be written (unknown case, erased case, no address)."""


def thread_for(session: Session, ctx: Context, case: Case, actor: Actor) -> ReplyThread:
    assert case.id is not None
    citizen = list(
        session.execute(
            select(Message.id)
            .where(
                (col(Message.id) == case.message_id)
                | ((col(Message.case_id) == case.id) & (col(Message.state) == MessageState.REPLY))
            )
            .order_by(col(Message.captured_at), col(Message.id))
        ).scalars()
    )
    headers = [_headers(session, ctx, message_id, actor) for message_id in citizen]
    original = headers[0]
    to = str(original.get("author_addr") or original.get("from_addr") or "").strip()
    if "@" not in to:
        raise ReplyError(f"case {case.receipt_no}: the request has no sender address to reply to")
    ours = list(
        session.execute(
            select(OutboxRow.message_id)
            .where(col(OutboxRow.case_id) == case.id, col(OutboxRow.kind) == OutboxKind.MAIL)
            .order_by(col(OutboxRow.id))
        ).scalars()
    )
    theirs = [str(h["message_id"]) for h in headers if h.get("message_id")]
    return ReplyThread(
        to=to,
        in_reply_to=theirs[-1] if theirs else None,
        references=[*theirs[:1], *ours, *theirs[1:]],
        subject=str(original.get("subject") or "") or None,
    )


def _headers(session: Session, ctx: Context, message_id: int, actor: Actor) -> dict[str, object]:
    value = open_message_json(
        session,
        ctx.keyring,
        actor=actor,
        purpose=REPLY_PURPOSE,
        message_id=message_id,
        column="headers_enc",
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    return dict(value or {})


def write_reply(
    session: Session, ctx: Context, case: Case, *, body: str, actor: Actor
) -> OutboxRow:
    """Queue a staff reply in the caller's transaction; the outbox job sends it."""
    if not body.strip():
        raise ReplyError("the reply is empty; write the text to send")
    if case.data_key_id is None:
        raise CaseErased(case.id or 0)
    try:
        key = load_data_key(session, ctx.keyring, case.data_key_id)
    except DecryptError:
        raise CaseErased(case.id or 0) from None
    thread = thread_for(session, ctx, case, actor)
    row = queue_reply(session, ctx, case, key=key, thread=thread, body=body, actor=actor)
    sent = EventFacts(type="reply.sent", personal={"to": thread.to})
    webhooks.queue(session, ctx.settings, case, sent, key=key, actor=actor.name)
    return row
