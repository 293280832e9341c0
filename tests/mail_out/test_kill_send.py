"""SIGKILL the worker between commit and send, restart: each acknowledgement is
delivered once; one the server already had when the worker died is sent again with
the same Message-ID (and the same bytes), never as a second, different mail."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from servers import LOOPBACK, free_port
from servers.smtp import SmtpSink
from sqlalchemy import create_engine, text
from support.cli import REPO
from support.mailgen import make_mail

from tests.mail_out.mail_support import FRESH, parse, write_mail_config
from tests.mail_out.sinks import SlowSink

pytestmark = [pytest.mark.integration, pytest.mark.slow]


class HangingSmtp:
    """Accepts connections and never says a word: a worker sending here hangs."""

    def __init__(self) -> None:
        self.port = free_port()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((LOOPBACK, self.port))
        self._sock.listen(8)
        self.connected = threading.Event()
        self._held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._held.append(conn)
            self.connected.set()

    def close(self) -> None:
        for conn in self._held:
            conn.close()
        self._sock.close()


def _config(tmp_path: Path, port: int) -> Path:
    return write_mail_config(
        tmp_path,
        sections={
            "ack": FRESH,
            "smtp": {
                "host": LOOPBACK,
                "port": port,
                "security": "plain",
                "from_address": "saraban@agency.example.go.th",
                "timeout_seconds": 120,
            },
            "outbox": {"lease_seconds": 0},
        },
    )


def _poll(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"],
        cwd=REPO,
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill(worker: subprocess.Popen[bytes]) -> None:
    assert worker.poll() is None, "the worker ended before it was killed"
    worker.send_signal(signal.SIGKILL)
    assert worker.wait(timeout=30) == -signal.SIGKILL


def _rows(tmp_path: Path) -> list[tuple[str, str, int]]:
    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'intake.db'}")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT message_id, state, attempts FROM outbox ORDER BY id"))
        result = [(str(m), str(s), int(a)) for m, s, a in rows]
    engine.dispose()
    return result


def test_killed_between_commit_and_send_each_ack_is_delivered_once(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    mails = [make_mail(80 + n) for n in range(3)]
    for n, mail in enumerate(mails):
        (inbox / f"{n}.eml").write_bytes(mail.raw)
    hanging = HangingSmtp()
    try:
        worker = _poll(_config(tmp_path, hanging.port))
        assert hanging.connected.wait(120), "the worker never tried to send"
        _kill(worker)  # every case and its ack row are committed; nothing was sent
    finally:
        hanging.close()
    assert [state for _, state, _ in _rows(tmp_path)] == ["pending"] * 3
    config = write_mail_config(
        tmp_path,
        sections={
            "ack": FRESH,
            "smtp": {
                "host": smtp_messages.host,
                "port": smtp_messages.port,
                "security": "plain",
                "from_address": "saraban@agency.example.go.th",
            },
            "outbox": {"lease_seconds": 0},
        },
    )
    done = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"],
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    captured = smtp_messages.wait_for(3)
    rows = _rows(tmp_path)
    assert len(captured) == 3
    assert sorted(parse(c.raw)["Message-ID"].strip() for c in captured) == sorted(
        m for m, _, _ in rows
    )
    assert sorted(r for c in captured for r in c.rcpt_tos) == sorted(m.sender for m in mails)
    assert [state for _, state, _ in rows] == ["sent"] * 3


def test_killed_after_the_server_took_the_mail_it_is_resent_with_the_same_message_id(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    mail = make_mail(90)
    (inbox / "0.eml").write_bytes(mail.raw)
    slow = SlowSink.start(hold=15)
    try:
        worker = _poll(_config(tmp_path, slow.port))
        assert slow.wait_arrived(120), "the mail never reached the server"
        _kill(worker)  # the server has the mail; our "sent" was never committed
        first = list(slow.messages)
    finally:
        slow.stop()
    [(message_id, state, attempts)] = _rows(tmp_path)
    assert (state, attempts) == ("pending", 1)
    config = write_mail_config(
        tmp_path,
        sections={
            "ack": FRESH,
            "smtp": {
                "host": smtp_messages.host,
                "port": smtp_messages.port,
                "security": "plain",
                "from_address": "saraban@agency.example.go.th",
            },
            "outbox": {"lease_seconds": 0},
        },
    )
    done = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"],
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    [again] = smtp_messages.wait_for(1)
    assert [parse(m.raw)["Message-ID"].strip() for m in first] == [message_id]
    assert parse(again.raw)["Message-ID"].strip() == message_id
    assert parse(again.raw)["Date"] == parse(first[0].raw)["Date"]  # the same mail, not a new one
    [(_, state, attempts)] = _rows(tmp_path)
    assert (state, attempts) == ("sent", 2)
