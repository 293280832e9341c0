"""When things run: one poll job per mailbox, one job for the stages, one for the outbox
(also run right after a stage batch that moved something), and the daily
retention run (crypto-shredding of closed cases past their retention period).

APScheduler guarantees the rules we need: `max_instances=1` so the same mailbox is
never polled twice at once, `coalesce=True` so missed runs collapse into one.
No mail logic lives here.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from apscheduler.schedulers.background import BackgroundScheduler

from intake.context import Context
from intake.delivery import deliver_due
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import MailboxSettings
from storage.accounts import purge_expired_sessions
from storage.db import transaction
from storage.privacy import SYSTEM
from storage.retention import run_retention

log = logging.getLogger("intake.scheduler")
STAGES_JOB = "stages"
OUTBOX_JOB = "outbox"
RETENTION_JOB = "retention"
RETENTION_SECONDS = 24 * 3600
_outbox_lock = threading.Lock()


def build_scheduler(ctx: Context, stop: threading.Event) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(
        timezone="UTC",
        job_defaults={"max_instances": 1, "coalesce": True},
    )
    now = datetime.now().astimezone()
    for mailbox in ctx.settings.effective_mailboxes():
        scheduler.add_job(
            _poll_job,
            "interval",
            seconds=mailbox.poll_seconds,
            args=(ctx, mailbox, stop, scheduler),
            id=f"poll:{mailbox.name}",
            next_run_time=now,
            misfire_grace_time=mailbox.poll_seconds,
        )
    scheduler.add_job(
        _stages_job,
        "interval",
        seconds=ctx.settings.stage_interval_seconds,
        args=(ctx, stop),
        id=STAGES_JOB,
        next_run_time=now,
        misfire_grace_time=ctx.settings.stage_interval_seconds,
    )
    scheduler.add_job(
        _outbox_job,
        "interval",
        seconds=ctx.settings.outbox.interval_seconds,
        args=(ctx, stop),
        id=OUTBOX_JOB,
        next_run_time=now,
        misfire_grace_time=ctx.settings.outbox.interval_seconds,
    )
    scheduler.add_job(
        _retention_job,
        "interval",
        seconds=RETENTION_SECONDS,
        args=(ctx, stop),
        id=RETENTION_JOB,
        next_run_time=now,
        misfire_grace_time=RETENTION_SECONDS,
    )
    return scheduler


def _poll_job(
    ctx: Context, mailbox: MailboxSettings, stop: threading.Event, scheduler: BackgroundScheduler
) -> None:
    if stop.is_set():
        return
    try:
        result = poll_mailbox(ctx, mailbox, stop)
    except Exception:  # e.g. the database is down; the next run tries again
        log.exception("poll failed", extra={"event": "poll_failed", "mailbox": mailbox.name})
        return
    if result.captured:  # new mail: run the stages now rather than at the next tick
        job = scheduler.get_job(STAGES_JOB)
        if job is not None:
            job.modify(next_run_time=datetime.now().astimezone())


def _stages_job(ctx: Context, stop: threading.Event) -> None:
    try:
        moved = process_due(ctx, stop)
    except Exception:  # a database outage must not end the job for good
        log.exception("stage run failed", extra={"event": "stages_failed"})
        return
    if moved:  # an acknowledgement leaves within seconds, not at the next outbox tick
        _outbox_job(ctx, stop)


def _outbox_job(ctx: Context, stop: threading.Event) -> None:
    if stop.is_set():
        return
    with _outbox_lock:  # the stage job and the outbox job both send; one at a time
        try:
            run = deliver_due(ctx, stop)
        except Exception:  # a database outage must not end the job for good
            log.exception("outbox run failed", extra={"event": "outbox_failed"})
            return
    if run.error:
        log.warning("outbox waits", extra={"event": "outbox_waits", "reason": run.error})


def _retention_job(ctx: Context, stop: threading.Event) -> None:
    if stop.is_set():
        return
    try:
        run = run_retention(
            ctx.engine,
            ctx.blobs,
            {t.name: t.retention_years for t in ctx.templates},
            actor=SYSTEM,
            dry_run=False,
            keyring=ctx.keyring,
            checkpoint_every=ctx.settings.audit_checkpoint_every,
        )
    except Exception:  # a database outage must not end the job for good
        log.exception("retention run failed", extra={"event": "retention_failed"})
        return
    log.info("retention run", extra={"event": "retention", "count": len(run.disposed)})
    with transaction(ctx.engine) as session:  # daily housekeeping rides along
        purged = purge_expired_sessions(session)
    log.info("expired web sessions removed", extra={"event": "sessions_purged", "count": purged})
