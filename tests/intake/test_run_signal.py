"""`intake run` on the embedded defaults: seeds samples once, makes cases, stops on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from support.cli import REPO
from support.mailgen import make_mail

SAMPLES = 5
WAIT_S = 60


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def intake(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=clean_env(),
    )


def status(cwd: Path) -> dict[str, Any]:
    done = intake(cwd, "status", "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def wait_for(check: Callable[[], bool], seconds: float, pause: float = 0.3) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(pause)
    return check()


class Worker:
    """`intake run` in its own process, stderr kept in a file (it logs a lot)."""

    def __init__(self, cwd: Path, log_name: str) -> None:
        self.log = cwd / log_name
        with self.log.open("wb") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "intake", "run"],
                cwd=cwd,
                env=clean_env(),
                stdout=subprocess.DEVNULL,
                stderr=sink,
            )

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def running(self) -> bool:
        assert self.process.poll() is None, self.stderr()
        return "intake: running" in self.stderr()

    def stop(self) -> tuple[int, float]:
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=20)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        return code, time.monotonic() - started

    def kill_if_running(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def test_run_seeds_once_makes_cases_and_stops_on_sigterm(tmp_path: Path) -> None:
    first = Worker(tmp_path, "run-1.log")
    try:
        # Only once it is running: two processes must not migrate a fresh database at once.
        assert wait_for(first.running, WAIT_S), first.stderr()
        assert wait_for(lambda: status(tmp_path)["cases"] == SAMPLES, WAIT_S), first.stderr()
        assert first.process.poll() is None, first.stderr()
        code, took = first.stop()
    finally:
        first.kill_if_running()
    log = first.stderr()
    assert code == 0, log
    assert took < 10
    assert f"wrote {SAMPLES} sample requests" in log
    assert log.rstrip().splitlines()[-1] == "intake: stopped"
    assert "Traceback" not in log

    after = status(tmp_path)
    assert after["messages"]["total"] == SAMPLES
    assert after["messages"]["by_state"]["case"] == SAMPLES
    assert after["mailboxes"][0]["name"] == "drop"
    inbox = tmp_path / "var" / "inbox"
    assert list(inbox.glob("*.eml")) == []  # all moved out of the way
    assert oct((tmp_path / "var" / "keyring.json").stat().st_mode & 0o777) == oct(0o600)

    # Second run: no new samples, but mail dropped meanwhile is taken.
    (inbox / "new.eml").write_bytes(make_mail(7).raw)
    second = Worker(tmp_path, "run-2.log")
    try:
        assert wait_for(second.running, WAIT_S), second.stderr()
        assert wait_for(lambda: status(tmp_path)["cases"] == SAMPLES + 1, WAIT_S), second.stderr()
        code, took = second.stop()
    finally:
        second.kill_if_running()
    log = second.stderr()
    assert code == 0 and took < 10, log
    assert "sample requests" not in log and "intake: stopped" in log
    assert status(tmp_path)["messages"]["total"] == SAMPLES + 1
    assert list(inbox.glob("*.eml")) == []
