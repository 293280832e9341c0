"""Stages in batches (intake/batch.py): one commit for a batch that goes through cleanly,
one message's failure costs only that message an attempt, nothing is done twice, and
several PostgreSQL workers never take the same message."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import col, func, select
from support.mailgen import make_mail

from intake.batch import claimed
from intake.context import Context
from intake.runner import process_due
from intake.stage import Item, Outcome
from intake.stages.classify import ClassifyStage
from storage.audit import AuditEntry
from storage.db import transaction
from storage.models import Case, Message, MessageState
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
    candidates = list(range(1, 21))
    with claimed(first, candidates, 8) as mine, claimed(second, candidates, 8) as theirs:
        assert len(mine) == 8 and len(theirs) == 8
        assert not set(mine) & set(theirs)
    with claimed(second, candidates, 8) as after:  # released when the first let go
        assert after == candidates[:8]
