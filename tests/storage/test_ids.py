"""Ids drawn before the row is written (storage/ids.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from storage.db import make_engine, migrate, transaction
from storage.ids import expect_ids, next_id
from storage.outbox import OutboxRow


def _row(row_id: int) -> OutboxRow:
    return OutboxRow(id=row_id, kind="mail", purpose="reply", message_id=f"<{row_id}@t>")


def _insert_by_database(engine: Engine) -> int:
    """A row whose id the database chooses, as any other writer's would be."""
    with transaction(engine) as session:
        row = OutboxRow(kind="mail", purpose="reply", message_id=f"<{uuid.uuid4()}@t>")
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine)
    return engine


def test_draws_in_one_transaction_are_distinct_before_any_row_is_written(
    engine: Engine,
) -> None:
    first = _insert_by_database(engine)
    with transaction(engine) as session:
        drawn = [next_id(session, "outbox") for _ in range(3)]
        session.add_all(_row(i) for i in drawn)
    assert len(set(drawn)) == 3 and min(drawn) > first
    assert _insert_by_database(engine) > max(drawn)  # the database counts on past them


def test_a_rolled_back_transaction_leaves_no_stale_draws(engine: Engine) -> None:
    with pytest.raises(RuntimeError), transaction(engine) as session:
        next_id(session, "cases")
        raise RuntimeError("stage failed")
    with transaction(engine) as session:
        assert next_id(session, "outbox") == _highest(engine, "outbox") + 1


def _highest(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())


def test_a_draw_on_sqlite_keeps_other_writers_out_until_the_row_is_written(
    tmp_path: Path,
) -> None:
    """Without the writer lock, another writer could take the drawn id in between."""
    store = tmp_path / "store.db"
    engine = make_engine(f"sqlite:///{store}")
    migrate(engine)
    with transaction(engine) as session:
        drawn = next_id(session, "outbox")
        other = sqlite3.connect(store, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute(
                "INSERT INTO outbox (kind, purpose, message_id) VALUES ('mail', 'x', 'y')"
            )
        other.close()
        session.add(_row(drawn))


def test_only_known_tables_are_drawn_for(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    migrate(engine)
    with transaction(engine) as session, pytest.raises(ValueError, match="not drawn"):
        next_id(session, "cases; DROP TABLE cases")


def test_ids_drawn_ahead_are_handed_out_without_a_statement_each(engine: Engine) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_: object) -> None:
        statements.append(statement)

    with transaction(engine) as session:
        expect_ids(session, "outbox", 3)
        event.listen(engine, "before_cursor_execute", note)
        try:
            drawn = [next_id(session, "outbox") for _ in range(4)]  # one more than expected
        finally:
            event.remove(engine, "before_cursor_execute", note)
        session.add_all(_row(i) for i in drawn)
    assert drawn == sorted(drawn) and len(set(drawn)) == 4
    # PostgreSQL: the three drawn ahead cost nothing more, the fourth one draw;
    # SQLite: the first draw of the transaction reads the highest id, then counts on
    assert len(statements) <= 2, statements
    assert _insert_by_database(engine) > max(drawn)


def test_ids_drawn_ahead_by_a_rolled_back_transaction_are_not_handed_out_again(
    engine: Engine,
) -> None:
    """The next transaction never gets the ids the rolled-back one had drawn ahead and not
    used (PostgreSQL: the sequence moved on, they stay gaps); on SQLite nothing was drawn
    from the database, so it counts on from the highest stored id."""
    with pytest.raises(RuntimeError), transaction(engine) as session:
        expect_ids(session, "cases", 5)
        used = next_id(session, "cases")
        raise RuntimeError("stage failed")
    with transaction(engine) as session:
        again = next_id(session, "cases")
    if engine.dialect.name == "postgresql":
        assert again >= used + 5  # past every id drawn ahead
    else:
        assert again == _highest(engine, "cases") + 1
