"""Webhooks, sending side: POST each due "webhook" outbox row to its endpoint, signed
the Standard Webhooks way (intake/webhook_signing.py), and record the outcome.

2xx: sent. 410 Gone: the endpoint said it wants no more; it is disabled (kept in
mailbox_status under "@wh:<name>", shown by `intake status`) and its rows fail. Anything
else: retried on the spec's schedule (`retry_delay`), then dead-lettered (state failed).
The webhook-id is the row's `message_id`, so a retry carries the same id. Payloads are
never logged.
"""

from __future__ import annotations

import logging
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from intake.context import Context
from intake.errors import ConfigError
from intake.follow_ups import other_sender_replies
from intake.settings import Settings, WebhookSettings
from intake.webhook_signing import headers, retry_delay
from storage.crypto import DataKey
from storage.db import is_postgres, transaction
from storage.errors import StorageError
from storage.events import WEBHOOK_KIND, Endpoint, EventFacts, queue_event
from storage.models import Case, MailboxStatus, utcnow
from storage.outbox import OutboxAttempt, OutboxRow, OutboxState
from storage.privacy import SYSTEM, CaseErased, open_outbox_payload

log = logging.getLogger("intake.webhooks")
SEND_PURPOSE = "outbox:send"
DISABLED_PREFIX = "@wh:"  # mailbox names never start with '@'
GONE = "410 Gone: endpoint disabled"


def endpoints(settings: Settings) -> list[Endpoint]:
    return [
        Endpoint(name=w.name, events=frozenset(w.events), personal_data=w.personal_data)
        for w in settings.webhooks
    ]


def queue(
    session: Session,
    settings: Settings,
    case: Case,
    facts: EventFacts,
    *,
    key: DataKey | None = None,
    actor: str = "intake",
) -> int:
    """Queue `facts` for every subscribed endpoint, in the caller's transaction."""
    if not settings.webhooks:
        return 0
    facts = replace(facts, extra={**facts.extra, OTHER_SENDER: _other_sender(session, case, facts)})
    return len(queue_event(session, endpoints(settings), case, facts, key=key, actor=actor))


OTHER_SENDER = "other_sender_replies"  # as the API and exports name it


def _other_sender(session: Session, case: Case, facts: EventFacts) -> int:
    """The case's mails from another mailbox than its request's, as this event leaves
    them (intake/follow_ups.py): a new case has none."""
    if facts.type == "case.created" or case.id is None:
        return 0
    return other_sender_replies(session, case.id)


# -- sending --------------------------------------------------------------------------


@dataclass
class WebhookRun:
    sent: int = 0
    failed: int = 0
    deferred: int = 0


@dataclass(frozen=True)
class Outcome:
    error: str | None  # None: delivered
    gone: bool = False


def deliver_webhooks(
    ctx: Context, stop: threading.Event | None = None, limit: int = 500
) -> WebhookRun:
    run = WebhookRun()
    for _ in range(limit):
        if stop is not None and stop.is_set():
            break
        claimed = _claim_next(ctx)
        if claimed is None:
            break
        row_id, attempt_id, body, target, webhook_id = claimed
        if body is None:
            run.failed += 1
            continue
        endpoint = _endpoint(ctx.settings, target)
        if endpoint is None:
            _finish(ctx, row_id, attempt_id, Outcome("endpoint no longer configured"), final=True)
            run.failed += 1
            continue
        outcome = post(endpoint, webhook_id, body)
        state = _finish(ctx, row_id, attempt_id, outcome)
        if state == OutboxState.SENT:
            run.sent += 1
        elif state == OutboxState.FAILED:
            run.failed += 1
        else:
            run.deferred += 1
    return run


def _endpoint(settings: Settings, name: str | None) -> WebhookSettings | None:
    return next((w for w in settings.webhooks if w.name == name), None)


def disabled_endpoints(session: Session) -> list[str]:
    query = select(MailboxStatus).where(col(MailboxStatus.name).startswith(DISABLED_PREFIX))
    return [row.name.removeprefix(DISABLED_PREFIX) for row in session.execute(query).scalars()]


def _is_disabled(session: Session, name: str | None) -> bool:
    return name is not None and session.get(MailboxStatus, DISABLED_PREFIX + name) is not None


def _claim_next(ctx: Context) -> tuple[int, int, bytes | None, str | None, str] | None:
    now = utcnow()
    with transaction(ctx.engine) as session:
        query = (
            select(OutboxRow)
            .where(
                col(OutboxRow.kind) == WEBHOOK_KIND,
                col(OutboxRow.state) == OutboxState.PENDING,
                or_(
                    col(OutboxRow.next_attempt_at).is_(None), col(OutboxRow.next_attempt_at) <= now
                ),
            )
            .order_by(col(OutboxRow.id))
            .limit(1)
        )
        if is_postgres(ctx.engine):
            query = query.with_for_update(skip_locked=True)
        row = session.execute(query).scalar_one_or_none()
        if row is None:
            return None
        assert row.id is not None
        row.attempts += 1
        row.next_attempt_at = now + timedelta(seconds=ctx.settings.outbox.lease_seconds)
        attempt = OutboxAttempt(outbox_id=row.id)
        session.add(attempt)
        session.flush()
        assert attempt.id is not None
        body, reason = _open_body(ctx, session, row)
        if _is_disabled(session, row.target):
            body, reason = None, GONE
        if body is None:
            row.state, row.next_attempt_at, row.last_error = OutboxState.FAILED, None, reason
            attempt.outcome, attempt.error, attempt.finished_at = "error", reason, now
        return row.id, attempt.id, body, row.target, row.message_id


def _open_body(ctx: Context, session: Session, row: OutboxRow) -> tuple[bytes | None, str]:
    if row.data_key_id is None:  # no personal data: stored as is
        return row.payload_enc, "no payload"
    assert row.id is not None
    try:
        return open_outbox_payload(
            session,
            ctx.keyring,
            actor=SYSTEM,
            purpose=SEND_PURPOSE,
            outbox_id=row.id,
            checkpoint_every=ctx.settings.audit_checkpoint_every,
        ), ""
    except (CaseErased, StorageError):
        return None, "case erased: its event can no longer be sent"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer, not a new address: signed events go only where configured."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def post(endpoint: WebhookSettings, webhook_id: str, body: bytes) -> Outcome:
    """POST one signed delivery; never raises for the endpoint's faults."""
    try:
        signed = headers(endpoint.secret(), webhook_id, body)
    except (ConfigError, ValueError) as exc:
        return Outcome(str(exc))
    request = urllib.request.Request(endpoint.url, data=body, headers=signed, method="POST")
    try:
        with _opener.open(request, timeout=endpoint.timeout_seconds) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return Outcome(f"cannot reach {endpoint.name}: {reason}")
    if 200 <= status < 300:
        return Outcome(None)
    if status == 410:
        return Outcome(GONE, gone=True)
    return Outcome(f"{endpoint.name} answered HTTP {status}")


def _finish(
    ctx: Context, row_id: int, attempt_id: int, outcome: Outcome, *, final: bool = False
) -> str:
    now = utcnow()
    with transaction(ctx.engine) as session:
        row = session.get(OutboxRow, row_id)
        attempt = session.get(OutboxAttempt, attempt_id)
        if row is None or attempt is None:
            return OutboxState.FAILED
        attempt.finished_at = now
        attempt.outcome = "sent" if outcome.error is None else "error"
        attempt.error = outcome.error[:300] if outcome.error else None
        if outcome.error is None:
            row.state, row.sent_at, row.next_attempt_at, row.last_error = (
                OutboxState.SENT,
                now,
                None,
                None,
            )
            log.info("webhook sent", extra={"event": "webhook_sent", "outbox": row_id})
            return row.state
        row.last_error = outcome.error[:300]
        delay = None if (final or outcome.gone) else retry_delay(row.attempts)
        if outcome.gone and row.target and not _is_disabled(session, row.target):
            session.add(
                MailboxStatus(name=DISABLED_PREFIX + row.target, last_error=GONE, last_poll_at=now)
            )
        if delay is None:
            row.state, row.next_attempt_at = OutboxState.FAILED, None
        else:
            row.next_attempt_at = now + timedelta(seconds=delay)
        log.warning(
            "webhook not sent",
            extra={"event": "webhook_error", "outbox": row_id, "reason": outcome.error},
        )
        return row.state


# -- reporting ------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadLetter:
    id: int
    endpoint: str | None
    event: str
    receipt_no: str | None
    attempts: int
    last_error: str | None


def dead_letters(session: Session, limit: int = 200) -> list[DeadLetter]:
    query = (
        select(OutboxRow, Case.receipt_no)
        .outerjoin(Case, col(Case.id) == col(OutboxRow.case_id))
        .where(
            col(OutboxRow.kind) == WEBHOOK_KIND,
            col(OutboxRow.state) == OutboxState.FAILED,
        )
        .order_by(col(OutboxRow.id).desc())
        .limit(limit)
    )
    letters = []
    for row, receipt_no in session.execute(query):
        assert row.id is not None
        letters.append(
            DeadLetter(row.id, row.target, row.purpose, receipt_no, row.attempts, row.last_error)
        )
    return letters


def count_dead_letters(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(OutboxRow)
        .where(col(OutboxRow.kind) == WEBHOOK_KIND, col(OutboxRow.state) == OutboxState.FAILED)
    )
    return int(session.execute(query).scalar_one())
