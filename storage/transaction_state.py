"""State one database transaction keeps for itself, in the session's `info`.

A stage batch keeps, for the length of its transaction, the ids it drew (storage.ids),
its block of receipt numbers (storage.receipts), the rows it holds back (storage.held)
and its ack counts (intake.outbox). Each is stored beside the transaction it belongs to,
so what a finished transaction kept is never taken for the next one's.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session


def keep(session: Session, key: str, value: Any) -> None:
    """Keep `value` under `key` for the session's current transaction."""
    session.info[key] = (session.get_transaction(), value)


def kept(session: Session, key: str) -> Any | None:
    """What the current transaction kept under `key`; None if it kept nothing there
    (or only an earlier transaction did)."""
    held = session.info.get(key)
    if held is not None and held[0] is session.get_transaction():
        return held[1]
    return None
