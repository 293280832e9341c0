"""Append-to-acknowledgement delay: a request appended to Dovecot while `intake run` runs,
until its acknowledgement (threaded to it) is at the SMTP server. Beside it, in the same
run, the floor: one bare SMTP submission of the same size to the same server.

Starts a private Dovecot (tests/servers/dovecot.py) and an aiosmtpd sink on loopback,
runs `python -m intake run` against them (SQLite in a temp data_dir, poll_seconds as
given; the worker waits in IMAP IDLE, which Dovecot offers, so the poll is only the
fallback), appends `--n` mails one at a time at a random phase of the poll cycle and
waits for each acknowledgement before the next. Prints median and worst.

Usage: python bench/bench_ack_delay.py [--n 50] [--poll-seconds 5]
Needs root and dovecot-imapd (scripts/install-system-deps.sh), like the integration tests.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import random
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):  # run from the checkout; test helpers live in tests/
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from servers.dovecot import DovecotServer  # noqa: E402
from servers.smtp import SmtpSink  # noqa: E402
from support.mailgen import make_mail  # noqa: E402

PASSWORD_ENV = "BENCH_IMAP_PASSWORD"


def _config(folder: Path, account: object, sink: SmtpSink, poll_seconds: int) -> Path:
    path = folder / "agency.toml"
    path.write_text(
        "\n".join(
            [
                f'data_dir = "{folder / "var"}"',
                "stage_interval_seconds = 1",
                "[ack]",
                "max_age_hours = 87600",  # the generated mail is dated early in 2026
                "[smtp]",
                f'host = "{sink.host}"',
                f"port = {sink.port}",
                'security = "plain"',
                'from_address = "saraban@agency.example.go.th"',
                "[[mailboxes]]",
                'name = "saraban"',
                f'host = "{account.host}"',  # type: ignore[attr-defined]
                f"port = {account.port}",  # type: ignore[attr-defined]
                'security = "plain"',
                f'username = "{account.username}"',  # type: ignore[attr-defined]
                f'password_env = "{PASSWORD_ENV}"',
                f"poll_seconds = {poll_seconds}",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def _in_reply_to(raw: bytes) -> str:
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    return str(mail.get("In-Reply-To", "")).strip()


def _floor(sink: SmtpSink, raw: bytes, n: int) -> list[float]:
    """Bare smtplib submissions of a mail of the same size to the same sink."""
    times = []
    for _ in range(n):
        start = time.perf_counter()
        with smtplib.SMTP(sink.host, sink.port, timeout=30) as client:
            client.sendmail("a@example.org", ["b@example.org"], raw)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--poll-seconds", type=int, default=5)
    args = parser.parse_args()
    server = DovecotServer.start()
    sink = SmtpSink.start()
    worker = None
    try:
        account = server.new_account("bench")
        folder = Path(tempfile.mkdtemp(prefix="bench-ack-"))
        config = _config(folder, account, sink, args.poll_seconds)
        env = dict(os.environ, **{PASSWORD_ENV: account.password})
        worker = subprocess.Popen(
            [sys.executable, "-m", "intake", "--config", str(config), "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(3)  # let the first poll and the signing key creation pass
        delays = []
        rng = random.Random(2569)
        for n in range(args.n):
            # a random phase against the poll cycle, so the sample is not in step with it
            time.sleep(rng.uniform(0, args.poll_seconds))
            mail = make_mail(1000 + n)
            message_id = str(
                email.message_from_bytes(mail.raw, policy=email.policy.default)["Message-ID"]
            )
            start = time.perf_counter()
            account.append("INBOX", mail.raw)
            while True:
                if any(_in_reply_to(m.raw) == message_id for m in list(sink.messages)):
                    break
                if time.perf_counter() - start > 120:
                    raise SystemExit(f"mail {n}: no acknowledgement after 120 s")
                time.sleep(0.02)
            delays.append(time.perf_counter() - start)
        ack_size = len(sink.messages[-1].raw)
        floor = _floor(sink, sink.messages[-1].raw, args.n)
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=60)
        sink.stop()
        server.stop()
    print(f"append-to-acknowledgement, {args.n} mails, poll_seconds={args.poll_seconds}:")
    print(f"  median {statistics.median(delays):.2f} s   worst {max(delays):.2f} s")
    print(f"floor: bare SMTP submission of the {ack_size}-byte acknowledgement:")
    print(f"  median {statistics.median(floor) * 1000:.1f} ms   worst {max(floor) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
