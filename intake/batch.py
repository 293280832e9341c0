"""Runs a batch of due messages through all their stages with one commit.

The stage-by-stage path (`intake.runner.process_message`) costs two transactions and two
or three round trips to the sandbox for every stage of every message; on SQLite each
commit is an fsync. Most mail goes through every stage without a fault, so a batch goes
in three steps:

1. one short transaction opens (and audits) the raw mail of every message in the batch;
2. with no transaction open, the mails are parsed, extracted and their senders judged in
   bounded child calls (`extractors.bounded.analyse_many_bounded`), the batch split
   between `[limits] parse_processes` children, while the parent writes the previous
   batch (step 3);
3. one write transaction runs each message's chain of stages as far as it goes, with its
   own events and audit entries, and commits once.

Anything unusual leaves the fast path for the stage-by-stage one, which owns failure (it
counts the attempt against the message and the stage that failed): a mail whose analysis
fails in step 2 goes alone, and all of its child call's mails when the call goes over
its limits, and a stage that raises in step 3 rolls the batch back and
every message of it goes alone, so one broken mail costs the others only a retry.

Several workers on PostgreSQL split the due messages by session advisory locks, one per
message, held while the batch runs and released when its holder ends or dies.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, text
from sqlmodel import Session, col, select

from extractors.bounded import analyse_many_bounded
from extractors.sandbox import Interrupted, cancel_on
from intake.context import Context
from intake.outbox import OUTBOX_TABLE, expect_acks
from intake.pipeline import STAGE_FOR_STATE
from intake.resend import read_earlier_requests
from intake.stage import Carry, Item, apply_outcome, limits_of, log_state, write_facts
from intake.stages.classify import KNOWN_ORIGINALS, known_originals
from intake.stages.sender_auth import agency_identity, mailbox_of
from storage.audit import AUDIT_TABLE, CHECKPOINT_TABLE
from storage.blind_index import INDEX_TABLE
from storage.crypto import DataKey
from storage.db import is_postgres, transaction
from storage.held import flush_all, rows_held
from storage.ids import expect_ids
from storage.keys import preload_data_keys, reuse_keys, unwrapped_keys
from storage.message_events import EventRow, insert_events
from storage.models import Case, Message, MessageState
from storage.receipts import expect_receipts, give_back_receipts
from storage.write_turn import write_turn

log = logging.getLogger("intake.batch")
_NEEDS_ANALYSIS = (MessageState.RECEIVED, MessageState.PARSED, MessageState.CLASSIFIED)
LOCK_CLASS = 0x1A7A  # first key of the two-key advisory locks: "a message being staged"


@dataclass
class Due:
    """A message of the batch as its first transaction found it."""

    state: str
    source: str
    attempts: int  # a message that failed before goes alone: it would likely fail again
    carry: Carry = field(default_factory=Carry)


@dataclass
class BatchResult:
    steps: int  # stage steps taken and committed
    alone: dict[int, Carry]  # messages for the stage-by-stage path, with what was read


@dataclass
class Started:
    """A batch whose raw mail is read and whose analysis is under way in the pool."""

    ids: list[int]
    batch: dict[int, Due] | None  # None: the raw mail could not be read, each goes alone
    analyses: list[Future[list[int]]] = field(default_factory=list)  # each: ids left alone
    # the data keys its first transaction unwrapped, for its second (storage.keys.reuse_keys)
    keys: dict[int, tuple[bytes, DataKey]] = field(default_factory=dict, repr=False)


def start_batch(
    ctx: Context, ids: Sequence[int], stop: threading.Event, pool: ThreadPoolExecutor
) -> Started:
    """Read the batch's raw mail and set its analysis going, without waiting for it: the
    runner finishes the previous batch meanwhile, so the children parse one batch while
    the parent writes the other."""
    keys: dict[int, tuple[bytes, DataKey]] = {}
    try:
        batch = _open_raw(ctx, ids, keys)
    except Exception:  # a mail that cannot be read (its blob gone): each goes alone
        return Started(list(ids), None)
    wanted = {
        m: due for m, due in batch.items() if due.state in _NEEDS_ANALYSIS and not due.attempts
    }
    calls = _calls(wanted, ctx.settings.limits.parse_processes)
    analyses = [pool.submit(_analyse_in_thread, ctx, call, stop) for call in calls]
    return Started(list(ids), batch, analyses, keys)


# A child call's raw mail at most: a scan or a photo, which may take seconds to read,
# then goes in a call of its own, and one call's mail stays well within a child's memory.
CALL_BYTES = 1024 * 1024


def _calls(wanted: dict[int, Due], children: int) -> list[dict[int, Due]]:
    """The mails to analyse, split into child calls: as many as there are children (so
    each has work), fewer mails in a call where they are large."""
    per_call = max(1, -(-len(wanted) // max(1, children)))
    calls: list[dict[int, Due]] = []
    call: dict[int, Due] = {}
    size = 0
    for message_id, due in wanted.items():
        length = len(due.carry.raw or b"")
        if call and (len(call) >= per_call or size + length > CALL_BYTES):
            calls.append(call)
            call, size = {}, 0
        call[message_id] = due
        size += length
    if call:
        calls.append(call)
    return calls


def finish_batch(ctx: Context, started: Started, stop: threading.Event) -> BatchResult:
    """Wait for the batch's analysis, then advance it as far as it goes, in one commit."""
    batch = started.batch
    if batch is None:
        return BatchResult(0, {m: Carry() for m in started.ids})
    failed = [m for analysis in started.analyses for m in analysis.result()]
    failed += [m for m, due in batch.items() if due.attempts]  # failed before: alone again
    alone = {m: batch[m].carry for m in failed}
    together = [m for m in batch if m not in alone]
    keys, started.keys = started.keys, {}  # held no longer than the batch
    try:
        steps = _advance_all(ctx, together, batch, keys)
    except Interrupted:
        raise
    except Exception as exc:  # a stage failed: each message goes alone, see docstring
        log.info("batch rolled back", extra={"event": "batch", "reason": type(exc).__name__})
        for due in batch.values():
            due.carry.sealed.clear()  # what the rolled-back stages sealed was never stored
            due.carry.unread.clear()
            due.carry.facts, due.carry.facts_unwritten = None, False  # nor the facts added
        return BatchResult(0, {m: due.carry for m, due in batch.items()})
    return BatchResult(steps, alone)


def _open_raw(
    ctx: Context, ids: Sequence[int], keys: dict[int, tuple[bytes, DataKey]]
) -> dict[int, Due]:
    """The messages still due, with the raw mail read where a stage will need it, and
    the data keys it unwrapped put in `keys`."""
    found: dict[int, Due] = {}
    # audits each read, the entries written together at the end
    with (
        write_turn(ctx.engine),
        transaction(ctx.engine) as session,
        rows_held(session, AUDIT_TABLE, CHECKPOINT_TABLE),
    ):
        for message in _messages_and_keys(session, ctx, ids):
            if message.id is None or message.state not in STAGE_FOR_STATE:
                continue
            due = found[message.id] = Due(message.state, message.source, message.attempts)
            if message.state in _NEEDS_ANALYSIS:
                _ = Item(session, ctx, message, carry=due.carry).raw  # read once, audited once
        keys.update(unwrapped_keys(session))
    return found


def _messages_and_keys(
    session: Session, ctx: Context, ids: Sequence[int], lock: bool = False
) -> list[Message]:
    """The batch's rows in id order, their data keys unwrapped with one query."""
    query = select(Message).where(col(Message.id).in_(ids)).order_by(col(Message.id))
    if lock:
        query = query.with_for_update(skip_locked=True)
    messages = list(session.execute(query).scalars())
    preload_data_keys(session, ctx.keyring, [m.data_key_id for m in messages])
    return messages


def _analyse_in_thread(ctx: Context, dues: dict[int, Due], stop: threading.Event) -> list[int]:
    with cancel_on(stop):  # each pool thread sees the worker's stop request
        if stop.is_set():
            raise Interrupted
        return _analyse(ctx, dues)


def _analyse(ctx: Context, dues: dict[int, Due]) -> list[int]:
    """Fill the carries from one child call; the messages left to the slow path."""
    mails = []
    for due in dues.values():
        assert due.carry.raw is not None
        mailbox = mailbox_of(ctx.settings, due.source)
        mails.append((due.carry.raw, mailbox.trusted_authserv_id if mailbox else None))
    try:
        analyses = analyse_many_bounded(
            mails, ctx.templates, agency_identity(ctx.settings), limits_of(ctx)
        )
    except Interrupted:
        raise
    except Exception:  # over its limits, or worse: the slow path meets each and records it
        return list(dues)
    alone = []
    for (message_id, due), analysis in zip(dues.items(), analyses, strict=True):
        if analysis is None:
            alone.append(message_id)
            continue
        due.carry.parsed = analysis.parsed
        due.carry.extracted = analysis.extracted
        due.carry.sender = analysis.sender
        due.carry.pdf_disarm = analysis.pdf_disarm
    return alone


# Written together when the batch's stages are done, a statement a table (storage.held),
# in this order, as rows refer to earlier ones: its new cases, its audit entries and
# checkpoints, its acks (and webhook rows), its new cases' blind-index rows.
_CASE_TABLE: Table = Case.__table__  # type: ignore[attr-defined]
_HELD = (_CASE_TABLE, AUDIT_TABLE, CHECKPOINT_TABLE, OUTBOX_TABLE, INDEX_TABLE)


def _advance_all(
    ctx: Context, ids: list[int], batch: dict[int, Due], keys: dict[int, tuple[bytes, DataKey]]
) -> int:
    if not ids:
        return 0
    steps = 0
    with write_turn(ctx.engine), transaction(ctx.engine) as session, rows_held(session, *_HELD):
        reuse_keys(session, keys)  # unwrapped by the batch's first transaction
        # on PostgreSQL, a worker outside the lock scheme still cannot race us
        messages = _messages_and_keys(session, ctx, ids, lock=is_postgres(ctx.engine))
        expect_receipts(session, len(messages))  # at most a case each: one draw for all
        expect_ids(session, "cases", len(messages))  # and its row, and an ack's
        expect_ids(session, "outbox", len(messages))
        if ctx.settings.ack.enabled:  # the ack rate limits read for all of them at once
            expect_acks(session, ctx, _ack_addresses(batch[m].carry for m in ids))
        session.info[KNOWN_ORIGINALS] = known_originals(session, messages)
        parsed = ((m, batch[m].carry.parsed) for m in ids)
        read_earlier_requests(session, ctx, ((m, p) for m, p in parsed if p is not None))
        events: list[EventRow] = []
        for message in messages:
            assert message.id is not None
            steps += _advance(session, ctx, message, batch[message.id].carry, events)
        flush_all(session)  # the new cases, then the messages' UPDATEs (a few executemany)
        give_back_receipts(session)  # the numbers of messages that opened no case
        insert_events(session, events)
    return steps


def _ack_addresses(carries: Iterable[Carry]) -> set[str]:
    """Whom the batch's acknowledgements may go to, as far as its analysis tells: the
    senders, and an e-mail field (where `[ack] to` may send it instead)."""
    addresses: set[str] = set()
    for carry in carries:
        if carry.parsed is not None:
            addresses.add(carry.parsed.from_addr)
        email = carry.extracted.fields.get("email") if carry.extracted else None
        if email:
            addresses.add(str(email).strip())
    return addresses


def _advance(
    session: Session, ctx: Context, message: Message, carry: Carry, events: list[EventRow]
) -> int:
    """One message's chain of stages, as far as it goes.

    Its row is written with the batch's at the end of the batch (SQLAlchemy sends the
    UPDATEs of rows changed alike as one executemany), not after each message nor
    before each query a stage makes. The one query of a usual mail, for an earlier
    copy of it, was made for the whole batch beforehand (KnownOriginals); a stage that
    must query the messages anyway flushes first (a copy whose original turned out a
    copy, a reply). New rows whose id is sealed into them (a case, an outbox row) are
    written whole through the connection (storage.ids); audit entries and other held
    rows go at the commit (storage.held); an audit checkpoint writes what is held."""
    steps = 0
    carry.hold_facts = True  # written once, below
    try:
        with session.no_autoflush:
            while message.state in STAGE_FOR_STATE:
                before = message.state
                outcome = STAGE_FOR_STATE[before].process(Item(session, ctx, message, carry=carry))
                apply_outcome(session, message, outcome, events)
                steps += 1
                if outcome.state == before:
                    break
        write_facts(message, carry)
    finally:
        carry.hold_facts = False
    # one line a message, not one a stage: logging was a fifteenth of the stage thread
    log_state(message, "stages done")
    return steps


# A batch's raw mail at most, as captured (messages.size): the batch's mail is held in
# memory while it is analysed and written, two batches at a time, so fifty large
# attachments must not come in one. A larger mail goes in a batch of its own.
BATCH_BYTES = 32 * 1024 * 1024


@contextmanager
def claimed(
    ctx: Context, candidates: dict[int, int], limit: int, max_bytes: int | None = None
) -> Iterator[list[int]]:
    """Up to `limit` of the due `candidates` (id -> size) that this worker may stage now,
    their mail BATCH_BYTES (and `max_bytes`, when given) at most together, or one message."""
    max_bytes = BATCH_BYTES if max_bytes is None else min(max_bytes, BATCH_BYTES)
    if not is_postgres(ctx.engine):  # one worker per SQLite store
        yield _within(list(candidates)[:limit], candidates, max_bytes)
        return
    with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        locked = _lock_some(conn, list(candidates), limit)
        ids = _within(locked, candidates, max_bytes)
        if len(ids) < len(locked):  # over the bytes: the rest are for the next batch
            conn.execute(_UNLOCK, {"c": LOCK_CLASS, "ids": locked[len(ids) :]})
        try:
            yield ids
        finally:
            if ids:
                conn.execute(_UNLOCK, {"c": LOCK_CLASS, "ids": ids})


def _within(ids: list[int], sizes: dict[int, int], max_bytes: int) -> list[int]:
    """The first of `ids` whose sizes add up to `max_bytes` at most; the first alone when
    it is larger than that."""
    taken: list[int] = []
    total = 0
    for message_id in ids:
        total += sizes[message_id]
        if taken and total > max_bytes:
            break
        taken.append(message_id)
    return taken


# One round trip for a batch's locks, not one a message: on PostgreSQL every statement
# is a round trip, and a batch of 50 took a hundred of them.
_TRY_LOCK = text(
    "SELECT id FROM unnest(CAST(:ids AS bigint[])) AS t(id)"
    " WHERE pg_try_advisory_lock(:c, CAST(id & 2147483647 AS integer)) ORDER BY id"
)
_UNLOCK = text(
    "SELECT pg_advisory_unlock(:c, CAST(id & 2147483647 AS integer))"
    " FROM unnest(CAST(:ids AS bigint[])) AS t(id)"
)


def _lock_some(conn: Connection, candidates: list[int], limit: int) -> list[int]:
    """Up to `limit` candidates locked, in order: each slice tries as many as still
    wanted, so a lone worker locks its batch with one statement."""
    taken: list[int] = []
    rest = list(candidates)
    while rest and len(taken) < limit:
        wanted, rest = rest[: limit - len(taken)], rest[limit - len(taken) :]
        taken += conn.execute(_TRY_LOCK, {"c": LOCK_CLASS, "ids": wanted}).scalars().all()
    return sorted(taken)
