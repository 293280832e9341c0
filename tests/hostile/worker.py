"""`intake run` as an operator starts it, on a drop folder, with the settings written here."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select
from support.cli import REPO

from intake.context import Context, open_context
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Message, MessageState


def write_settings(tmp_path: Path, *, parse_seconds: float, max_attempts: int) -> Path:
    path = tmp_path / "agency.toml"
    path.write_text(
        f'data_dir = "{tmp_path / "var"}"\n'
        f"max_attempts = {max_attempts}\n"
        "retry_base_seconds = 0\n"
        "stage_interval_seconds = 1\n"
        'log_format = "text"\n'
        "[limits]\n"
        f"parse_seconds = {parse_seconds}\n"
        "parse_memory_mb = 768\n"
        "[[mailboxes]]\n"
        'name = "drop"\n'
        'kind = "folder"\n'
        f'path = "{tmp_path / "inbox"}"\n'
        "poll_seconds = 5\n",
        encoding="utf-8",
    )
    (tmp_path / "inbox").mkdir(exist_ok=True)
    return path


def context(config: Path) -> Context:
    return open_context(load_settings(config))


def messages(ctx: Context) -> list[Message]:
    with transaction(ctx.engine) as session:
        rows = list(session.execute(select(Message).order_by(Message.id)).scalars())
        session.expunge_all()
    return rows


def wait_for(check: Callable[[], bool], seconds: float, pause: float = 0.5) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(pause)
    return check()


class Worker:
    """`python -m intake run` in its own process; stderr kept in a file."""

    def __init__(self, cwd: Path, config: Path) -> None:
        self.log = cwd / "worker.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        with self.log.open("wb") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "intake", "--config", str(config), "run"],
                cwd=cwd,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=sink,
            )

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def peak_rss_mb(self) -> float:
        """The worker's own peak resident set (VmHWM), not its parser children's."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmHWM in /proc status")

    def terminate(self, timeout: float) -> int | None:
        """SIGTERM, then wait up to `timeout`; None if it had not exited by then."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill_if_running(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


RSS_LIMIT_MB = 300  # issue 11: the worker stays under it, whatever it reads
SETTLE_S = 1200  # only stops a hung run


@dataclass
class SetRun:
    """A hostile set's run by a worker: each mail's row by its name, and what showed."""

    config: Path
    rows: dict[str, Message]
    report: str  # a line a mail: its state, attempts, reason and defects (no values)
    log: str  # the worker's stderr


def run_set(
    tmp_path: Path, attacks: dict[str, bytes], normal: bytes, *, parse_seconds: float
) -> SetRun:
    """Drop the attacks and a normal request behind them in a folder mailbox, run `intake
    run` (two attempts a message) until every message is final, stop it with SIGTERM, and
    hold it to what every set is held to: it stopped cleanly under RSS_LIMIT_MB, nothing
    is pending, a quarantine has its reason, the normal request is a case, no traceback."""
    config = write_settings(tmp_path, parse_seconds=parse_seconds, max_attempts=2)
    mails = {f"h{i:02d}-{name}": raw for i, (name, raw) in enumerate(attacks.items())}
    mails["z-normal"] = normal
    seen: set[int] = set()
    for name, raw in mails.items():  # rows are told apart by size: two alike get a pad
        while len(raw) in seen:
            raw = b"X-Pad: x\r\n" + raw
        mails[name] = raw
        seen.add(len(raw))
        (tmp_path / "inbox" / f"{name}.eml").write_bytes(raw)
    ctx = context(config)
    worker = Worker(tmp_path, config)
    try:

        def settled() -> bool:
            rows = messages(ctx)
            return len(rows) == len(mails) and all(
                m.state not in MessageState.PENDING for m in rows
            )

        assert wait_for(settled, SETTLE_S), worker.stderr()[-5000:]
        peak = worker.peak_rss_mb()
        code = worker.terminate(30)
    finally:
        worker.kill_if_running()
    by_size = {m.size: m for m in messages(ctx)}
    rows = {name.split("-", 1)[1]: by_size[len(raw)] for name, raw in mails.items()}
    report = _report(rows)
    print(f"\npeak worker RSS {peak:.0f} MB\n{report}")
    log = worker.stderr()
    assert code == 0, log[-5000:]
    assert peak < RSS_LIMIT_MB, f"worker peak RSS {peak:.0f} MB"
    assert rows["normal"].state == MessageState.CASE, report
    for name, row in rows.items():
        assert row.state not in MessageState.PENDING, (name, row.state)
        if row.state == MessageState.QUARANTINED:
            assert row.state_reason, name
    assert "Traceback" not in log, log[-5000:]
    return SetRun(config, rows, report, log)


def _report(rows: dict[str, Message]) -> str:
    lines = []
    for name, row in rows.items():
        facts = json.loads(row.facts_json or "{}")
        defects = sorted(set(facts.get("extraction_defects", [])) | set(facts.get("defects", [])))
        lines.append(
            f"{name:36s} {row.state!s:12s} attempts={row.attempts}"
            f" reason={(row.state_reason or '')[:80]!r} defects={defects[:8]}"
        )
    return "\n".join(lines)


class Listener:
    """A loopback port that counts who connects to it: nothing in intake should."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.5)
        self.port: int = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()
