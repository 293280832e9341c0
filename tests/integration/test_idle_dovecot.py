"""IMAP IDLE against the real Dovecot: with the poll set to once a day, mail appended while
`intake run` runs still becomes a case, because the IDLE watcher wakes the poll."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.cli import PASSWORD_ENV, REPO, imap_mailbox, status_json, store_count, write_config
from support.mailgen import make_mail

pytestmark = [pytest.mark.integration]

ONCE_A_DAY = 86400
PATIENCE_SECONDS = 90  # generous: the figure that matters is in bench/, not asserted here


def _cases(config: Path) -> int:
    return store_count(config, "cases")


def _wait_for_cases(config: Path, wanted: int) -> bool:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while time.monotonic() < deadline:
        if _cases(config) >= wanted:
            return True
        time.sleep(0.5)
    return False


def test_mail_appended_during_run_becomes_a_case_without_waiting_for_the_poll(
    tmp_path: Path,
    imap_account,  # type: ignore[no-untyped-def]
) -> None:
    imap_account.append("INBOX", make_mail(1).raw)
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[imap_mailbox(imap_account, poll_seconds=ONCE_A_DAY)],
    )
    assert status_json(config)["cases"] == 0  # creates the store the worker and checks share
    env = dict(os.environ, **{PASSWORD_ENV: imap_account.password})
    worker = subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "run", "--no-samples"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        if not _wait_for_cases(config, 1):
            worker.send_signal(signal.SIGTERM)
            raise AssertionError(worker.communicate(timeout=60)[1].decode(errors="replace")[-3000:])
        for n in (2, 3):
            imap_account.append("INBOX", make_mail(n).raw)
            assert _wait_for_cases(config, n), f"mail {n} was not taken while idling"
        assert imap_account.count("INBOX") == 0
    finally:
        worker.send_signal(signal.SIGTERM)
        _, stderr = worker.communicate(timeout=60)
    assert worker.returncode == 0, stderr.decode(errors="replace")[-2000:]
