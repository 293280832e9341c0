"""Random nonces, cut from one larger read of the operating system's random source.

A stage batch seals four or five values a mail, and each `os.urandom` call releases the
GIL (getrandom may block) and then waits to get it back behind the worker's other
threads: measured at about 0.2 ms a call in the stage thread, a tenth of its time. A
nonce is public (it is stored beside its ciphertext): what matters is that it is never
repeated, which 96 random bits give whether they are read 12 or 4,096 bytes at a time.

Never for keys: key material is read on its own (`secrets.token_bytes`), so no secret
sits in a buffer. After a fork the child starts with an empty pool, so a parent and its
child never hand out the same bytes.
"""

from __future__ import annotations

import os
import threading

_READ = 4096


class NoncePool:
    """Unpredictable bytes for public values (nonces, Message-ID parts), thread-safe."""

    def __init__(self, read: int = _READ) -> None:
        self._read = read
        self._lock = threading.Lock()
        self._buffer = b""
        self._at = 0

    def take(self, n: int) -> bytes:
        if n > self._read:
            return os.urandom(n)
        with self._lock:
            if self._at + n > len(self._buffer):
                self._buffer, self._at = os.urandom(self._read), 0
            taken = self._buffer[self._at : self._at + n]
            self._at += n
            return taken

    def forget(self) -> None:
        """Drop what is buffered (after a fork, in the child)."""
        self._lock = threading.Lock()  # a fork may have copied it held by another thread
        self._buffer, self._at = b"", 0


_POOL = NoncePool()
os.register_at_fork(after_in_child=_POOL.forget)


def nonce(n: int) -> bytes:
    """`n` random bytes for a public value that must never repeat."""
    return _POOL.take(n)
