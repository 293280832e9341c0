"""Rows a transaction holds back and writes together, one statement a table.

A stage batch writes, for every message, an audit entry, an acknowledgement row and
the new case's blind-index rows: rows like each other, each written whole, that no
later step of the batch reads (or reads only after `write_held`). Each written alone
was a statement, a round of the driver and SQLAlchemy's execution path. Within
`rows_held`, `add_rows` for the tables named keeps them, and they are written with
one executemany a table when the block ends, in the order the tables were named.

Nothing held is lost or written twice: a commit inside the block writes what is held
first (the `before_commit` hook below), and an error inside drops it with the
transaction it rolls back. A reader of a held table in the same transaction calls
`write_held` for it first (storage.audit's checkpoints, the batch's ack counts), and
one that reads what the session tracks calls `flush_all` instead of `session.flush`:
a tracked row may refer to a held one (a message to its new case).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, event
from sqlmodel import Session

from storage.bulk import insert_rows
from storage.transaction_state import keep, kept

_HELD = "storage.held"  # session.info: (transaction, {table name: (table, rows)})
Rows = list[dict[str, Any]]


@contextmanager
def rows_held(session: Session, *tables: Table) -> Iterator[None]:
    """Hold the rows `add_rows` gets for `tables` until the block ends."""
    session.connection()  # begin: the held rows belong to this transaction
    keep(session, _HELD, {t.name: (t, []) for t in tables})
    try:
        yield
        write_held(session)
    finally:
        session.info.pop(_HELD, None)


def _held(session: Session) -> dict[str, tuple[Table, Rows]]:
    tables: dict[str, tuple[Table, Rows]] | None = kept(session, _HELD)
    return tables or {}


def add_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (whole, every column given) now, or hold them if `table` is held."""
    held = _held(session).get(table.name)
    if held is not None:
        held[1].extend(rows)
    elif rows:
        insert_rows(session.connection(), table, rows)


def write_held(session: Session, table: Table | None = None) -> None:
    """Write what is held, one executemany a table: all of it, or what `table` needs,
    its own rows and those of the tables named before it in `rows_held` (a row may
    refer to a row of an earlier table: an index row to its case)."""
    for name, (held_table, rows) in _held(session).items():
        if rows:
            insert_rows(session.connection(), held_table, rows)
            rows.clear()
        if table is not None and name == table.name:
            return


def flush_all(session: Session) -> None:
    """Make all this transaction has written so far visible to its own queries: the
    held rows, then the objects the session tracks (which may refer to held rows)."""
    write_held(session)
    session.flush()


@event.listens_for(Session, "before_commit")
def _write_before_commit(session: Session) -> None:
    write_held(session)  # none is lost by a commit inside rows_held
