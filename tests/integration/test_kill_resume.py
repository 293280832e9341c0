"""SIGKILL at random points during a 300-message poll: after restarts, every message is
captured exactly once, none lost, none twice, and every one ends as a case."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.cli import PASSWORD_ENV, REPO, imap_mailbox, run_cli, status_json, write_config
from support.mailgen import make_mail

pytestmark = [pytest.mark.integration, pytest.mark.slow]

COUNT = 300
KILLS = 10


def _start_poll(config: Path, password: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, **{PASSWORD_ENV: password})
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "poll", "--once"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_at_random_points(config: Path, password: str, rng: random.Random) -> int:
    """Start and SIGKILL the worker KILLS times; return how many kills hit a live run."""
    hits = 0
    for _ in range(KILLS):
        worker = _start_poll(config, password)
        time.sleep(rng.uniform(0.3, 2.5))
        if worker.poll() is None:
            worker.send_signal(signal.SIGKILL)
            hits += 1
        worker.wait(timeout=30)
        if worker.returncode != -signal.SIGKILL and worker.returncode != 0:
            raise AssertionError(f"worker exited with {worker.returncode}")
    return hits


def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(
    tmp_path: Path,
    imap_account,  # type: ignore[no-untyped-def]
) -> None:
    mails = [make_mail(n, with_message_id=n % 5 != 0) for n in range(COUNT)]
    imap_account.append_many("INBOX", [m.raw for m in mails])
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[imap_mailbox(imap_account, fetch_batch=15)],
    )
    rng = random.Random(int(os.environ.get("KILL_SEED", "20261127")))

    hits = _kill_at_random_points(config, imap_account.password, rng)
    assert hits >= KILLS // 2, "most kills should land while the worker is busy"

    final = run_cli(config, "poll", "--once", password=imap_account.password)
    assert final.returncode == 0, final.stderr

    status = status_json(config)
    assert status["messages"]["total"] == COUNT
    assert status["messages"]["by_state"]["case"] == COUNT
    assert status["cases"] == COUNT
    assert imap_account.count("INBOX") == 0
    assert imap_account.count("Processed") == COUNT

    engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'intake.db'}")
    with engine.connect() as db:
        distinct = db.execute(text("SELECT COUNT(DISTINCT sha256) FROM messages")).scalar_one()
        receipts = db.execute(text("SELECT COUNT(DISTINCT receipt_no) FROM cases")).scalar_one()
        per_message = db.execute(
            text("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM cases GROUP BY message_id)")
        ).scalar_one()
    assert distinct == COUNT  # each appended mail stored once
    assert receipts == COUNT and per_message == 1  # one case per message, receipts unique
