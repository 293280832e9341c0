"""Receipt verification for anyone: does this receipt number belong to a mail with this
SHA-256? The answer is yes or no and nothing else (no name, no date, no subject), and
a limit per client address keeps the page from being used to probe receipt numbers.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque

from sqlmodel import Session, select

from storage.models import Case, Message

SHA256 = re.compile(r"^[0-9a-f]{64}$")
RECEIPT = re.compile(r"^[A-Z]{2,6}-\d{4}-\d{6}$")


def receipt_matches(session: Session, *, receipt_no: str, sha256: str) -> bool:
    """True only when both the receipt number and the hash match one case."""
    receipt_no, sha256 = receipt_no.strip().upper(), sha256.strip().lower()
    if not RECEIPT.match(receipt_no) or not SHA256.match(sha256):
        return False
    query = (
        select(Message.sha256)
        .join(Case, Case.message_id == Message.id)  # type: ignore[arg-type]
        .where(Case.receipt_no == receipt_no)
    )
    stored = session.execute(query).scalar_one_or_none()
    return stored is not None and stored == sha256


class RateLimiter:
    """At most `limit` checks per `window` seconds per client; memory stays bounded."""

    def __init__(self, limit: int = 20, window: float = 600.0, clients: int = 10_000) -> None:
        self.limit = limit
        self.window = window
        self._clients = clients
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._hits) >= self._clients and client not in self._hits:
                self._forget_idle(now)
            hits = self._hits.setdefault(client, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True

    def _forget_idle(self, now: float) -> None:
        for name in [c for c, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[name]
        if len(self._hits) >= self._clients:  # still full: start over rather than grow
            self._hits.clear()
