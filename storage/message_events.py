"""A batch's message events written in one statement.

The ORM inserts new rows on SQLite one at a time, each with RETURNING for its id; a
stage batch writes four events a message and nothing reads them back in the same
transaction, so they are collected as plain rows and inserted together with Core.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlmodel import Session

from storage.bulk import insert_rows
from storage.models import MessageEvent, utcnow

EventRow = dict[str, Any]


def event_row(
    message_id: int, to_state: str, from_state: str | None = None, reason: str | None = None
) -> EventRow:
    """One event as a row to insert (a plain dict: building the table model costs more
    than the insert)."""
    return {
        "message_id": message_id,
        "from_state": from_state,
        "to_state": to_state,
        "reason": reason,
        "at": utcnow(),
    }


def insert_events(session: Session, rows: list[EventRow]) -> None:
    table: Table = MessageEvent.__table__  # type: ignore[attr-defined]
    insert_rows(session.connection(), table, rows)
