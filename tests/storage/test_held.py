"""Rows held back and written together (storage/held.py), on SQLite and PostgreSQL:
one statement a table, nothing lost by a commit inside, nothing written by a rollback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from storage.db import insert_row, make_engine, migrate, transaction
from storage.held import rows_held, write_held
from storage.outbox import OutboxRow

OUTBOX: Any = OutboxRow.__table__  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine)
    return engine


def _row(row_id: int) -> OutboxRow:
    return OutboxRow(id=row_id, kind="mail", purpose="reply", message_id=f"<{row_id}@t>")


def _ids(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM outbox ORDER BY id")).scalars())


def _inserts(engine: Engine) -> tuple[list[int], Any]:
    seen = [0]

    def note(_c: object, _cur: object, statement: str, *_: object) -> None:
        if statement.startswith(("INSERT INTO outbox ", "COPY outbox ")):  # COPY: storage.bulk
            seen[0] += 1

    event.listen(engine, "before_cursor_execute", note)
    return seen, note


def test_held_rows_are_written_with_one_statement_when_the_block_ends(engine: Engine) -> None:
    inserts, note = _inserts(engine)
    with transaction(engine) as session:
        with rows_held(session, OUTBOX):
            for row_id in (1, 2, 3):
                insert_row(session, _row(row_id))
            assert inserts == [0]
        assert inserts == [1]
    event.remove(engine, "before_cursor_execute", note)
    assert _ids(engine) == [1, 2, 3]


def test_a_table_not_named_is_written_at_once(engine: Engine) -> None:
    with transaction(engine) as session, rows_held(session):
        insert_row(session, _row(1))
        count = session.connection().execute(text("SELECT count(*) FROM outbox")).scalar_one()
        assert count == 1


def test_a_reader_writes_what_is_held_first(engine: Engine) -> None:
    with transaction(engine) as session, rows_held(session, OUTBOX):
        insert_row(session, _row(1))
        write_held(session, OUTBOX)
        count = session.connection().execute(text("SELECT count(*) FROM outbox")).scalar_one()
        assert count == 1
    assert _ids(engine) == [1]  # written once, not again when the block ends


def test_a_rolled_back_block_writes_nothing_and_the_next_transaction_holds_nothing(
    engine: Engine,
) -> None:
    with pytest.raises(RuntimeError), transaction(engine) as session, rows_held(session, OUTBOX):
        insert_row(session, _row(1))
        raise RuntimeError("a stage failed")
    with transaction(engine) as session:
        insert_row(session, _row(2))  # no block: at once, and nothing stale comes with it
    assert _ids(engine) == [2]


def test_a_commit_inside_the_block_writes_what_is_held(engine: Engine) -> None:
    with transaction(engine) as session, rows_held(session, OUTBOX):
        insert_row(session, _row(1))
        session.commit()
        insert_row(session, _row(2))  # a new transaction: not held, written at once
    assert _ids(engine) == [1, 2]
