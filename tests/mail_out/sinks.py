"""SMTP servers that misbehave on purpose: refuse every recipient, or accept a message
and then hold the answer (so a worker can be killed after the server has the mail)."""

from __future__ import annotations

import threading
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from servers import LOOPBACK, free_port
from servers.smtp import CapturedMessage


class _Refuse:
    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        return "550 5.1.1 no such user here"


class _SlowAccept:
    """Keeps the message, then waits `hold` seconds before saying 250."""

    def __init__(self, messages: list[CapturedMessage], hold: float) -> None:
        self.messages = messages
        self.hold = hold
        self.arrived = threading.Event()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        import asyncio

        raw = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else raw.encode()
        self.messages.append(
            CapturedMessage(envelope.mail_from or "", list(envelope.rcpt_tos), data)
        )
        self.arrived.set()
        await asyncio.sleep(self.hold)
        return "250 accepted late"


class _Started:
    host = LOOPBACK

    def __init__(self, handler: Any) -> None:
        self.handler = handler
        self.port = free_port()
        self._controller = Controller(handler, hostname=self.host, port=self.port)
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()


class RefusingSink(_Started):
    @classmethod
    def start(cls) -> RefusingSink:
        return cls(_Refuse())


class SlowSink(_Started):
    messages: list[CapturedMessage]

    @classmethod
    def start(cls, hold: float) -> SlowSink:
        messages: list[CapturedMessage] = []
        sink = cls(_SlowAccept(messages, hold))
        sink.messages = messages
        return sink

    def wait_arrived(self, timeout: float = 30.0) -> bool:
        return bool(self.handler.arrived.wait(timeout))
