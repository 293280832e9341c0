"""What `intake status` reports: counts by state, cases, and each mailbox's health."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import col, select

from intake.context import Context
from intake.delivery import OutboxSummary, outbox_summary
from intake.health import build_health
from intake.reread_cut_short import cases_to_retry
from intake.settings import Settings
from intake.webhooks import count_dead_letters, disabled_endpoints
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


class OutboxReport(BaseModel):
    """Outgoing mail: what waits, what went, what failed, and whether SMTP works."""

    pending: int
    sent: int
    failed: int
    smtp: str  # "not configured", "ok", or the last one-line error


class WebhookReport(BaseModel):
    """Webhook deliveries given up on (dead letters) and endpoints that answered 410."""

    dead_letters: int
    disabled: list[str]


class StatusReport(BaseModel):
    messages: MessageCounts
    cases: int
    mailboxes: list[MailboxReport]
    warnings: list[str] = []
    outbox: OutboxReport | None = None
    webhooks: WebhookReport | None = None
    # open cases with a file whose reading ran out of time, to be read again when idle
    to_reread: int = 0


def plaintext_warnings(settings: Settings) -> list[str]:
    """Drop folders an operator set to keep captured mail: plain personal data on disk,
    which erasure cannot reach (also in the compliance report)."""
    warnings = []
    for mailbox in settings.effective_mailboxes():
        if mailbox.keeps_plaintext:
            where = mailbox.path
            if mailbox.folder_action == "move":
                where = mailbox.path / mailbox.processed_folder if mailbox.path else None
            warnings.append(
                f"mailbox {mailbox.name!r} keeps captured mail as plaintext in {where}"
                f" (server_action = {mailbox.server_action!r}); erasure cannot reach it."
                " Remove server_action to have captured files deleted"
            )
    return warnings


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
        outbox = outbox_summary(session)
        hooks = WebhookReport(
            dead_letters=count_dead_letters(session), disabled=disabled_endpoints(session)
        )
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
        warnings=[*plaintext_warnings(ctx.settings), *build_health(ctx).warnings],
        outbox=_outbox_report(ctx, outbox),
        webhooks=hooks if ctx.settings.webhooks or hooks.dead_letters else None,
        to_reread=len(cases_to_retry(ctx)),
    )


def _outbox_report(ctx: Context, summary: OutboxSummary) -> OutboxReport:
    if ctx.settings.smtp is None:
        smtp = "not configured: outgoing mail waits in the outbox until [smtp] is set"
    else:
        smtp = summary.last_error or ("ok" if summary.smtp_contacted else "not contacted yet")
    return OutboxReport(
        pending=summary.pending, sent=summary.sent, failed=summary.failed, smtp=smtp
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
    lines += [f"\nwarning: {warning}" for warning in report.warnings]
    if report.to_reread:
        lines.append(
            f"\n  {report.to_reread} open case(s) with a file cut short under load:"
            " read again when the worker is idle"
        )
    if report.outbox is not None:
        out = report.outbox
        lines += [
            "",
            f"  outbox: {out.pending} waiting, {out.sent} sent, {out.failed} failed",
            f"  smtp: {out.smtp}",
        ]
    if report.webhooks is not None:
        hooks = report.webhooks
        disabled = ", ".join(hooks.disabled) or "none"
        lines.append(
            f"  webhooks: {hooks.dead_letters} dead letter(s); disabled by 410: {disabled}"
        )
    return "\n".join(lines)
