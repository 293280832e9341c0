"""A loopback TCP proxy that can cut connections: the network failing mid-fetch, for tests.

`CuttingProxy(target_port)` forwards to 127.0.0.1:target_port. `cut_after(n_bytes, times)`
makes the next `times` connections close abruptly once `n_bytes` have gone from the server
to the client; `stall_after(n_bytes)` makes the next one go silent instead, open but with
nothing more passing (a link dropped by a NAT or a firewall: only a timeout can tell);
`refuse(True)` drops new connections at once, as a server that is down would.
"""

from __future__ import annotations

import contextlib
import socket
import threading

LOOPBACK = "127.0.0.1"


class CuttingProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server((LOOPBACK, 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._cuts: list[tuple[int, bool]] = []  # (bytes before it, stall rather than close)
        self._refusing = False
        self.cut_count = 0
        self._stopped = threading.Event()
        threading.Thread(target=self._accept_loop, daemon=True, name="cutting-proxy").start()

    def cut_after(self, n_bytes: int, times: int = 1) -> None:
        with self._lock:
            self._cuts.extend([(n_bytes, False)] * times)

    def stall_after(self, n_bytes: int) -> None:
        with self._lock:
            self._cuts.append((n_bytes, True))

    def refuse(self, refusing: bool) -> None:
        with self._lock:
            self._refusing = refusing

    def stop(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._listener.close()

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                refusing = self._refusing
                cut = self._cuts.pop(0) if self._cuts and not refusing else None
            if refusing:
                _abort(client)
                continue
            try:
                server = socket.create_connection((LOOPBACK, self.target_port), timeout=10)
            except OSError:
                _abort(client)
                continue
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, cut), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, cut: tuple[int, bool] | None) -> None:
        budget, stall = cut if cut is not None else (None, False)
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if budget is not None and sent + len(data) >= budget:
                    dst.sendall(data[: max(0, budget - sent)])
                    with self._lock:
                        self.cut_count += 1
                    if stall:  # keep both ends open and pass nothing until the test ends
                        self._stopped.wait()
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            _abort(src)
            _abort(dst)


def _abort(sock: socket.socket) -> None:
    # shutdown first: a close alone does not end the socket while the other pipe thread
    # is blocked reading it, and the client would see a silent stall until its timeout
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    with contextlib.suppress(OSError):
        sock.close()
