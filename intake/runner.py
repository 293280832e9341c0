"""Drives pending messages through the pipeline: in batches, or one stage at a time.

`process_due` hands each batch of due messages to `intake.batch`, which takes them
through all their stages with one commit. What the batch cannot take together comes
back here and goes one stage per transaction (`process_message`), the path that owns
failure.

Parsing untrusted content happens before a write transaction, never inside it: a short
transaction reads (and audits) the raw mail, the parse and the extraction run in a
bounded child process (`extractors.sandbox`) with no transaction open, and then the
stage's own short write transaction records the result. So a slow or hostile mail
never holds the database's write lock, and one over its limits (`LimitExceeded`) costs
itself an attempt with the reason. A stop request (SIGTERM) kills the child at once
and counts nothing against the message.

The runner, not the stage, owns failure (as in Mailman's runner): a stage that raises
is rolled back, the attempt is counted with a safe reason, the message is retried
with backoff, and after `max_attempts` it is quarantined. Nothing takes the worker down.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import or_
from sqlmodel import col, select

from extractors.bounded import extract_bounded, parse_bounded, warm_bounded
from extractors.sandbox import Interrupted, LimitExceeded, cancel_on
from intake.batch import Started, claimed, finish_batch, start_batch
from intake.context import Context
from intake.errors import IntakeError
from intake.pipeline import STAGE_FOR_STATE
from intake.stage import Carry, Item, apply_outcome, limits_of
from storage.db import is_postgres, transaction
from storage.errors import StorageError
from storage.models import Message, MessageEvent, MessageState, utcnow

log = logging.getLogger("intake.runner")
MAX_BACKOFF = timedelta(hours=6)
# The states whose stage reads the parse, and the one whose stage reads the extraction.
_NEEDS_PARSE = (MessageState.RECEIVED, MessageState.PARSED, MessageState.CLASSIFIED)
_NEEDS_EXTRACTION = MessageState.CLASSIFIED


# Batches whose analysis is under way while this thread writes the oldest: one ahead
# left the writer waiting for the children whenever a batch of theirs ran slow.
AHEAD = 2
# The raw mail of all the batches in flight together, at most (plus one message larger
# than what is left): a batch's mail is held by the worker while it is analysed and
# written, with its parse and extraction beside it. Thirty-two MiB a batch, three in
# flight, took the worker from 100 MB to over 500 MB on the hostile set's large mails;
# 32 MiB for all of them, 296 MB at the worst run; 16 MiB, 270 MB. Ordinary mail (11 KB,
# 50 a batch) is nowhere near it.
IN_FLIGHT_BYTES = 16 * 1024 * 1024


@dataclass
class InFlight:
    """A batch started and not yet written: its claims, and its raw mail's bytes."""

    started: Started
    claims: ExitStack
    held: int


class Flight:
    """The batches in flight, oldest first, with the bytes they hold together."""

    def __init__(self) -> None:
        self._batches: deque[InFlight] = deque()
        self.held = 0

    def __len__(self) -> int:
        return len(self._batches)

    def add(self, batch: InFlight) -> None:
        self._batches.append(batch)
        self.held += batch.held

    def oldest(self) -> InFlight:
        batch = self._batches.popleft()
        self.held -= batch.held
        return batch


def process_due(ctx: Context, stop: threading.Event | None = None, batch: int = 50) -> int:
    """Run every message that is due as far as it will go; return how many moved.

    Batches go through `intake.batch` (one commit each), AHEAD of them analysed in the
    children while this thread writes the one before. What a batch cannot take together
    goes here one stage at a time."""
    stop = stop or threading.Event()
    moved = 0
    several = is_postgres(ctx.engine)  # candidates for the other workers' locks too
    threads = ctx.settings.limits.parse_processes
    with cancel_on(stop), ThreadPoolExecutor(max_workers=threads) as pool:
        flight = Flight()
        last = 0
        while not stop.is_set():
            while flight and flight.held >= IN_FLIGHT_BYTES:
                moved += _finish(ctx, flight.oldest(), stop)
            candidates = batch * 4 if several else batch
            started = _start_next(
                ctx, candidates, batch, last, stop, pool, IN_FLIGHT_BYTES - flight.held
            )
            if started is None:
                while flight:  # each of them is still due: none may be started again
                    moved += _finish(ctx, flight.oldest(), stop)
                if last == 0:
                    break
                last = 0  # from the start again: a message that failed may be due already
                continue
            flight.add(started)
            last = max(started.started.ids)
            if len(flight) > AHEAD:
                moved += _finish(ctx, flight.oldest(), stop)
        while flight:
            moved += _finish(ctx, flight.oldest(), stop)
    return moved


def warm_parsers(ctx: Context, stop: threading.Event) -> None:
    """Start the `[limits] parse_processes` children and ready each for this worker's
    templates, all at once, while the first poll runs: otherwise the first batch of
    stages waits for them to start (half a second each of importing and building the
    label matcher). A failure here costs nothing but the head start; the stages start
    a child when they need one."""
    children = ctx.settings.limits.parse_processes
    limits = limits_of(ctx)
    try:
        templates = ctx.templates  # read here, not by each thread at once
    except IntakeError:  # a broken template set: the stages say so, with each message
        return

    def warm() -> None:
        with cancel_on(stop):
            warm_bounded(templates, limits)

    with ThreadPoolExecutor(max_workers=children) as pool:
        warming = [pool.submit(warm) for _ in range(children)]
    for done in warming:
        if isinstance(done.exception(), Exception):  # Interrupted by a stop, or worse
            log.info("parsers not warmed", extra={"event": "warm_up", "reason": "failed"})
            return


def _start_next(
    ctx: Context,
    candidates: int,
    batch: int,
    after: int,
    stop: threading.Event,
    pool: ThreadPoolExecutor,
    room: int,
) -> InFlight | None:
    """Claim and start the next batch after message `after`, its mail `room` bytes at
    most (or one message); None when none is left."""
    due = due_messages(ctx, candidates, after=after)
    if not due or stop.is_set():
        return None
    claims = ExitStack()
    ids = claims.enter_context(claimed(ctx, due, batch, max_bytes=max(room, 0)))
    if not ids:  # all held by other workers
        claims.close()
        return None
    try:
        return InFlight(start_batch(ctx, ids, stop, pool), claims, sum(due[i] for i in ids))
    except BaseException:
        claims.close()
        raise


def _finish(ctx: Context, batch: InFlight, stop: threading.Event) -> int:
    with batch.claims:  # the claims are let go once the batch is written
        try:
            result = finish_batch(ctx, batch.started, stop)
        except Interrupted:  # the worker is stopping: not the messages' fault
            return 0
        moved = result.steps
        for message_id, carry in result.alone.items():
            if stop.is_set():
                break
            moved += process_message(ctx, message_id, stop, carry)
        return moved


def due_messages(ctx: Context, limit: int, after: int = 0) -> dict[int, int]:
    """The first `limit` messages due now, with ids above `after`: id -> size, in order."""
    now = utcnow()
    with transaction(ctx.engine) as session:
        query = (
            select(Message.id, Message.size)
            .where(
                col(Message.state).in_(MessageState.PENDING),
                col(Message.id) > after,
                or_(col(Message.next_attempt_at).is_(None), col(Message.next_attempt_at) <= now),
            )
            .order_by(col(Message.id))
            .limit(limit)
        )
        return {message_id: size for message_id, size in session.execute(query)}


def process_message(
    ctx: Context,
    message_id: int,
    stop: threading.Event | None = None,
    carry: Carry | None = None,
) -> int:
    """Advance one message stage by stage until it is final, fails, or we are stopped."""
    steps = 0
    carry = carry or Carry()
    while stop is None or not stop.is_set():
        state = run_one_stage(ctx, message_id, carry)
        if state is None:
            return steps
        steps += 1
        if state not in MessageState.PENDING:
            return steps
    return steps


def run_one_stage(ctx: Context, message_id: int, carry: Carry | None = None) -> str | None:
    """One stage in one transaction. Returns the new state, or None if nothing ran."""
    carry = carry if carry is not None else Carry()
    stage_name = "?"
    try:
        with transaction(ctx.engine) as session:  # short: read (and audit) the raw mail
            message = session.get(Message, message_id)
            if message is None or message.state not in STAGE_FOR_STATE:
                return None
            state = message.state
            stage_name = STAGE_FOR_STATE[state].name
            if state in _NEEDS_PARSE and carry.parsed is None and carry.raw is None:
                _ = Item(session, ctx, message, carry=carry).raw  # decrypted once, audited once
        _parse_outside_any_transaction(ctx, state, carry)
        with transaction(ctx.engine) as session:
            query = select(Message).where(Message.id == message_id)
            if is_postgres(ctx.engine):  # several workers: each message to one of them
                query = query.with_for_update(skip_locked=True)
            message = session.execute(query).scalar_one_or_none()
            if message is None or message.state not in STAGE_FOR_STATE:
                return None
            stage = STAGE_FOR_STATE[message.state]
            stage_name = stage.name
            outcome = stage.process(Item(session, ctx, message, carry=carry))
            apply_outcome(session, message, outcome)
            return outcome.state
    except Interrupted:  # the worker is stopping: not the message's fault, nothing counted
        return None
    except Exception as exc:  # the runner owns failure; see module docstring
        _record_failure(ctx, message_id, stage_name, exc)
        return None


def _parse_outside_any_transaction(ctx: Context, state: str, carry: Carry) -> None:
    limits = limits_of(ctx)
    if state in _NEEDS_PARSE and carry.parsed is None:
        assert carry.raw is not None
        carry.parsed = parse_bounded(carry.raw, limits)
    if state == _NEEDS_EXTRACTION and carry.extracted is None:
        assert carry.parsed is not None
        carry.extracted = extract_bounded(carry.parsed, ctx.templates, limits)


def safe_reason(stage: str, exc: BaseException) -> str:
    """What went wrong, without personal data: our own errors carry safe text, others
    only their type (a UnicodeDecodeError, for one, quotes the bytes it choked on)."""
    if isinstance(exc, LimitExceeded):  # says which limit, never what the content was
        return f"{stage}: {exc.reason}"[:300]
    if isinstance(exc, IntakeError | StorageError):
        return f"{stage}: {exc}"[:300]
    return f"{stage}: {type(exc).__name__}"


def _record_failure(ctx: Context, message_id: int, stage: str, exc: BaseException) -> None:
    reason = safe_reason(stage, exc)
    settings = ctx.settings
    with transaction(ctx.engine) as session:
        message = session.get(Message, message_id)
        if message is None:
            return
        message.attempts += 1
        message.last_error = reason
        message.updated_at = utcnow()
        if message.attempts >= settings.max_attempts:
            session.add(
                MessageEvent(
                    message_id=message_id,
                    from_state=message.state,
                    to_state=MessageState.QUARANTINED,
                    reason=reason,
                )
            )
            message.quarantined_from = message.state
            message.state = MessageState.QUARANTINED
            message.state_reason = reason
            message.next_attempt_at = None
        else:
            delay = timedelta(seconds=settings.retry_base_seconds * 2 ** (message.attempts - 1))
            message.next_attempt_at = utcnow() + min(delay, MAX_BACKOFF)
    log.warning(
        "stage failed",
        extra={"event": "stage_failed", "message_no": message_id, "stage": stage, "reason": reason},
    )


def release(ctx: Context, message_id: int) -> bool:
    """Send a quarantined message back to the stage that failed, with a fresh count."""
    with transaction(ctx.engine) as session:
        message = session.get(Message, message_id)
        if message is None or message.state != MessageState.QUARANTINED:
            return False
        back_to = message.quarantined_from or MessageState.RECEIVED
        session.add(
            MessageEvent(
                message_id=message_id,
                from_state=message.state,
                to_state=back_to,
                reason="released from quarantine",
            )
        )
        message.state = back_to
        message.state_reason = "released from quarantine"
        message.attempts = 0
        message.next_attempt_at = None
        message.quarantined_from = None
        return True
