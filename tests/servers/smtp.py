"""A capturing SMTP server on loopback: what the product sends lands in a list."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, NamedTuple

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from . import LOOPBACK, free_port

# aiosmtpd logs every connection from its own thread, also after pytest has closed the
# stream it captured: keep it to warnings.
logging.getLogger("mail.log").setLevel(logging.WARNING)

__all__ = ["CapturedMessage", "SmtpSink"]

_START_ATTEMPTS = 3


class CapturedMessage(NamedTuple):
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes


class _Capture:
    """aiosmtpd handler: accept every message and keep its envelope and exact bytes."""

    def __init__(self, messages: list[CapturedMessage], arrived: threading.Condition) -> None:
        self._messages = messages
        self._arrived = arrived

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else raw.encode()
        with self._arrived:
            captured = CapturedMessage(envelope.mail_from or "", list(envelope.rcpt_tos), data)
            self._messages.append(captured)
            self._arrived.notify_all()
        return "250 Message accepted for delivery"


class SmtpSink:
    """An aiosmtpd server in a background thread; `start()` it, read `messages`, `stop()` it."""

    host = LOOPBACK

    def __init__(self) -> None:
        self.messages: list[CapturedMessage] = []
        self._arrived = threading.Condition()
        self.port = 0
        self._controller: Any = None

    @classmethod
    def start(cls) -> SmtpSink:
        """Listen on a free loopback port (retrying if another process takes it first)."""
        sink = cls()
        for attempt in range(_START_ATTEMPTS):
            sink.port = free_port()
            handler = _Capture(sink.messages, sink._arrived)
            controller = Controller(handler, hostname=sink.host, port=sink.port)
            try:
                controller.start()
            except (OSError, RuntimeError):
                if attempt == _START_ATTEMPTS - 1:
                    raise
                continue
            sink._controller = controller
            break
        return sink

    def clear(self) -> None:
        with self._arrived:
            self.messages.clear()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[CapturedMessage]:
        """Block until at least `count` messages arrived; returns them (raises TimeoutError)."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self.messages)} of {count} messages arrived")
                self._arrived.wait(left)
            return list(self.messages)

    def stop(self) -> None:
        """Idempotent."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __repr__(self) -> str:
        return f"SmtpSink(port={self.port}, messages={len(self.messages)})"
