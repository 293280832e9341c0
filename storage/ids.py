"""Row ids drawn before the row is written.

A case's fields, an outbox row's payload, a data key's wrap and a message's raw-mail
blob are sealed with their row id in the associated data, so the id is needed before
the row can be written whole. Letting the
database choose it meant an INSERT, a flush to learn the id, then an UPDATE with the
ciphertext: two statements and a unit-of-work flush for every new case and every
outbox row. Drawing the id first lets the row be written once, with everything else
the transaction writes.

PostgreSQL draws from the column's own sequence, so other workers never get the same
id; each draw is a round trip, so a stage batch draws what it expects to need at once
(`expect_ids`), and ids it does not use are left as gaps, as a rolled-back insert
leaves them. SQLite has one writer at a time: the first draw of a transaction takes the writer
lock (a write that changes nothing, as the audit chain does) and reads the table's
highest id; later draws of the same transaction count on from there, since no one
else can insert until it ends.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlmodel import Session

from storage.db import is_postgres, take_sqlite_writer_lock
from storage.transaction_state import keep, kept

_DRAWN = "storage.ids.drawn"  # session.info: (transaction, {table: highest id drawn})
_AHEAD = "storage.ids.ahead"  # session.info: (transaction, {table: ids drawn ahead})
TABLES = frozenset(
    {"cases", "outbox", "messages", "data_keys"}
)  # checked: the name is put into SQL text
_NEXTVALS = text(
    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"
)


def next_id(session: Session, table: str) -> int:
    """A fresh id for a row of `table` that this transaction will insert."""
    return next_ids(session, table, 1)[0]


def next_ids(session: Session, table: str, count: int) -> list[int]:
    """`count` fresh ids, ascending, for rows of `table` this transaction will insert."""
    _check(table)
    if count <= 0:
        return []
    connection = session.connection()
    if is_postgres(connection.engine):
        ahead: dict[str, list[int]] = kept(session, _AHEAD) or {}
        pool = ahead.get(table, [])
        taken, ahead[table] = pool[:count], pool[count:]
        keep(session, _AHEAD, ahead)
        return taken + _draw(connection, table, count - len(taken))
    highest: dict[str, int] = kept(session, _DRAWN) or {}
    if table not in highest:
        take_sqlite_writer_lock(connection, table)
        highest[table] = int(
            connection.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
        )
    first = highest[table] + 1
    highest[table] += count
    keep(session, _DRAWN, highest)
    return list(range(first, first + count))


def expect_ids(session: Session, table: str, count: int) -> None:
    """Draw `count` ids of `table` now, with one statement, for `next_ids` to hand out
    later in this transaction (PostgreSQL; on SQLite drawing costs nothing)."""
    _check(table)
    connection = session.connection()
    if count <= 0 or not is_postgres(connection.engine):
        return
    ahead: dict[str, list[int]] = kept(session, _AHEAD) or {}
    ahead[table] = ahead.get(table, []) + _draw(connection, table, count)
    keep(session, _AHEAD, ahead)


def _check(table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"ids are not drawn for table {table!r}")


def _draw(connection: Connection, table: str, count: int) -> list[int]:
    if count <= 0:
        return []
    drawn = connection.execute(_NEXTVALS, {"table": table, "count": count}).scalars()
    return sorted(int(i) for i in drawn)
