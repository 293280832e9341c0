"""Health figures for `/healthz`, `/metrics` and the warnings of `intake status`.

Only counts, ages and mailbox names: nothing here is personal data. Read from the
database, so the web app reports the worker's state even in another process; the
parser-kill count is the one figure kept in memory (`extractors.sandbox.kills()`) and
so belongs to the process that serves it (the worker's with `intake run --with-web`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel
from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from extractors import sandbox
from intake.context import Context
from storage.db import transaction
from storage.models import Case, MailboxStatus, Message, MessageState, utcnow
from storage.outbox import OutboxRow, OutboxState
from storage.workflow import CaseStatus

# How the runner words a sandbox limit in a message's last error (extractors.sandbox).
_LIMIT_REASONS = ("%parsing took longer than%", "%parsing needed more than%", "%parser process%")


class MailboxHealth(BaseModel):
    name: str
    last_poll_at: datetime | None
    last_ok_at: datetime | None
    failing: bool  # the last poll ended in an error


class Health(BaseModel):
    messages_by_state: dict[str, int]
    oldest_pending_age_s: float | None
    oldest_open_case_age_s: float | None  # the staff queue's age
    messages_over_limit: int  # last failure was a sandbox limit (time, memory)
    parser_kills: int  # children killed for a limit, in this process since start
    outbox_backlog: int
    mailboxes: list[MailboxHealth]
    max_pending_minutes: float

    @property
    def warnings(self) -> list[str]:
        """One actionable line per problem."""
        found = []
        limit_s = self.max_pending_minutes * 60
        if self.oldest_pending_age_s is not None and self.oldest_pending_age_s > limit_s:
            found.append(
                f"the oldest pending message has waited {self.oldest_pending_age_s / 60:.0f} min,"
                f" over alerts.max_pending_minutes = {self.max_pending_minutes:g}; check that"
                " `intake run` is running and see its log and `intake quarantine list`"
            )
        for box in self.mailboxes:
            if box.failing:
                found.append(
                    f"mailbox {box.name}: the last poll failed; `intake status` shows the error"
                )
        return found


def build_health(ctx: Context) -> Health:
    now = utcnow()
    with transaction(ctx.engine) as session:
        rows = session.execute(select(col(Message.state), func.count()).group_by(Message.state))
        counts: dict[str, int] = {state: n for state, n in rows}
        oldest = session.execute(
            select(func.min(Message.captured_at)).where(
                col(Message.state).in_(MessageState.PENDING)
            )
        ).scalar_one()
        oldest_case = session.execute(
            select(func.min(Case.received_at)).where(col(Case.status).in_(CaseStatus.OPEN))
        ).scalar_one()
        over_limit = session.execute(
            select(func.count())
            .select_from(Message)
            .where(or_(*(col(Message.last_error).like(r) for r in _LIMIT_REASONS)))
        ).scalar_one()
        statuses = list(session.execute(select(MailboxStatus)).scalars())
        backlog = outbox_backlog(session)
    states = (*MessageState.PENDING, *MessageState.TERMINAL)
    return Health(
        messages_by_state={state: int(counts.get(state, 0)) for state in states},
        oldest_pending_age_s=_age(now, oldest),
        oldest_open_case_age_s=_age(now, oldest_case),
        messages_over_limit=int(over_limit),
        parser_kills=sandbox.kills(),
        outbox_backlog=backlog,
        mailboxes=[
            MailboxHealth(
                name=s.name,
                last_poll_at=s.last_poll_at,
                last_ok_at=s.last_ok_at,
                failing=bool(s.last_error),
            )
            for s in statuses
        ],
        max_pending_minutes=ctx.settings.alerts.max_pending_minutes,
    )


def outbox_backlog(session: Session) -> int:
    """Outgoing mail and webhooks waiting to be sent (storage.outbox)."""
    query = select(func.count()).where(col(OutboxRow.state) == OutboxState.PENDING)
    return int(session.execute(query).scalar_one())


def _age(now: datetime, since: datetime | None) -> float | None:
    if since is None:
        return None
    aware = since if since.tzinfo else since.replace(tzinfo=UTC)
    return max(0.0, (now - aware).total_seconds())
