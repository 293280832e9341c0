"""Turns, first come first served, for a worker's SQLite write transactions.

SQLite lets one connection write at a time. A connection that finds the lock taken
sleeps and tries again, in steps that grow to 100 ms, and nothing wakes it when the
lock is free. Inside `intake run` the stage thread writes a batch, commits, and starts
the next batch's write a moment later, so the capture thread, sleeping meanwhile,
mostly woke to find the lock taken again: measured with py-spy, capture spent three
quarters of its time waiting inside SQLite and ran at a third of its pace alone.

Taking a turn here before such a transaction lets the threads of one process queue in
order and wake at once. Other processes (the web app) still meet SQLite's own lock and
wait for it as before. PostgreSQL has row locks and needs no turns.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine


class Turns:
    """A ticket lock: each caller is served in the order it asked. Not re-entrant."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._next_ticket = 0
        self._serving = 0

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self._changed:
            ticket = self._next_ticket
            self._next_ticket += 1
            while ticket != self._serving:
                self._changed.wait()
        try:
            yield
        finally:
            with self._changed:
                self._serving += 1
                self._changed.notify_all()


_TURNS: weakref.WeakKeyDictionary[Engine, Turns] = weakref.WeakKeyDictionary()
_TURNS_LOCK = threading.Lock()


@contextmanager
def write_turn(engine: Engine) -> Iterator[None]:
    """Hold this process's turn to write to `engine` (SQLite), for one transaction."""
    if engine.dialect.name != "sqlite":
        yield
        return
    with _TURNS_LOCK:
        turns = _TURNS.setdefault(engine, Turns())
    with turns.turn():
        yield
