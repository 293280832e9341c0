"""One poll of one mailbox: list, capture what is new, commit, then tell the server.

The order is the whole point: the raw message is encrypted and committed before the
server is told anything, so a crash between the two leaves a message that the next
poll recognises by its source key and only moves on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from intake.capture import capture_many, identify, mark_server_done, record_oversized
from intake.context import Context
from intake.errors import ConfigError, SourceError
from intake.settings import MailboxSettings
from intake.sources.base import ItemRef, Source, SourceView
from intake.sources.folder import FolderSource
from intake.sources.imap import ImapSource, imap_key
from storage.db import transaction
from storage.errors import BlobError
from storage.locks import mailbox_lock
from storage.models import MailboxStatus, Message, MessageState, utcnow
from storage.write_turn import write_turn

log = logging.getLogger("intake.poll")
BATCH_BYTES = 32 * 1024 * 1024  # bodies fetched per round trip, at most


@dataclass
class PollResult:
    mailbox: str
    captured: int = 0
    oversized: int = 0
    finished: int = 0
    resynced: int = 0
    error: str | None = None
    stopped: bool = False
    skipped: bool = False  # another process was polling this mailbox

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Known:
    state: str
    server_done: bool


@dataclass
class _Plan:
    new: list[ItemRef] = field(default_factory=list)
    leftovers: list[ItemRef] = field(default_factory=list)
    repeats: list[ItemRef] = field(default_factory=list)  # a file's content captured already


def open_source(mailbox: MailboxSettings) -> Source:
    if mailbox.kind == "folder":
        return FolderSource(mailbox)
    return ImapSource(mailbox)


def poll_mailbox(
    ctx: Context,
    mailbox: MailboxSettings,
    stop: threading.Event | None = None,
    source: Source | None = None,
    captured: Callable[[int], None] | None = None,
) -> PollResult:
    """Never raises for mailbox trouble: the error is returned and recorded in status.
    `captured` is told the count of each batch once it is committed, so the stages can
    start on it while the rest of a large poll is fetched."""
    result = PollResult(mailbox.name)
    stop = stop or threading.Event()
    with mailbox_lock(ctx.engine, mailbox.name, ctx.settings.data_dir / "locks") as mine:
        if not mine:
            result.skipped = True
            log.info(
                "mailbox busy in another process",
                extra={"event": "poll_skipped", "mailbox": mailbox.name},
            )
            return result
        try:
            with source or open_source(mailbox) as opened:
                _poll(ctx, mailbox, opened, stop, result, captured)
        except (SourceError, ConfigError, BlobError) as exc:  # BlobError: e.g. the disk is full
            result.error = str(exc)
        _record_status(ctx, mailbox, result)
    log.info(
        "poll finished",
        extra={
            "event": "poll",
            "mailbox": mailbox.name,
            "captured": result.captured,
            "oversized": result.oversized,
            "finished": result.finished,
            "resynced": result.resynced,
            "error": result.error,
        },
    )
    return result


def _poll(
    ctx: Context,
    mailbox: MailboxSettings,
    source: Source,
    stop: threading.Event,
    result: PollResult,
    captured: Callable[[int], None] | None = None,
) -> None:
    view = source.select()
    refs = source.list_refs()
    if view.uidvalidity is not None:
        result.resynced = _resync_if_needed(ctx, mailbox, source, view, refs)
        remember_view(ctx, mailbox, view)
    plan = _plan(ctx, refs)
    if plan.leftovers:  # captured before a crash, server not yet told
        _finish(ctx, source, plan.leftovers)
        result.finished += len(plan.leftovers)
    source.fill_sizes(plan.new)
    limit = mailbox.max_message_bytes
    too_big = [r for r in plan.new if r.size > limit]
    if too_big:
        with transaction(ctx.engine) as session:
            for ref in too_big:
                record_oversized(session, mailbox.name, view, ref, limit)
        result.oversized += len(too_big)
        log.warning(
            "oversized messages left on the server",
            extra={"event": "oversized", "mailbox": mailbox.name, "count": len(too_big)},
        )
    wanted = [r for r in plan.new if r.size <= limit]
    for batch in _batches(wanted, mailbox.fetch_batch, BATCH_BYTES):
        if stop.is_set():
            result.stopped = True
            return
        count = _capture_batch(ctx, mailbox, source, view, batch)
        result.captured += count
        result.finished += len(batch)
        if captured is not None:
            captured(count)
    if plan.repeats:  # another copy of a file we hold: only the server action is due
        source.finish(plan.repeats)
        result.finished += len(plan.repeats)


def _plan(ctx: Context, refs: list[ItemRef]) -> _Plan:
    plan = _Plan()
    with transaction(ctx.engine) as session:
        known = known_refs(session, [r.key for r in refs])
    listed: set[str] = set()
    for ref in refs:
        seen = known.get(ref.key)
        if ref.key in listed:
            plan.repeats.append(ref)
        elif seen is None:
            plan.new.append(ref)
        elif not seen.server_done and seen.state != MessageState.OVERSIZED:
            plan.leftovers.append(ref)
        elif seen.server_done and ref.path is not None:
            # a file we captured and finished before, dropped again: a new copy of plain
            # mail on disk, so its server action (removal, by default) is due again
            plan.repeats.append(ref)
        listed.add(ref.key)
    return plan


def known_refs(session: Session, keys: Sequence[str]) -> dict[str, Known]:
    found: dict[str, Known] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        rows = session.execute(
            select(Message.source_key, Message.state, Message.server_done).where(
                col(Message.source_key).in_(chunk)
            )
        )
        for key, state, done in rows:
            found[key] = Known(state, done)
    return found


def _capture_batch(
    ctx: Context, mailbox: MailboxSettings, source: Source, view: SourceView, batch: list[ItemRef]
) -> int:
    fetched = list(source.fetch(batch))
    with write_turn(ctx.engine), transaction(ctx.engine) as session:
        captured = capture_many(session, ctx, mailbox.name, view, fetched)
    for message_no in captured:
        log.info(
            "captured",
            extra={"event": "captured", "mailbox": mailbox.name, "message_no": message_no},
        )
    _finish(ctx, source, [ref for ref, _ in fetched])
    return len(fetched)


def _finish(ctx: Context, source: Source, refs: list[ItemRef]) -> None:
    source.finish(refs)
    with write_turn(ctx.engine), transaction(ctx.engine) as session:
        mark_server_done(session, [r.key for r in refs])


def _batches(refs: list[ItemRef], count: int, max_bytes: int) -> Iterator[list[ItemRef]]:
    batch: list[ItemRef] = []
    size = 0
    for ref in refs:
        if batch and (len(batch) >= count or size + ref.size > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(ref)
        size += ref.size
    if batch:
        yield batch


def _resync_if_needed(
    ctx: Context, mailbox: MailboxSettings, source: Source, view: SourceView, refs: list[ItemRef]
) -> int:
    """After a UIDVALIDITY change, re-key the messages we already hold; fetch no bodies
    for those that carry a Message-ID."""
    with transaction(ctx.engine) as session:
        status = session.get(MailboxStatus, mailbox.name)
        previous = status.uidvalidity if status and status.folder == view.folder else None
    if previous is None or previous == view.uidvalidity:
        return 0
    log.warning(
        "UIDVALIDITY changed; re-syncing by Message-ID and content hash",
        extra={"event": "resync", "mailbox": mailbox.name},
    )
    source.fill_message_ids(refs)
    remapped = 0
    with transaction(ctx.engine) as session:
        for ref in refs:
            if _remap(session, ctx, mailbox, view, ref, previous):
                remapped += 1
    without_id = [r for r in refs if not r.message_id_hint]
    for ref, raw in source.fetch(without_id) if without_id else []:
        with transaction(ctx.engine) as session:
            if _remap(session, ctx, mailbox, view, ref, previous, raw=raw):
                remapped += 1
    return remapped


def _remap(
    session: Session,
    ctx: Context,
    mailbox: MailboxSettings,
    view: SourceView,
    ref: ItemRef,
    previous_uidvalidity: int,
    raw: bytes | None = None,
) -> bool:
    query = select(Message).where(
        Message.source == mailbox.name,
        Message.folder == view.folder,
        Message.uidvalidity == previous_uidvalidity,
    )
    if raw is not None:
        query = query.where(Message.sha256 == identify(raw).sha256)
    elif ref.message_id_hint:
        digest = ctx.message_ids.digest(ref.message_id_hint)
        query = query.where(Message.message_id_hmac == digest, Message.size == ref.size)
    else:
        return False
    message = session.execute(query.order_by(col(Message.id)).limit(1)).scalar_one_or_none()
    if message is None:
        return False
    assert view.folder is not None and view.uidvalidity is not None and ref.uid is not None
    message.uidvalidity = view.uidvalidity
    message.uid = ref.uid
    message.source_key = imap_key(mailbox.name, view.folder, view.uidvalidity, ref.uid)
    return True


def _record_status(ctx: Context, mailbox: MailboxSettings, result: PollResult) -> None:
    now = utcnow()
    with transaction(ctx.engine) as session:
        status = session.get(MailboxStatus, mailbox.name) or MailboxStatus(name=mailbox.name)
        status.last_poll_at = now
        if result.ok:
            status.last_ok_at = now
            status.last_error = None
            status.consecutive_failures = 0
        else:
            status.last_error = (result.error or "")[:300]
            status.consecutive_failures += 1
        session.add(status)


def remember_view(ctx: Context, mailbox: MailboxSettings, view: SourceView) -> None:
    with transaction(ctx.engine) as session:
        status = session.get(MailboxStatus, mailbox.name) or MailboxStatus(name=mailbox.name)
        status.folder = view.folder
        status.uidvalidity = view.uidvalidity
        session.add(status)
