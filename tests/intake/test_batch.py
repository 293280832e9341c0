"""Stages in batches (intake/batch.py): one commit for a batch that goes through cleanly,
one message's failure costs only that message an attempt, nothing is done twice, and
several PostgreSQL workers never take the same message."""

from __future__ import annotations

import email
import email.policy
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import col, func, select
from support.cli import write_config
from support.mailgen import GeneratedMail, make_mail

from intake import batch as batch_module
from intake import runner as runner_module
from intake.batch import claimed
from intake.context import Context, open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from intake.stage import Item, Outcome
from intake.stages.classify import ClassifyStage, KnownOriginals
from intake.stages.open_case import OpenCaseStage
from storage.audit import AuditEntry, verify_chain
from storage.blind_index import BlindIndexRow
from storage.db import transaction
from storage.models import Case, Message, MessageState
from storage.outbox import OutboxPurpose, OutboxRow
from tests.intake.test_runner import capture_mails, setup


@contextmanager
def counted_commits(ctx: Context) -> Iterator[list[int]]:
    seen = [0]

    def count(*_: Any) -> None:
        seen[0] += 1

    event.listen(ctx.engine, "commit", count)
    try:
        yield seen
    finally:
        event.remove(ctx.engine, "commit", count)


def test_a_clean_batch_commits_a_handful_of_times_not_per_stage(tmp_path: Path) -> None:
    _, ctx = setup(tmp_path)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(20)])
    with counted_commits(ctx) as commits:
        process_due(ctx)
    with transaction(ctx.engine) as session:
        states = [session.get(Message, i).state for i in ids]  # type: ignore[union-attr]
    assert states == [MessageState.CASE] * 20
    # due ids, the raw mail read, the stages, the next (empty) due query: not 20 x 8
    assert commits[0] <= 6, commits[0]


def test_a_clean_batch_writes_its_rows_a_table_at_a_time_not_a_message_at_a_time(
    tmp_path: Path,
) -> None:
    """On PostgreSQL every statement is a round trip: the search for an earlier copy of
    each mail is one query for the batch, and its new cases and the messages' changes
    are written with one executemany each, not a statement a message."""
    _, ctx = setup(tmp_path)
    capture_mails(tmp_path, ctx, [make_mail(n) for n in range(40)])  # one batch
    statements: list[tuple[str, bool]] = []

    def note(_c: Any, _cur: Any, statement: str, _p: Any, _x: Any, many: bool) -> None:
        statements.append((" ".join(statement.split()[:3]).upper(), many))

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        process_due(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    by_kind = {kind: statements.count((kind, False)) for kind, _ in statements}
    assert by_kind.get("INSERT INTO CASES", 0) == 0, by_kind
    assert ("INSERT INTO CASES", True) in statements
    assert by_kind["UPDATE MESSAGES SET"] <= 1, by_kind  # a few columns differ: not 40
    # the batch's own reads and writes (due ids, keys, audit, receipt numbers) are some
    # twenty-five statements; a statement a message would make it 40 more at least
    assert len(statements) < 40, statements


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_an_acknowledging_batch_writes_each_table_with_one_statement(
    tmp_path: Path, request: pytest.FixtureRequest, database: str
) -> None:
    """The rate limits of its acks are read before the batch's stages hold any row: read
    at the first new case, they wrote what was held so far (its case and audit entries)
    first, and each of those tables took two statements."""
    url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    ctx = acking_context(tmp_path, database_url=url)
    capture_mails(tmp_path, ctx, [make_mail(n) for n in range(40)])  # one batch
    inserts: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        for verb in ("INSERT INTO", "COPY"):  # COPY: many whole rows on PostgreSQL (storage.bulk)
            if statement.startswith(f"{verb} "):
                inserts.append(statement.split("(")[0].removeprefix(verb).strip())

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        process_due(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    assert inserts.count("cases") == 1, inserts
    assert inserts.count("outbox") == 1, inserts
    assert inserts.count("audit_entries") == 2, inserts  # the raw mail read, the stages
    with transaction(ctx.engine) as session:
        assert session.exec(select(func.count()).select_from(Case)).one() == 40


def test_an_original_found_for_the_batch_is_asked_again_once_it_became_a_copy() -> None:
    found = {2: 1, 3: None, 4: 9}
    member = Message(id=1, source="drop", source_key="1.eml", state=MessageState.RECEIVED)
    known = KnownOriginals(found, {1: member})
    assert known.holds(2) and known.holds(3) and known.holds(4)
    assert not known.holds(5)  # not looked up
    member.state = MessageState.DUPLICATE
    assert not known.holds(2)  # its original turned out a copy: the database decides
    assert known.holds(3) and known.holds(4)


def test_one_failing_message_costs_only_itself_an_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ctx = setup(tmp_path)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(6)])
    broken = ids[3]
    real = ClassifyStage.process

    def failing(self: ClassifyStage, item: Item) -> Outcome:
        if item.id == broken:
            raise RuntimeError("classifier broke")
        return real(self, item)

    monkeypatch.setattr(ClassifyStage, "process", failing)
    process_due(ctx)
    with transaction(ctx.engine) as session:
        rows = {i: session.get(Message, i) for i in ids}
        cases = session.execute(select(Case.message_id)).scalars().all()
        reads = dict(
            session.execute(
                select(AuditEntry.message_id, func.count())
                .where(col(AuditEntry.action) == "message.raw")
                .group_by(col(AuditEntry.message_id))
            ).all()
        )
    for i, row in rows.items():
        assert row is not None
        if i == broken:
            assert row.state == MessageState.PARSED and row.attempts == 1
            assert row.last_error == "classify: RuntimeError"
        else:
            assert row.state == MessageState.CASE and row.attempts == 0
    assert sorted(cases) == sorted(i for i in ids if i != broken)  # one case each, no twins
    assert all(reads.get(i) == 1 for i in ids), reads  # each mail opened (and audited) once


def test_two_postgresql_workers_never_claim_the_same_message(
    tmp_path: Path, postgres_url: str
) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    _, first = setup(tmp_path / "a", database_url=postgres_url)
    _, second = setup(tmp_path / "b", database_url=postgres_url)
    candidates = dict.fromkeys(range(1, 21), 1000)  # id -> size
    with claimed(first, candidates, 8) as mine, claimed(second, candidates, 8) as theirs:
        assert len(mine) == 8 and len(theirs) == 8
        assert not set(mine) & set(theirs)
    with claimed(second, candidates, 8) as after:  # released when the first let go
        assert after == list(candidates)[:8]


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_a_batch_holds_so_many_bytes_of_mail_at_most(
    tmp_path: Path, database: str, request: pytest.FixtureRequest
) -> None:
    """Fifty large attachments in one batch would be held in memory at once, two batches
    at a time: a batch stops at its bytes, and a mail larger than that goes alone. On
    PostgreSQL the messages locked past the bytes are let go for the next batch."""
    url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    _, ctx = setup(tmp_path, database_url=url)
    sizes = {1: 400, 2: 500, 3: 200, 4: 5000, 5: 100}
    with claimed(ctx, sizes, 50, max_bytes=1000) as first:
        assert first == [1, 2]  # 900 bytes; the third would make 1,100
        with claimed(ctx, sizes, 50, max_bytes=1000) as other:  # another worker
            assert other == ([3] if url else [1, 2])  # SQLite: one worker, no locks
    with claimed(ctx, {4: 5000, 5: 100}, 50, max_bytes=1000) as alone:
        assert alone == [4]  # larger than a batch: on its own


def test_every_message_is_staged_when_batches_are_cut_by_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ctx = setup(tmp_path)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(7)])
    with transaction(ctx.engine) as session:
        largest = max(session.execute(select(Message.size)).scalars())
    monkeypatch.setattr(batch_module, "BATCH_BYTES", 2 * largest)
    seen: list[int] = []
    real = batch_module.start_batch

    def noting(ctx: Context, batch_ids: Any, *rest: Any) -> Any:
        seen.append(len(batch_ids))
        return real(ctx, batch_ids, *rest)

    monkeypatch.setattr(runner_module, "start_batch", noting)
    process_due(ctx)
    assert seen and max(seen) <= 2 and sum(seen) == len(ids)
    with transaction(ctx.engine) as session:
        states = set(session.execute(select(Message.state)).scalars())
    assert states == {MessageState.CASE}


def acking_context(tmp_path: Path, ack_line: str = "", database_url: str | None = None) -> Context:
    """A drop-folder store whose cases get acknowledgements: the generated mail is dated
    2026-01-01, so it is counted as fresh."""
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[{"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox")}],
        database_url=database_url,
    )
    with config.open("a", encoding="utf-8") as out:
        out.write(f"[ack]\nmax_age_hours = 87600\n{ack_line}\n")
    return open_context(load_settings(config))


@pytest.mark.parametrize("acks", [True, False], ids=["acks", "no-acks"])
@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_messages_of_one_batch_see_what_the_earlier_ones_did(
    tmp_path: Path, request: pytest.FixtureRequest, database: str, acks: bool
) -> None:
    """A stage batch writes its messages' rows and new cases at its end, not before
    every query: the next message of the same batch must still find them. Here, in one
    batch, a reply to a request made a case moments before, a copy of a mail that only a
    trace header tells apart, and a second request from a sender already acknowledged.
    Without acknowledgements no outbox row makes the stage write early. On PostgreSQL a
    message row written before its new case breaks the foreign key."""
    url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    ctx = acking_context(tmp_path, f"enabled = {str(acks).lower()}", database_url=url)
    first_mail = make_mail(1)
    reply = _reply_to(first_mail.raw)
    copied = make_mail(2, with_message_id=False)
    trace = b"Received: from relay.example.net by mx.example.go.th; 1 Jan 2026 00:00 +0000\r\n"
    again = make_mail(4)
    same_sender = _from(make_mail(5).raw, first_mail.sender)
    ids = capture_mails(
        tmp_path,
        ctx,
        [
            first_mail,
            GeneratedMail(reply, "", first_mail.sender, ""),
            copied,
            GeneratedMail(trace + copied.raw, "", copied.sender, ""),
            again,
            GeneratedMail(same_sender, "", first_mail.sender, ""),
        ],
    )
    process_due(ctx)
    with transaction(ctx.engine) as session:
        rows = [session.get(Message, i) for i in ids]
        ack_cases = session.execute(
            select(OutboxRow.case_id).where(col(OutboxRow.purpose) == OutboxPurpose.ACK)
        ).scalars()
        acked = set(ack_cases)
    first, answer, original, copy, other, second = rows
    assert first is not None and answer is not None and copy is not None
    assert answer.state == MessageState.REPLY and answer.case_id == first.case_id
    assert copy.state == MessageState.DUPLICATE and original is not None
    assert copy.duplicate_of_id == original.id
    assert other is not None and second is not None and second.state == MessageState.CASE
    if acks:
        assert first.case_id in acked and other.case_id in acked
        assert second.case_id not in acked  # one acknowledgement per sender per hour
    else:
        assert not acked


def _reply_to(raw: bytes) -> bytes:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    mail = EmailMessage()
    mail["From"] = parsed["From"]
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"Re: {parsed['Subject']}"
    mail["Date"] = parsed["Date"]
    mail["Message-ID"] = "<reply-in-the-same-batch@example.org>"
    mail["In-Reply-To"] = parsed["Message-ID"]
    mail.set_content("ขอเพิ่มเติมเอกสารครับ\n")
    return bytes(mail)


def _from(raw: bytes, sender: str) -> bytes:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    parsed.replace_header("From", f"ประชาชน <{sender}>")
    return bytes(parsed)


def test_every_query_of_a_stage_batch_searches_an_index(tmp_path: Path) -> None:
    """A query that scans a whole table costs more with every mail the store holds: the
    acknowledgement limits once counted over `sender OR recipient`, which SQLite answered
    by reading every recent acknowledgement, for every new case."""
    ctx = acking_context(tmp_path)
    capture_mails(tmp_path, ctx, [make_mail(n) for n in range(5)])
    selects: dict[str, Any] = {}

    def note(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and not many:
            selects.setdefault(statement, params)

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        process_due(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    assert len(selects) >= 5
    scans = []
    with ctx.engine.connect() as db:
        for statement, params in selects.items():
            plan = db.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
            scans += [(row[3], statement) for row in plan if row[3].startswith("SCAN ")]
    # The newest audit entry or checkpoint: a walk down the primary key that stops at one.
    newest = re.compile(r"ORDER BY (\w+)\.id DESC\s+LIMIT")
    full = [
        (scan, statement)
        for scan, statement in scans
        if scan != "SCAN CONSTANT ROW"
        and scan.removeprefix("SCAN ") not in newest.findall(statement)
    ]
    assert full == []


def test_a_case_costs_the_database_no_more_in_a_fuller_store(tmp_path: Path) -> None:
    """SQLite's own count of the instructions it ran for a batch of five mails, in a
    fresh store and again after 200 more: a query that reads every row of a growing
    table (by a poor index as much as by none) makes the second count grow with them."""
    ctx = acking_context(tmp_path, "per_recipient_per_day = 1000")
    steps = [0]

    def count_steps(dbapi_connection: Any, _record: Any) -> None:
        def tick() -> int:
            steps[0] += 1
            return 0

        dbapi_connection.set_progress_handler(tick, 100)

    def five_more(first: int) -> int:
        for n in range(first, first + 5):
            (tmp_path / "inbox" / f"late-{n}.eml").write_bytes(make_mail(n).raw)
        poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
        ctx.engine.dispose()  # every connection from here on counts
        event.listen(ctx.engine, "connect", count_steps)
        steps[0] = 0
        process_due(ctx)
        event.remove(ctx.engine, "connect", count_steps)
        ctx.engine.dispose()
        return steps[0]

    (tmp_path / "inbox").mkdir()
    fresh = five_more(0)
    for n in range(5, 205):
        (tmp_path / "inbox" / f"{n}.eml").write_bytes(make_mail(n).raw)
    poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
    process_due(ctx)
    fuller = five_more(1000)
    assert fuller < 1.5 * fresh, (fresh, fuller)


@pytest.mark.parametrize(
    ("ack_lines", "acked", "refusal"),
    [
        (
            "per_sender_per_hour = 3",
            3,
            "no ack: sender already acknowledged 3 time(s) in the last hour",
        ),
        (
            "per_sender_per_hour = 100\nper_recipient_per_day = 2",
            2,
            "no ack: recipient already got 2 acknowledgement(s) in the last day",
        ),
    ],
    ids=["per-sender", "per-recipient"],
)
@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_ack_limits_hold_for_one_senders_mails_in_one_batch(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    database: str,
    ack_lines: str,
    acked: int,
    refusal: str,
) -> None:
    """The limits are read once for the whole batch, and the acks the batch queues
    count for its later mails: the fourth of one sender's mails in one batch sees the
    three before it (and one acknowledged by an earlier batch)."""
    url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    ctx = acking_context(tmp_path, ack_lines, database_url=url)
    earlier = make_mail(40)
    capture_mails(tmp_path, ctx, [earlier])
    process_due(ctx)
    later = [_from(make_mail(n).raw, earlier.sender) for n in (41, 42, 43, 44, 45)]
    for n, raw in enumerate(later):
        (tmp_path / "inbox" / f"later-{n}.eml").write_bytes(raw)
    assert poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0]).captured == len(later)
    with transaction(ctx.engine) as session:
        query = select(Message.id).where(col(Message.state) == MessageState.RECEIVED)
        ids = list(session.execute(query.order_by(col(Message.id))).scalars())
    reads: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "outbox.sender_hmac" in statement:
            reads.append(statement)

    batches: list[list[int]] = []
    advance_all = batch_module._advance_all

    def spy(ctx: Context, ids: list[int], batch: Any, *rest: Any) -> int:
        batches.append(list(ids))
        return advance_all(ctx, ids, batch, *rest)

    monkeypatch.setattr(batch_module, "_advance_all", spy)
    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        process_due(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    with transaction(ctx.engine) as session:
        rows = [session.get(Message, i) for i in ids]
        ack_cases = set(
            session.execute(
                select(OutboxRow.case_id).where(col(OutboxRow.purpose) == OutboxPurpose.ACK)
            ).scalars()
        )
    assert all(r is not None and r.state == MessageState.CASE for r in rows)
    assert batches == [ids]  # the five went in one batch
    assert len(reads) == 1  # the limits of the whole batch, read once
    assert len(ack_cases) == acked  # the earlier one among them
    facts = [json.loads(r.facts_json or "{}")["ack"] for r in rows if r is not None]
    assert facts[: acked - 1] == ["ack queued"] * (acked - 1)
    assert facts[acked - 1 :] == [refusal] * (len(later) - acked + 1)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_a_batch_that_fails_after_opening_cases_writes_none_of_its_held_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, database: str
) -> None:
    """Three cases opened (numbers drawn, acks, index rows and audit entries held), then
    the fourth message's stage fails: the batch rolls back and each message goes alone.
    Every case then has one number, in message order with no gap, one ack, one
    case.create entry, and the chain verifies: nothing held was written twice."""
    url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    ctx = acking_context(tmp_path, "", database_url=url)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(60, 66)])
    broken = ids[3]
    real = OpenCaseStage.process

    def failing(self: OpenCaseStage, item: Item) -> Outcome:
        if item.id == broken:
            raise RuntimeError("open_case broke")
        return real(self, item)

    monkeypatch.setattr(OpenCaseStage, "process", failing)
    process_due(ctx)
    with transaction(ctx.engine) as session:
        cases = session.execute(
            select(Case.message_id, Case.receipt_no, Case.id).order_by(col(Case.message_id))
        ).all()
        acks = session.execute(
            select(OutboxRow.case_id).where(col(OutboxRow.purpose) == OutboxPurpose.ACK)
        ).scalars()
        created = session.execute(
            select(AuditEntry.case_id).where(col(AuditEntry.action) == "case.create")
        ).scalars()
        index_rows = session.execute(select(BlindIndexRow.case_id, BlindIndexRow.digest)).all()
        verdict = verify_chain(session)
        attempts = session.get(Message, broken)
    assert [c.message_id for c in cases] == [i for i in ids if i != broken]
    assert [int(c.receipt_no.rsplit("-", 1)[1]) for c in cases] == [1, 2, 3, 4, 5]
    case_ids = sorted(c.id for c in cases)
    assert sorted(acks) == case_ids
    assert sorted(created) == case_ids
    assert index_rows and len(index_rows) == len(set(index_rows))
    assert verdict.ok, verdict
    assert attempts is not None and attempts.attempts == 1


def _due(size: int) -> batch_module.Due:
    due = batch_module.Due(MessageState.RECEIVED, "drop", 0)
    due.carry.raw = b"x" * size
    return due


def test_a_batch_is_analysed_in_one_call_per_child_and_large_mail_in_calls_of_its_own() -> None:
    small = {n: _due(10_000) for n in range(50)}
    assert [len(c) for c in batch_module._calls(small, 2)] == [25, 25]
    assert [len(c) for c in batch_module._calls(small, 1)] == [50]
    big = batch_module.CALL_BYTES
    mixed = {1: _due(100), 2: _due(big), 3: _due(100), 4: _due(big // 2), 5: _due(big // 2 + 1)}
    calls = batch_module._calls(mixed, 2)
    assert [list(c) for c in calls] == [[1], [2], [3, 4], [5]]
    assert batch_module._calls({}, 2) == []


def test_a_mail_whose_analysis_fails_goes_alone_and_the_rest_of_its_call_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ctx = setup(tmp_path)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(8)])
    broken = ids[5]
    real = batch_module.analyse_many_bounded
    raws: dict[bytes, int] = {}

    def one_fails(mails: Any, *args: Any, **kwargs: Any) -> Any:
        found = real(mails, *args, **kwargs)
        return [
            None if raws.get(raw) == broken else a for (raw, _), a in zip(mails, found, strict=True)
        ]

    alone: list[int] = []
    process_message = runner_module.process_message

    def spy(ctx: Context, message_id: int, *args: Any) -> int:
        alone.append(message_id)
        return process_message(ctx, message_id, *args)

    open_raw = batch_module._open_raw

    def note_raws(ctx: Context, message_ids: Any, *rest: Any) -> Any:
        found = open_raw(ctx, message_ids, *rest)
        raws.update({due.carry.raw: m for m, due in found.items() if due.carry.raw})
        return found

    monkeypatch.setattr(batch_module, "analyse_many_bounded", one_fails)
    monkeypatch.setattr(batch_module, "_open_raw", note_raws)
    monkeypatch.setattr(runner_module, "process_message", spy)
    process_due(ctx)
    with transaction(ctx.engine) as session:
        states = [session.get(Message, i).state for i in ids]  # type: ignore[union-attr]
    assert states == [MessageState.CASE] * 8
    assert alone == [broken]


def test_batches_analysed_ahead_never_share_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner keeps AHEAD batches in analysis while it writes the oldest: no message
    is in two of them, and it starts again from the first due message only when none is
    in flight (a message in flight is still due, and would be staged twice)."""
    _, ctx = setup(tmp_path)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(9)])
    in_flight: list[set[int]] = []
    most = 0
    started_ids: list[int] = []
    real_start, real_finish = runner_module.start_batch, runner_module.finish_batch

    def start(ctx: Context, batch_ids: Any, *rest: Any) -> Any:
        nonlocal most
        assert not set(batch_ids) & set().union(*in_flight)
        in_flight.append(set(batch_ids))
        most = max(most, len(in_flight))
        started_ids.extend(batch_ids)
        return real_start(ctx, batch_ids, *rest)

    def finish(ctx: Context, started: Any, *rest: Any) -> Any:
        in_flight.remove(set(started.ids))
        return real_finish(ctx, started, *rest)

    monkeypatch.setattr(runner_module, "start_batch", start)
    monkeypatch.setattr(runner_module, "finish_batch", finish)
    process_due(ctx, batch=2)
    assert most == runner_module.AHEAD + 1 and not in_flight
    assert sorted(started_ids) == sorted(ids)  # each started once: no twins
    with transaction(ctx.engine) as session:
        assert set(session.execute(select(Message.state)).scalars()) == {MessageState.CASE}


def _facts_by_mail(ctx: Context, ids: list[int]) -> list[dict[str, Any]]:
    with transaction(ctx.engine) as session:
        rows = [session.get(Message, i) for i in ids]
    return [json.loads(r.facts_json or "{}") for r in rows if r is not None]


def test_a_batch_writes_the_facts_every_stage_added_as_stage_by_stage_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch writes each message's facts once, when its stages are done; they are the
    facts the stage-by-stage path writes stage after stage, and a batch rolled back
    leaves none of the facts its stages added to the messages that then go alone."""
    mails = [make_mail(n) for n in range(70, 74)]
    (tmp_path / "alone").mkdir()
    (tmp_path / "batch").mkdir()
    alone_ctx = acking_context(tmp_path / "alone")
    alone_ids = capture_mails(tmp_path / "alone", alone_ctx, mails)
    for message_id in alone_ids:
        runner_module.process_message(alone_ctx, message_id)
    batch_ctx = acking_context(tmp_path / "batch")
    batch_ids = capture_mails(tmp_path / "batch", batch_ctx, mails)
    real = OpenCaseStage.process
    broken = {batch_ids[-1]}

    def failing_once(self: OpenCaseStage, item: Item) -> Outcome:
        if item.id in broken:
            broken.clear()  # the batch rolls back; alone, it opens its case
            raise RuntimeError("open_case broke")
        return real(self, item)

    monkeypatch.setattr(OpenCaseStage, "process", failing_once)
    process_due(batch_ctx)
    alone, batched = _facts_by_mail(alone_ctx, alone_ids), _facts_by_mail(batch_ctx, batch_ids)
    assert all({"classification", "template", "ack"} <= set(f) for f in alone)
    assert batched == alone


def test_the_batches_in_flight_hold_so_many_bytes_of_mail_together_at_most(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """AHEAD batches are analysed while one is written, and all their mail is held by the
    worker: the bytes count for all of them together, not for each, so three batches of
    large mail cannot triple what one may hold (the hostile set's large mails took the
    worker past 500 MB). A batch starts only within what is left (or with one message
    when a larger one is next, alone)."""
    _, ctx = setup(tmp_path)
    ids = capture_mails(tmp_path, ctx, [make_mail(n) for n in range(12)])
    with transaction(ctx.engine) as session:
        sizes = {row[0]: row[1] for row in session.execute(select(Message.id, Message.size))}
    budget = 3 * max(sizes.values())
    monkeypatch.setattr(runner_module, "IN_FLIGHT_BYTES", budget)
    in_flight: list[set[int]] = []
    held_at_start: list[tuple[int, int, int]] = []  # held before; the new batch's bytes, count
    real_start, real_finish = runner_module.start_batch, runner_module.finish_batch

    def start(ctx: Context, batch_ids: Any, *rest: Any) -> Any:
        held = sum(sizes[i] for batch in in_flight for i in batch)
        held_at_start.append((held, sum(sizes[i] for i in batch_ids), len(batch_ids)))
        in_flight.append(set(batch_ids))
        return real_start(ctx, batch_ids, *rest)

    def finish(ctx: Context, started: Any, *rest: Any) -> Any:
        in_flight.remove(set(started.ids))
        return real_finish(ctx, started, *rest)

    monkeypatch.setattr(runner_module, "start_batch", start)
    monkeypatch.setattr(runner_module, "finish_batch", finish)
    process_due(ctx, batch=2)
    assert sum(new for _, new, _ in held_at_start) == sum(sizes[i] for i in ids)
    for held, new, count in held_at_start:
        assert held < budget  # nothing starts while the budget is spent
        assert held + new <= budget or count == 1  # within it, or one mail past what is left
    assert max(held + new for held, new, _ in held_at_start) > 2 * max(sizes.values())
    with transaction(ctx.engine) as session:
        assert set(session.execute(select(Message.state)).scalars()) == {MessageState.CASE}
