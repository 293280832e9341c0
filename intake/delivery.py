"""The outbox, sending side: `deliver_due` (the scheduler's outbox job, also run right
after each stage batch) sends what is due, one row at a time:

    1. claim (one transaction): attempts += 1, an attempt row "started", the row leased
       for `outbox.lease_seconds`; the sealed mail opened through the privacy door;
    2. send over SMTP, outside any transaction;
    3. finish (one transaction): the row "sent" (or backed off, or "failed"), the attempt
       closed with its outcome.

A crash between 2 and 3 leaves the row pending: it is sent again after the lease with
the same bytes and so the same Message-ID (fixed when the row was written), which the
receiving side can deduplicate. Connection and login errors never use up a mail: the
row waits, backing off, until SMTP works. A row whose case was erased fails alone.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import threading
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from intake.context import Context
from intake.errors import IntakeError
from intake.mail_out.sent_copy import append_sent_copy
from intake.mail_out.smtp import MailError, SmtpLoginFailed, SmtpRejected, SmtpUnavailable
from intake.mail_out.smtp import send_mail as smtp_send
from intake.outbox import build_ack, is_draft, seal_payload
from intake.webhooks import WebhookRun, deliver_webhooks
from storage.db import is_postgres, transaction
from storage.errors import StorageError
from storage.keys import load_data_key
from storage.models import MailboxStatus, utcnow
from storage.outbox import OutboxAttempt, OutboxKind, OutboxPurpose, OutboxRow, OutboxState
from storage.privacy import SYSTEM, CaseErased, open_outbox_payload

log = logging.getLogger("intake.outbox")
MAX_BACKOFF = timedelta(hours=6)
SEND_PURPOSE = "outbox:send"


# -- sending --------------------------------------------------------------------------


@dataclass
class DeliveryRun:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    error: str | None = None  # the connection-level error that stopped this run
    webhooks: WebhookRun = field(default_factory=WebhookRun)
    sent_ids: list[int] = field(default_factory=list)


def deliver_due(ctx: Context, stop: threading.Event | None = None, limit: int = 500) -> DeliveryRun:
    """Send every due mail row (at most `limit`); stops at the first connection error."""
    run = DeliveryRun()
    if ctx.settings.webhooks:  # webhooks do not wait for SMTP
        run.webhooks = deliver_webhooks(ctx, stop, limit)
    if ctx.settings.smtp is None:
        return run  # the embedded default: mail waits; status says so
    for _ in range(limit):
        if stop is not None and stop.is_set():
            break
        claimed = _claim_next(ctx)
        if claimed is None:
            break
        row_id, attempt_id, raw, purpose, draft = claimed
        if raw is None:  # the case was erased: nothing left to send
            run.failed += 1
            continue
        if draft:
            raw = _build_once(ctx, row_id, attempt_id, raw)
            if raw is None:
                run.deferred += 1
                continue
        if not _send_one(ctx, row_id, attempt_id, raw, run):
            break
        if purpose == OutboxPurpose.REPLY and row_id in run.sent_ids:
            append_sent_copy(ctx.settings, raw)
    if run.error is not None or run.sent:
        record_smtp_health(ctx, run.error)
    return run


def _claim_next(ctx: Context) -> tuple[int, int, bytes | None, str, bool] | None:
    """Claim the next due row and open its mail; (ids, None, ...) when its case was
    erased (the row is failed on the spot: an erased person's mail is never sent)."""
    now = utcnow()
    settings = ctx.settings
    with transaction(ctx.engine) as session:
        query = (
            select(OutboxRow)
            .where(
                col(OutboxRow.kind) == OutboxKind.MAIL,
                col(OutboxRow.state) == OutboxState.PENDING,
                or_(
                    col(OutboxRow.next_attempt_at).is_(None), col(OutboxRow.next_attempt_at) <= now
                ),
            )
            .order_by(col(OutboxRow.id))
            .limit(1)
        )
        if is_postgres(ctx.engine):  # several workers: each row to one of them
            query = query.with_for_update(skip_locked=True)
        row = session.execute(query).scalar_one_or_none()
        if row is None:
            return None
        assert row.id is not None
        row.attempts += 1
        row.next_attempt_at = now + timedelta(seconds=settings.outbox.lease_seconds)
        attempt = OutboxAttempt(outbox_id=row.id)
        session.add(attempt)
        session.flush()
        assert attempt.id is not None
        try:  # the door raises before writing anything, or after auditing the failure
            raw: bytes | None = open_outbox_payload(
                session,
                ctx.keyring,
                actor=SYSTEM,
                purpose=SEND_PURPOSE,
                outbox_id=row.id,
                checkpoint_every=settings.audit_checkpoint_every,
            )
        except (CaseErased, StorageError):
            raw = None
            reason = "case erased: its mail can no longer be sent"
            row.state, row.next_attempt_at, row.last_error = OutboxState.FAILED, None, reason
            attempt.outcome, attempt.error, attempt.finished_at = "error", reason, now
        return row.id, attempt.id, raw, row.purpose, is_draft(row)


def _build_once(ctx: Context, row_id: int, attempt_id: int, draft: bytes) -> bytes | None:
    """Build a drafted acknowledgement outside any transaction and keep the bytes in its
    row, so every retry sends the same mail; None (the attempt recorded) if it failed."""
    try:
        raw = build_ack(ctx.settings, draft)
        with transaction(ctx.engine) as session:
            row = session.get(OutboxRow, row_id)
            if row is None or row.data_key_id is None:
                raise StorageError(f"outbox row {row_id} is gone")
            key = load_data_key(session, ctx.keyring, row.data_key_id)
            row.payload_enc = seal_payload(key, raw, row_id)
            row.payload_sha256 = hashlib.sha256(raw).hexdigest()
    except Exception as exc:  # a missing signing key, an erased case: recorded, retried
        said = exc if isinstance(exc, IntakeError | StorageError) else type(exc).__name__
        reason = f"acknowledgement not built: {said}"
        _finish(ctx, row_id, attempt_id, error=reason, give_up=False)
        return None
    return raw


def _send_one(ctx: Context, row_id: int, attempt_id: int, raw: bytes, run: DeliveryRun) -> bool:
    """Send one claimed row and record the outcome; False when the run should stop."""
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    try:
        smtp_send(ctx.settings.smtp, mail)
    except SmtpRejected as exc:
        _finish(ctx, row_id, attempt_id, error=str(exc), give_up=True)
        run.failed += 1
        return True
    except (SmtpUnavailable, SmtpLoginFailed) as exc:
        _finish(ctx, row_id, attempt_id, error=str(exc), give_up=False, counts=False)
        run.deferred += 1
        run.error = str(exc)
        return False
    except MailError as exc:
        _finish(ctx, row_id, attempt_id, error=str(exc), give_up=False)
        run.deferred += 1
        return True
    _finish(ctx, row_id, attempt_id, error=None, give_up=False)
    run.sent += 1
    run.sent_ids.append(row_id)
    return True


def _finish(
    ctx: Context,
    row_id: int,
    attempt_id: int,
    *,
    error: str | None,
    give_up: bool,
    counts: bool = True,
) -> None:
    now = utcnow()
    outbox = ctx.settings.outbox
    with transaction(ctx.engine) as session:
        row = session.get(OutboxRow, row_id)
        attempt = session.get(OutboxAttempt, attempt_id)
        if row is None or attempt is None:
            return
        attempt.finished_at = now
        attempt.outcome = "sent" if error is None else "error"
        attempt.error = error[:300] if error else None
        if error is None:
            row.state = OutboxState.SENT
            row.sent_at = now
            row.next_attempt_at = None
            row.last_error = None
            log.info("mail sent", extra={"event": "outbox_sent", "outbox": row_id})
            return
        row.last_error = error[:300]
        if give_up or (counts and row.attempts >= outbox.max_attempts):
            row.state = OutboxState.FAILED
            row.next_attempt_at = None
        else:
            delay = timedelta(seconds=outbox.retry_base_seconds * 2 ** max(row.attempts - 1, 0))
            row.next_attempt_at = now + min(delay, MAX_BACKOFF)
        log.warning(
            "mail not sent", extra={"event": "outbox_error", "outbox": row_id, "reason": error}
        )


# -- reporting ------------------------------------------------------------------------

# SMTP health is kept in the mailbox_status table under a name no mailbox can have
# (mailbox names are lower-case letters, digits, '-' and '_'), so no new table is needed.
SMTP_STATUS_NAME = "@smtp"


def record_smtp_health(ctx: Context, error: str | None) -> None:
    """Remember the outcome of the last SMTP contact, for `intake status`."""
    now = utcnow()
    with transaction(ctx.engine) as session:
        row = session.get(MailboxStatus, SMTP_STATUS_NAME)
        if row is None:
            row = MailboxStatus(name=SMTP_STATUS_NAME)
            session.add(row)
        row.last_poll_at = now
        if error is None:
            row.last_ok_at = now
            row.last_error = None
            row.consecutive_failures = 0
        else:
            row.last_error = error[:300]
            row.consecutive_failures += 1


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    sent: int
    failed: int
    last_error: str | None
    smtp_contacted: bool


def outbox_summary(session: Session) -> OutboxSummary:
    rows = session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
    counts = {state: n for state, n in rows}
    health = session.get(MailboxStatus, SMTP_STATUS_NAME)
    last_error = health.last_error if health else None
    return OutboxSummary(
        pending=counts.get(OutboxState.PENDING, 0),
        sent=counts.get(OutboxState.SENT, 0),
        failed=counts.get(OutboxState.FAILED, 0),
        last_error=last_error,
        smtp_contacted=health is not None,
    )
