"""Waiting, in a test, until some PostgreSQL session waits on an advisory lock: the
sign that a second worker's transaction has reached a lock the first one holds."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text

_WAITING = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")


def someone_waits_on_an_advisory_lock(engine: Engine, within: float = 30.0) -> bool:
    """Whether a session waits on an advisory lock before `within` seconds pass (polled
    from a connection of its own every 50 ms)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if connection.execute(_WAITING).scalar_one():
                return True
        time.sleep(0.05)
    return False
