"""Receipt numbers drawn a block at a time (storage/receipts.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from storage.db import make_engine, migrate, transaction
from storage.receipts import (
    buddhist_year,
    expect_receipts,
    give_back_receipts,
    next_receipt_no,
)

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
YEAR = buddhist_year(NOW)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine)
    with engine.begin() as conn:  # the PostgreSQL database is shared by the tests
        conn.execute(text("DELETE FROM receipt_counters"))
    return engine


def _numbers(receipts: list[str]) -> list[int]:
    return [int(r.rsplit("-", 1)[1]) for r in receipts]


def _counter(engine: Engine, year: int = YEAR) -> int:
    with engine.connect() as conn:
        query = text("SELECT last FROM receipt_counters WHERE year_be = :y")
        return int(conn.execute(query, {"y": year}).scalar_one())


def test_a_batch_draws_its_block_with_one_statement_and_gives_back_the_rest(
    engine: Engine,
) -> None:
    statements: list[str] = []
    with transaction(engine) as session:
        expect_receipts(session, 5)

        def note(_c: object, _cur: object, statement: str, *_: object) -> None:
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", note)
        try:
            drawn = [next_receipt_no(session, "REQ", NOW) for _ in range(3)]
        finally:
            event.remove(engine, "before_cursor_execute", note)
        give_back_receipts(session)
    assert drawn == [f"REQ-{YEAR}-{n:06d}" for n in (1, 2, 3)]
    assert len([s for s in statements if "receipt_counters" in s]) == 1
    assert _counter(engine) == 3  # the two unused numbers were given back
    with transaction(engine) as session:
        assert _numbers([next_receipt_no(session, "REQ", NOW)]) == [4]  # no gap


def test_a_rolled_back_batch_takes_no_number(engine: Engine) -> None:
    with transaction(engine) as session:
        next_receipt_no(session, "REQ", NOW)
    with pytest.raises(RuntimeError), transaction(engine) as session:
        expect_receipts(session, 10)
        next_receipt_no(session, "REQ", NOW)
        raise RuntimeError("a stage failed")
    assert _counter(engine) == 1
    with transaction(engine) as session:
        assert _numbers([next_receipt_no(session, "REQ", NOW)]) == [2]


def test_more_draws_than_expected_go_on_one_at_a_time(engine: Engine) -> None:
    with transaction(engine) as session:
        expect_receipts(session, 2)
        drawn = [next_receipt_no(session, "REQ", NOW) for _ in range(4)]
        give_back_receipts(session)
    assert _numbers(drawn) == [1, 2, 3, 4]
    assert _counter(engine) == 4


def test_a_year_turning_in_a_batch_starts_the_new_years_count(engine: Engine) -> None:
    new_year = datetime(2027, 1, 1, 0, 0, 1, tzinfo=UTC)  # already 2027 in Bangkok
    with transaction(engine) as session:
        expect_receipts(session, 4)
        old = [next_receipt_no(session, "REQ", NOW) for _ in range(2)]
        new = [next_receipt_no(session, "REQ", new_year)]
        give_back_receipts(session)
    assert _numbers(old) == [1, 2] and _numbers(new) == [1]
    assert new[0].startswith(f"REQ-{buddhist_year(new_year)}-")
    assert _counter(engine) == 2 and _counter(engine, buddhist_year(new_year)) == 1


def test_concurrent_batches_never_share_a_number(engine: Engine) -> None:
    """Each worker's block is its own: the bump holds the counter until it commits."""
    drawn: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def worker(used: int) -> None:
        try:
            for _ in range(3):
                with transaction(engine) as session:
                    expect_receipts(session, 10)
                    mine = [next_receipt_no(session, "REQ", NOW) for _ in range(used)]
                    give_back_receipts(session)
                with lock:
                    drawn.extend(mine)
        except BaseException as exc:  # reported below: a thread's failure is not raised
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in (2, 5, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(_numbers(drawn)) == list(range(1, 3 * (2 + 5 + 7) + 1))  # none lost
    assert _counter(engine) == 3 * (2 + 5 + 7)
