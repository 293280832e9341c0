"""Real servers that integration tests run against, started once per test session.

`dovecot` (IMAP), `postgres` (PostgreSQL) and `smtp` (a capturing aiosmtpd sink) each
start a private instance on free loopback ports, in a temp dir, with no system config.
This module holds the plumbing they share: ports, waiting, and the one error a fixture
turns into a skip (or, under CI, a failure).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

LOOPBACK = "127.0.0.1"
INSTALL_HINT = "run scripts/install-system-deps.sh (as root) to install it"

T = TypeVar("T")

# Sockets bound but never listening: a connect to their port is refused, and because we
# hold them for the whole session no other process can take the port in the meantime.
_held_closed_ports: list[socket.socket] = []


class ServerUnavailable(RuntimeError):
    """A test server could not be found or started; the message says what to install or read."""


def free_port() -> int:
    """A loopback TCP port that was free a moment ago (the caller retries on a lost race)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def closed_port() -> int:
    """A loopback port on which nobody listens for the rest of the session (connect is refused)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((LOOPBACK, 0))
    _held_closed_ports.append(sock)
    port: int = sock.getsockname()[1]
    return port


def wait_until(
    ready: Callable[[], bool],
    *,
    timeout: float,
    what: str,
    alive: Callable[[], bool] = lambda: True,
    log: Path | None = None,
) -> None:
    """Poll `ready` until it is true; raise ServerUnavailable with the log's tail otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        if not alive():
            raise ServerUnavailable(f"{what} exited during start-up{log_tail(log)}")
        time.sleep(0.05)
    raise ServerUnavailable(f"{what} not ready after {timeout:.0f} s{log_tail(log)}")


def port_accepts(port: int, greeting: bytes = b"") -> bool:
    """True when something accepts a connection on the loopback port (and greets as expected)."""
    try:
        with socket.create_connection((LOOPBACK, port), timeout=1) as sock:
            return not greeting or sock.recv(64).startswith(greeting)
    except OSError:
        return False


def log_tail(log: Path | None, lines: int = 30) -> str:
    """The last lines of a server log, formatted to append to an error message."""
    if log is None or not log.exists():
        return ""
    text = log.read_text(errors="replace").splitlines()[-lines:]
    return f"\n--- last lines of {log} ---\n" + "\n".join(text)


def find_program(name: str, *extra_dirs: str) -> str:
    """Path of an executable on PATH or in `extra_dirs`, else ServerUnavailable naming it."""
    for directory in extra_dirs:
        candidate = Path(directory) / name
        if os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ServerUnavailable(f"`{name}` not found; {INSTALL_HINT}")
    return found


def require_root(what: str) -> None:
    """The servers switch to unprivileged users, which only root can do."""
    if os.geteuid() != 0:
        raise ServerUnavailable(f"{what} test server must be started as root (uid 0)")


# A RAM disk for a throwaway server's files, when there is one with this much room.
MEMORY_DIR = Path("/dev/shm")
MEMORY_DIR_MIN_FREE = 4 * 1024**3


def memory_dir() -> Path | None:
    """/dev/shm when it is a writable directory with room, else None (the usual temp dir).

    The test cluster's 200 databases are 2.2 GB in 61,000 files; on the CI machine's disk
    (ext4 mounted with `discard`) removing them took 149 s after the last test, nearly
    all of the session's teardown; from RAM 5 s, on the same busy machine."""
    try:
        room = shutil.disk_usage(MEMORY_DIR).free
    except OSError:
        return None
    if not os.access(MEMORY_DIR, os.W_OK | os.X_OK) or room < MEMORY_DIR_MIN_FREE:
        return None
    return MEMORY_DIR


def make_public_tempdir(prefix: str, *, in_memory: bool = False) -> Path:
    """A fresh temp dir that other local users (the servers' own users) can traverse;
    on a RAM disk when `in_memory` and there is one (see memory_dir)."""
    where = memory_dir() if in_memory else None
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=where))
    path.chmod(0o755)
    for parent in path.parents:
        if parent.stat().st_mode & 0o001 == 0:
            shutil.rmtree(path, ignore_errors=True)
            raise ServerUnavailable(
                f"temp dir parent {parent} is not traversable by other users; "
                "point TMPDIR at a world-traversable directory such as /tmp"
            )
    return path


def run_checked(
    args: list[str],
    what: str,
    *,
    user: str | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a set-up command (as `user` if given); on failure raise ServerUnavailable."""
    try:
        result = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=120,
            user=user,
            cwd=cwd,
            env=env,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ServerUnavailable(f"{what} failed: {error}") from error
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()[-2000:]
        raise ServerUnavailable(f"{what} failed (exit {result.returncode}):\n{output}")
    return result


def die_with_parent(sig: signal.Signals) -> Callable[[], None]:
    """A `preexec_fn` asking Linux to send `sig` to the server if the test process dies.

    Runs in the child after any `user=` switch (a credential change would clear it), so a
    crashed or killed test run leaves no server behind.
    """

    def set_parent_death_signal() -> None:
        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(sig), 0, 0, 0)

    return set_parent_death_signal


def start_or_skip(start: Callable[[], T], what: str) -> T:
    """Start a test server; if it cannot start, skip the test, or fail it when CI=true.

    On a developer's machine a missing server should not hide the other results; in CI a
    skipped integration test would be a silent pass, so there it is an error.
    """
    import pytest  # only the fixtures need pytest; the servers themselves do not

    try:
        return start()
    except ServerUnavailable as error:
        message = f"{what} unavailable: {error}"
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)  # outside CI only (see above)
