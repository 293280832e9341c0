"""Four `intake run` workers on one PostgreSQL over 2,000 messages, one of them SIGKILLed
every few seconds and started again: every message is captured exactly once and ends in
a final state, with one case each and unique receipt numbers. A hundred of the requests
are sent again (a new Message-ID) a few dozen mails later, so that the two sendings are
often staged by two workers at once: each pair still makes one case."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from support.cli import PASSWORD_ENV, REPO, imap_mailbox, status_json, write_config
from support.mailgen import make_mail

pytestmark = [pytest.mark.integration, pytest.mark.slow]

COUNT = 2000
WORKERS = 4
WAVE = 250  # mails appended between two kills
STARTUP_SECONDS = 10.0
COPY_EVERY = 20  # every 20th request is sent again
COPY_LAG = 60  # that many mails later: in another batch, often another worker's
FINAL = {"case", "duplicate", "ignored", "reply", "quarantined", "oversized", "not_mail"}


def _worker(config: Path, password: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, **{PASSWORD_ENV: password})
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "run", "--no-samples"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wave(numbers: range) -> list[bytes]:
    """The wave's mails, with its sendings-again placed COPY_LAG mails after the first."""
    mails = [make_mail(n).raw for n in numbers]
    for position in reversed(range(len(numbers))):
        if numbers[position] % COPY_EVERY == 0:
            again = mails[position].replace(b"Message-ID: <gen-", b"Message-ID: <again-", 1)
            assert again != mails[position]
            mails.insert(min(position + COPY_LAG, len(mails)), again)
    return mails


def _finished(config: Path) -> int:
    by_state = status_json(config)["messages"]["by_state"]
    return sum(n for state, n in by_state.items() if state in FINAL)


def test_four_workers_with_one_killed_every_few_seconds(
    tmp_path: Path, imap_account: Any, postgres_url: str
) -> None:
    # The mail arrives in waves between kills, as it does in an office: four workers on a
    # quiet machine finish 2,000 mails within seconds, so a run that appended them all
    # first could end before the third kill (one did, at one kill every 0.6-1.5 s)
    waves = [range(start, min(start + WAVE, COUNT)) for start in range(0, COUNT, WAVE)]
    copies = sum(1 for n in range(COUNT) if n % COPY_EVERY == 0)
    imap_account.append_many("INBOX", _wave(waves[0]))
    mailbox = imap_mailbox(imap_account, fetch_batch=50, poll_seconds=5)
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[mailbox],
        database_url=postgres_url,
        stage_interval_seconds=1,
    )
    status_json(config)  # migrate once, so the kills land on mail work
    rng = random.Random(int(os.environ.get("KILL_SEED", "20261201")))
    workers = [_worker(config, imap_account.password) for _ in range(WORKERS)]
    started = [time.monotonic()] * WORKERS
    kills = 0
    deadline = time.monotonic() + 900
    pending = waves[1:]
    try:
        while time.monotonic() < deadline and (pending or _finished(config) < COUNT + copies):
            time.sleep(rng.uniform(0.6, 1.5))
            victim = rng.randrange(WORKERS)
            if workers[victim].poll() is None:
                workers[victim].send_signal(signal.SIGKILL)
                workers[victim].wait(timeout=30)
                kills += 1
            workers[victim] = _worker(config, imap_account.password)
            started[victim] = time.monotonic()
            if pending:
                imap_account.append_many("INBOX", _wave(pending.pop(0)))
    finally:
        # a worker still importing has no SIGTERM handler yet: let the last one start
        time.sleep(max(0.0, STARTUP_SECONDS - (time.monotonic() - max(started))))
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        codes = [worker.wait(timeout=90) for worker in workers]
    assert kills >= len(waves) - 1
    assert codes == [0] * WORKERS
    status = status_json(config)
    by_state = status["messages"]["by_state"]
    assert status["messages"]["total"] == COUNT + copies
    assert (by_state.get("case"), by_state.get("duplicate")) == (COUNT, copies), by_state
    assert status["cases"] == COUNT
    with create_engine(postgres_url).connect() as db:
        distinct = db.execute(text("SELECT COUNT(DISTINCT sha256) FROM messages")).scalar_one()
        assert distinct == COUNT + copies
        assert (
            db.execute(text("SELECT COUNT(DISTINCT receipt_no) FROM cases")).scalar_one() == COUNT
        )
        assert (
            db.execute(text("SELECT COUNT(DISTINCT message_id) FROM cases")).scalar_one() == COUNT
        )
    assert imap_account.count("INBOX") == 0
