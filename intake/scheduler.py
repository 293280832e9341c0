"""When things run: one poll job per mailbox, one job for the stages, one for the outbox
(also run right after a stage batch that moved something), the daily retention run
(crypto-shredding of closed cases past their retention period), and, with
`[audit] witness_dir`, a signed audit checkpoint into the witness every 10 minutes.
A stage run that finds nothing due reads again a file cut short under load
(`intake.reread_cut_short`), and gives way at once when new mail comes.
Where an IMAP server offers IDLE, a watcher thread per mailbox wakes its poll job at once.

APScheduler guarantees the rules we need: `max_instances=1` so the same mailbox is
never polled twice at once, `coalesce=True` so missed runs collapse into one.
No mail logic lives here.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.background import BackgroundScheduler

from intake.context import Context
from intake.delivery import deliver_due
from intake.idle import IdleWatcher
from intake.poll import poll_mailbox
from intake.reread_cut_short import reread_one
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
WITNESS_JOB = "witness"
WITNESS_SECONDS = 600  # the audit witness gets a checkpoint at least this often
_outbox_lock = threading.Lock()
_stages_running = threading.Event()  # a wake while it runs is a skipped run and a warning
_mail_came = threading.Event()  # set by a poll that captured mail: idle work gives way


def build_scheduler(ctx: Context, stop: threading.Event) -> BackgroundScheduler:
    """The jobs; call `start_idle_watchers` after `start()` for IMAP IDLE."""
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
            args=(ctx, mailbox, stop, scheduler, _wake_event(mailbox.name)),
            id=poll_job_id(mailbox.name),
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
    if ctx.witness is not None:
        scheduler.add_job(
            _witness_job,
            "interval",
            seconds=WITNESS_SECONDS,
            args=(ctx,),
            id=WITNESS_JOB,
            next_run_time=now,
            misfire_grace_time=WITNESS_SECONDS,
        )
    return scheduler


def poll_job_id(mailbox_name: str) -> str:
    return f"poll:{mailbox_name}"


_wakes: dict[str, threading.Event] = {}


def _wake_event(mailbox_name: str) -> threading.Event:
    return _wakes.setdefault(mailbox_name, threading.Event())


def start_idle_watchers(
    ctx: Context, scheduler: BackgroundScheduler, stop: threading.Event
) -> list[IdleWatcher]:
    """One IDLE watcher per IMAP mailbox that allows it; each wakes its own poll job."""
    watchers = []
    for mailbox in ctx.settings.effective_mailboxes():
        if mailbox.kind != "imap" or not mailbox.idle:
            continue
        watcher = IdleWatcher(mailbox, _waker(scheduler, mailbox.name), stop)
        watcher.start()
        watchers.append(watcher)
    return watchers


def _waker(scheduler: BackgroundScheduler, mailbox_name: str) -> Callable[[], None]:
    def wake() -> None:
        # The flag covers mail that arrives while a poll is running: APScheduler would skip
        # a second instance, so the running job polls once more instead.
        _wake_event(mailbox_name).set()
        run_soon(scheduler, poll_job_id(mailbox_name))

    return wake


# APScheduler's shutdown(wait=True) holds the job store lock while it waits for running
# jobs, and get_job() takes that lock: a job asking for another job while the worker
# stops would wait forever, and so would the worker (seen: SIGTERM not obeyed for good).
# Both go through this lock instead, and once shutting down no job asks any more.
_calls = threading.Lock()
_closing: weakref.WeakSet[BackgroundScheduler] = weakref.WeakSet()


def run_soon(scheduler: BackgroundScheduler, job_id: str) -> None:
    """Move a job's next run to now, unless the scheduler is shutting down."""
    with _calls:
        if scheduler in _closing:
            return
        job = scheduler.get_job(job_id)
        if job is not None:
            job.modify(next_run_time=datetime.now().astimezone())


def shutdown(scheduler: BackgroundScheduler) -> None:
    """Stop the scheduler once its running jobs have ended (they watch `stop`)."""
    with _calls:
        _closing.add(scheduler)
    scheduler.shutdown(wait=True)


def _witness_job(ctx: Context) -> None:
    assert ctx.witness is not None
    try:
        ctx.witness.write(ctx.engine)
    except Exception:  # a full disk or an outage must not end the job for good
        log.exception("audit witness not written", extra={"event": "witness_failed"})


def _poll_job(
    ctx: Context,
    mailbox: MailboxSettings,
    stop: threading.Event,
    scheduler: BackgroundScheduler,
    wake: threading.Event,
) -> None:
    captured = 0

    def batch_captured(count: int) -> None:
        # The first batch wakes the stages: they run while the rest is fetched, and a
        # run goes on while mail is due, so one wake a poll is enough until its end.
        nonlocal captured
        if count:
            _mail_came.set()
        if not captured and count and not _stages_running.is_set():
            run_soon(scheduler, STAGES_JOB)
        captured += count

    while not stop.is_set():
        wake.clear()
        try:
            poll_mailbox(ctx, mailbox, stop, captured=batch_captured)
        except Exception:  # e.g. the database is down; the next run tries again
            log.exception("poll failed", extra={"event": "poll_failed", "mailbox": mailbox.name})
            break
        if not wake.is_set():
            break
    if captured:  # what came after the stages ran dry: now rather than at the next tick
        run_soon(scheduler, STAGES_JOB)


def _stages_job(ctx: Context, stop: threading.Event) -> None:
    while not stop.is_set():
        _mail_came.clear()
        _stages_running.set()
        try:
            moved = process_due(ctx, stop)
        except Exception:  # a database outage must not end the job for good
            log.exception("stage run failed", extra={"event": "stages_failed"})
            return
        finally:
            _stages_running.clear()
        if moved:  # an acknowledgement leaves within seconds, not at the next outbox tick
            _outbox_job(ctx, stop)
            return
        _reread_when_idle(ctx, stop)
        if not _mail_came.is_set():
            return
        # mail came meanwhile: its wake found this job running and was skipped


def _reread_when_idle(ctx: Context, stop: threading.Event) -> None:
    try:
        reread_one(ctx, _Either(stop, _mail_came))
    except Exception:  # a database outage must not end the job for good
        log.exception("reading again failed", extra={"event": "reread_failed"})


class _Either(threading.Event):
    """Set when any of the given events is (what `cancel_on` asks of its event)."""

    def __init__(self, *events: threading.Event) -> None:
        super().__init__()
        self._events = events

    def is_set(self) -> bool:
        return any(event.is_set() for event in self._events)


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
            ledger=ctx.ledger,
        )
    except Exception:  # a database outage must not end the job for good
        log.exception("retention run failed", extra={"event": "retention_failed"})
        return
    log.info("retention run", extra={"event": "retention", "count": len(run.disposed)})
    with transaction(ctx.engine) as session:  # daily housekeeping rides along
        purged = purge_expired_sessions(session)
    log.info("expired web sessions removed", extra={"event": "sessions_purged", "count": purged})
