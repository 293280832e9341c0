"""What `intake status` reports: counts by state, cases, and each mailbox's health."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import col, select

from intake.context import Context
from intake.health import build_health
from storage.db import transaction
from storage.models import Case, MailboxStatus, Message, MessageState, utcnow

REPORTED_STATES = (
    MessageState.CASE, MessageState.REPLY, MessageState.DUPLICATE, MessageState.IGNORED,
    MessageState.QUARANTINED, MessageState.OVERSIZED, MessageState.NOT_MAIL,
)  # fmt: skip


class MessageCounts(BaseModel):
    total: int
    by_state: dict[str, int]


class MailboxReport(BaseModel):
    name: str
    kind: str
    last_poll_at: datetime | None
    last_ok_at: datetime | None
    last_error: str | None
    oldest_pending_age_s: float | None


class StatusReport(BaseModel):
    messages: MessageCounts
    cases: int
    mailboxes: list[MailboxReport]
    warnings: list[str] = []  # one actionable line each (intake.health)


def build_status(ctx: Context) -> StatusReport:
    with transaction(ctx.engine) as session:
        rows = session.execute(select(Message.state, func.count()).group_by(Message.state))
        counts = {state: n for state, n in rows}
        cases = session.execute(select(func.count()).select_from(Case)).scalar_one()
        oldest = dict(
            session.execute(
                select(Message.source, func.min(Message.captured_at))
                .where(col(Message.state).in_(MessageState.PENDING))
                .group_by(Message.source)
            ).all()
        )
        statuses = {s.name: s for s in session.execute(select(MailboxStatus)).scalars()}
    by_state = {state: counts.get(state, 0) for state in REPORTED_STATES}
    by_state["pending"] = sum(counts.get(state, 0) for state in MessageState.PENDING)
    now = utcnow()
    mailboxes = []
    for mailbox in ctx.settings.effective_mailboxes():
        status = statuses.get(mailbox.name)
        since = oldest.get(mailbox.name)
        mailboxes.append(
            MailboxReport(
                name=mailbox.name,
                kind=mailbox.kind,
                last_poll_at=status.last_poll_at if status else None,
                last_ok_at=status.last_ok_at if status else None,
                last_error=status.last_error if status else None,
                oldest_pending_age_s=(now - _aware(since)).total_seconds() if since else None,
            )
        )
    return StatusReport(
        messages=MessageCounts(total=sum(counts.values()), by_state=by_state),
        cases=cases,
        mailboxes=mailboxes,
        warnings=build_health(ctx).warnings,
    )


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def render_table(report: StatusReport) -> str:
    lines = [f"messages: {report.messages.total}    cases: {report.cases}", ""]
    lines += [f"  {state:<12} {n:>8}" for state, n in report.messages.by_state.items()]
    lines += ["", f"  {'mailbox':<16} {'last poll (UTC)':<20} {'oldest pending':<15} error"]
    for box in report.mailboxes:
        when = box.last_poll_at.strftime("%Y-%m-%d %H:%M:%S") if box.last_poll_at else "never"
        age = f"{box.oldest_pending_age_s:.0f} s" if box.oldest_pending_age_s is not None else "-"
        lines.append(f"  {box.name:<16} {when:<20} {age:<15} {box.last_error or ''}")
    if report.warnings:
        lines += ["", *(f"warning: {line}" for line in report.warnings)]
    return "\n".join(lines)
