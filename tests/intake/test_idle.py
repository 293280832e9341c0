"""The IDLE watcher, against a fake server on a real socket pair: it wakes the poll on new
mail, catches up after every connect, renews IDLE, and treats a silent EOF as a closed line."""

from __future__ import annotations

import socket
import threading
from typing import Any

import pytest

from intake.idle import IdleWatcher
from intake.settings import MailboxSettings

MAILBOX = MailboxSettings(
    name="saraban",
    host="127.0.0.1",
    username="u",
    password_env="X",
    security="plain",
    idle_renew_seconds=30,
)


class FakeClient:
    """Speaks just enough imapclient for the watcher; the test plays the server on `peer`."""

    def __init__(self, idle: bool = True) -> None:
        self.sock, self.peer = socket.socketpair()
        self.capable = idle
        self.idles = 0
        self.dones = 0
        self.queued: list[Any] = []
        self.closed = False

    def has_capability(self, name: str) -> bool:
        return self.capable and name == "IDLE"

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]:
        return {}

    def socket(self) -> socket.socket:
        return self.sock

    def idle(self) -> None:
        self.idles += 1

    def idle_done(self) -> None:
        self.dones += 1

    def idle_check(self, timeout: float | None = None) -> list[Any]:
        data = self.sock.recv(4096)
        if not data:
            return []  # what imapclient returns on EOF
        return [(1, b"EXISTS")] if b"EXISTS" in data else [(b"OK", b"Still here")]

    def logout(self) -> None:
        self.closed = True
        self.sock.close()


def _watch(clients: list[FakeClient], clock: Any = None) -> tuple[IdleWatcher, list[int], Any]:
    stop = threading.Event()
    wakes: list[int] = []
    made = iter(clients)

    def factory(_: MailboxSettings) -> FakeClient:
        try:
            return next(made)
        except StopIteration:
            stop.set()
            raise OSError("no more connections in this test") from None

    kwargs = {"clock": clock} if clock else {}
    watcher = IdleWatcher(MAILBOX, lambda: wakes.append(1), stop, factory, **kwargs)  # type: ignore[arg-type]
    return watcher, wakes, stop


def _eventually(check: Any, seconds: float = 10.0) -> None:
    done = threading.Event()
    for _ in range(int(seconds / 0.02)):
        if check():
            return
        done.wait(0.02)
    raise AssertionError("condition not reached")


def test_new_mail_wakes_the_poll_and_each_connect_catches_up_first() -> None:
    client = FakeClient()
    watcher, wakes, stop = _watch([client])
    watcher.start()
    _eventually(lambda: client.idles == 1)
    assert len(wakes) == 1, "a connect asks for a catch-up poll before idling"
    client.peer.sendall(b"* 1 EXISTS\r\n")
    _eventually(lambda: len(wakes) == 2)
    client.peer.sendall(b"* OK Still here\r\n")
    stop.set()
    watcher.join(timeout=10)
    assert not watcher.is_alive()
    assert len(wakes) == 2, "a keep-alive is not new mail"
    assert client.dones >= 1 and client.closed


def test_readable_socket_with_no_data_is_a_closed_connection_and_is_reopened() -> None:
    first, second = FakeClient(), FakeClient()
    watcher, wakes, stop = _watch([first, second])
    watcher.start()
    _eventually(lambda: first.idles == 1)
    first.peer.close()  # the server goes away: EOF, readable with nothing to read
    _eventually(lambda: second.idles == 1)
    assert watcher.connects == 2
    assert len(wakes) == 2, "the reconnect catches up by asking for a poll"
    stop.set()
    watcher.join(timeout=10)


def test_idle_is_renewed_at_most_every_renew_interval() -> None:
    now = [0.0]
    client = FakeClient()
    watcher, _, stop = _watch([client], clock=lambda: now[0])
    watcher.start()
    _eventually(lambda: client.idles == 1)
    now[0] = 29.0
    client.peer.sendall(b"* OK Still here\r\n")  # let the loop turn without waiting a second
    _eventually(lambda: client.dones == 0 and client.idles == 1)
    now[0] = 30.5
    _eventually(lambda: client.idles == 2, seconds=5)
    assert client.dones == 1
    stop.set()
    watcher.join(timeout=10)


def test_a_server_without_idle_leaves_the_poll_alone() -> None:
    client = FakeClient(idle=False)
    watcher, wakes, _ = _watch([client])
    watcher.start()
    watcher.join(timeout=10)
    assert not watcher.is_alive()
    assert watcher.supported is False
    assert wakes == [] and client.idles == 0 and client.closed


@pytest.mark.parametrize("renew", [29, 1741])
def test_renew_interval_is_bounded_by_rfc_2177(renew: int) -> None:
    with pytest.raises(ValueError):
        MailboxSettings(**{**MAILBOX.model_dump(), "idle_renew_seconds": renew})
