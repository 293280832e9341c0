"""IMAP IDLE (RFC 2177): wake the poll as soon as the server says new mail has arrived.

Polling every minute means a citizen waits up to a minute for a receipt. Where the server
offers IDLE, a watcher thread per mailbox keeps a second connection open in IDLE and, on an
EXISTS or RECENT response, asks for a poll at once. The poll itself stays the only code that
captures mail, so IDLE can only make intake sooner, never different.

- IDLE is re-issued at most every `idle_renew_seconds` (10 minutes by default: RFC 2177
  allows 29, imapclient advises 10), since NATs and servers drop quiet connections.
- A socket that polls readable but yields no response is a closed connection (the peer sent
  EOF); imapclient would return an empty list forever, so the watcher reconnects.
- Every (re)connect first asks for a poll: the poll catches up by UID and checks
  UIDVALIDITY, so mail that arrived while the watcher was away is not missed.
- Failures back off exponentially up to five minutes; the regular poll keeps running.
"""

from __future__ import annotations

import contextlib
import logging
import select
import threading
import time
from collections.abc import Callable
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from intake.errors import SourceError
from intake.settings import MailboxSettings
from intake.sources.imap import connect

log = logging.getLogger("intake.idle")
ClientFactory = Callable[[MailboxSettings], IMAPClient]
NEW_MAIL = (b"EXISTS", b"RECENT")
MAX_BACKOFF_SECONDS = 300.0
CHECK_SECONDS = 1.0  # how often the watcher looks at `stop`


class ConnectionClosed(Exception):
    """The server closed the IDLE connection."""


class IdleWatcher(threading.Thread):
    """Keeps one mailbox in IDLE and calls `on_new_mail` when the server reports mail."""

    def __init__(
        self,
        mailbox: MailboxSettings,
        on_new_mail: Callable[[], None],
        stop: threading.Event,
        client_factory: ClientFactory = connect,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(name=f"idle:{mailbox.name}", daemon=True)
        self.mailbox = mailbox
        self.on_new_mail = on_new_mail
        self.stop = stop
        self.factory = client_factory
        self.clock = clock
        self.connects = 0
        self.supported: bool | None = None  # unknown until the first connection

    def run(self) -> None:
        backoff = 1.0
        while not self.stop.is_set():
            try:
                self._watch_once()
                backoff = 1.0
            except _Unsupported:
                log.info(
                    "server offers no IDLE; polling only",
                    extra={"event": "idle_unsupported", "mailbox": self.mailbox.name},
                )
                return
            except (ConnectionClosed, SourceError, IMAPClientError, OSError) as exc:
                log.warning(
                    "IDLE connection lost; reconnecting",
                    extra={
                        "event": "idle_reconnect",
                        "mailbox": self.mailbox.name,
                        "error": exc.__class__.__name__,
                        "retry_seconds": backoff,
                    },
                )
                self.stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    def _watch_once(self) -> None:
        client = self.factory(self.mailbox)
        self.connects += 1
        try:
            if not client.has_capability("IDLE"):
                self.supported = False
                raise _Unsupported
            self.supported = True
            client.select_folder(self.mailbox.folder, readonly=True)
            self.on_new_mail()  # catch up on whatever came while we were not listening
            self._idle(client)
        finally:
            _close(client)

    def _idle(self, client: IMAPClient) -> None:
        renew_every = float(self.mailbox.idle_renew_seconds)
        client.idle()
        started = self.clock()
        try:
            while not self.stop.is_set():
                if self.clock() - started >= renew_every:
                    client.idle_done()
                    client.idle()
                    started = self.clock()
                if self._responses_say_new_mail(client):
                    self.on_new_mail()
        finally:
            with contextlib.suppress(Exception):
                client.idle_done()

    def _responses_say_new_mail(self, client: IMAPClient) -> bool:
        if not _readable(client, CHECK_SECONDS):
            return False
        responses = client.idle_check(timeout=0)
        if not responses:  # readable, yet nothing to read: the peer has gone
            raise ConnectionClosed
        return any(_is_new_mail(r) for r in responses)


class _Unsupported(Exception):
    pass


def _is_new_mail(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in NEW_MAIL


def _readable(client: IMAPClient, timeout: float) -> bool:
    sock = client.socket()
    pending = getattr(sock, "pending", None)  # TLS may hold decrypted bytes the socket lacks
    if pending is not None and pending() > 0:
        return True
    ready, _, _ = select.select([sock], [], [], timeout)
    return bool(ready)


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # abandoning the connection anyway
        with contextlib.suppress(Exception):
            client.shutdown()
