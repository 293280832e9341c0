"""Many whole rows with one statement (storage/bulk.py): COPY on PostgreSQL writes what
an INSERT would, defaults and value processing included; SQLite inserts as before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from storage.audit import AuditCheckpoint, AuditEntry
from storage.blind_index import BlindIndexRow
from storage.bulk import _plan, insert_rows
from storage.db import make_engine, migrate
from storage.models import Case, DataKeyRecord, Message, MessageEvent
from storage.outbox import OutboxRow

MESSAGES: Any = Message.__table__  # type: ignore[attr-defined]
KEYS: Any = DataKeyRecord.__table__  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine)
    return engine


def _message(uid: int, **extra: Any) -> dict[str, Any]:
    """A captured message's row as capture gives it: the defaulted columns left out."""
    return {
        "id": uid,
        "source": "box",
        "source_key": f"imap:box:INBOX:7:{uid}",
        "folder": "INBOX",
        "uidvalidity": 7,
        "uid": uid,
        "size": 100 + uid,
        "sha256": f"{uid:064x}",
        "state": "received",
        "next_attempt_at": None,
        **extra,
    }


def _statements(engine: Engine) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2].split(" (")[0]))
    return seen


def _rows(engine: Engine, table: Any) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table).order_by(table.c.id))]


def test_rows_are_written_with_their_defaults_and_values_as_an_insert_writes_them(
    engine: Engine,
) -> None:
    later = datetime(2026, 5, 1, 12, 30, tzinfo=UTC) + timedelta(hours=7)
    rows = [_message(1), _message(2, server_done=True, attempts=3, updated_at=later)]
    rows[1]["next_attempt_at"] = later  # same keys in every row, as capture gives them
    rows[0]["server_done"], rows[0]["attempts"], rows[0]["updated_at"] = False, 0, later
    before = datetime.now(UTC)
    seen = _statements(engine)
    with engine.begin() as conn:
        insert_rows(conn, MESSAGES, rows)
    copied = engine.dialect.name == "postgresql"
    assert seen == ["COPY messages" if copied else "INSERT INTO messages"]
    stored = _rows(engine, MESSAGES)
    assert [r["id"] for r in stored] == [1, 2]
    for row, given in zip(stored, rows, strict=True):
        assert {k: row[k] for k in given} == given
        assert row["synthetic_message_id"] is False  # Python-side defaults filled in
        assert row["captured_at"] >= before - timedelta(seconds=1)
        assert row["headers_enc"] is None


def test_bytes_and_none_come_back_as_written(engine: Engine) -> None:
    awkward = bytes(range(256)) + b"\\x00\\\\\n\t\r"  # every byte, and COPY's escapes
    rows = [
        {"id": 1, "master_key_id": "k\\1\t", "wrapped": awkward},
        {"id": 2, "master_key_id": "k2", "wrapped": None},
    ]
    with engine.begin() as conn:
        insert_rows(conn, KEYS, rows)
    stored = _rows(engine, KEYS)
    assert [(r["master_key_id"], r["wrapped"]) for r in stored] == [
        ("k\\1\t", awkward),
        ("k2", None),
    ]
    assert all(r["created_at"] is not None for r in stored)


def test_rows_that_differ_in_their_columns_are_refused_as_an_insert_refuses_them(
    engine: Engine,
) -> None:
    """Not copied with a NULL where a row left a column out."""
    rows = [_message(1), {k: v for k, v in _message(2).items() if k != "folder"}]
    with pytest.raises(StatementError), engine.begin() as conn:
        insert_rows(conn, MESSAGES, rows)
    assert _rows(engine, MESSAGES) == []


def test_a_duplicate_fails_as_sqlalchemy_says_and_writes_nothing(engine: Engine) -> None:
    with engine.begin() as conn:
        insert_rows(conn, MESSAGES, [_message(1)])
    with pytest.raises(IntegrityError), engine.begin() as conn:
        insert_rows(
            conn, MESSAGES, [_message(2), _message(3, source_key=_message(1)["source_key"])]
        )
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM messages")).scalars().all() == [1]


def test_no_rows_is_no_statement(engine: Engine) -> None:
    seen = _statements(engine)
    with engine.begin() as conn:
        insert_rows(conn, MESSAGES, [])
    assert seen == []


WRITTEN_WHOLE = [MESSAGES, KEYS, *(t.__table__ for t in (MessageEvent, Case, AuditEntry))]  # type: ignore[attr-defined]
WRITTEN_WHOLE += [t.__table__ for t in (AuditCheckpoint, OutboxRow, BlindIndexRow)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("table", WRITTEN_WHOLE, ids=lambda t: str(t.name))
def test_each_table_written_whole_is_copied_in_binary(table: Any) -> None:
    """A column of a type the binary COPY does not know would send its table's rows as
    text again (bytea as hex, twice the bytes for the server to read), silently."""
    dialect = make_engine("postgresql+psycopg://nobody@localhost/none").dialect  # unconnected
    plan = _plan(dialect, table, tuple(c.name for c in table.columns))
    assert plan is not None
    assert plan.types is not None
    assert plan.statement.endswith("FROM STDIN (FORMAT BINARY)")


def test_sealed_bytes_of_several_kilobytes_come_back_as_written(engine: Engine) -> None:
    sealed = bytes(range(256)) * 20  # a sealed case's size, every byte value
    with engine.begin() as conn:
        insert_rows(conn, KEYS, [{"id": 1, "master_key_id": "k1", "wrapped": sealed}])
    assert [r["wrapped"] for r in _rows(engine, KEYS)] == [sealed]
