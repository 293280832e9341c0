"""One poller per mailbox, also across processes.

On PostgreSQL a session-level advisory lock (several workers on one database); on
SQLite an exclusive file lock beside the database (a worker and an operator's
`intake poll --once` on one machine). A poll that cannot get the lock skips its turn.
"""

from __future__ import annotations

import fcntl
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine


def _lock_id(name: str) -> int:
    digest = hashlib.sha256(f"intake-mailbox:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def mailbox_lock(engine: Engine, name: str, lock_dir: Path) -> Iterator[bool]:
    """Yields True when this process holds the mailbox, False when another one does."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            key = _lock_id(name)
            held = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": key}
            ).scalar_one()
            try:
                yield bool(held)
            finally:
                if held:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()
        return
    lock_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with (lock_dir / f"{name}.lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
