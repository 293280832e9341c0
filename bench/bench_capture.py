"""Capture throughput from Dovecot beside a bare imapclient + stdlib floor, in the same run.

Starts a private Dovecot (tests/servers/dovecot.py), makes two fresh accounts and appends
the same N mixed mails to both (the shared corpus plus generated mails padded to vary the
size, ~11 KB on average). Then it times:

- the floor: one bare imapclient session doing SEARCH ALL, UID FETCH RFC822.SIZE, and per
  batch UID FETCH BODY.PEEK[] then UID MOVE to another folder, parsing every message with
  the stdlib (compat32, and policy.default with get_body()/get_content() of text parts);
- our capture: `intake.poll.poll_mailbox` against the other account (list, sizes, fetch,
  encrypt, commit, move; SQLite and blobs in a temp data_dir), no stages;
- the stage pipeline (`intake.runner.process_due`) over what was captured.

Floor and capture alternate for `--rounds` rounds (best kept); between rounds the mail is
moved back to INBOX and capture gets a fresh data_dir, both untimed. Stages run once.

Usage: python bench/bench_capture.py [--n 2000] [--batch 100] [--rounds 2] [--text-only] [--profile]
Needs root and dovecot-imapd (scripts/install-system-deps.sh), like the integration tests.
"""

from __future__ import annotations

import argparse
import cProfile
import email
import email.policy
import io
import logging
import os
import platform
import pstats
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):  # run from the checkout; test helpers live in tests/
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from imapclient import IMAPClient  # noqa: E402
from servers import ServerUnavailable  # noqa: E402
from servers.dovecot import DovecotServer, ImapAccount  # noqa: E402
from sqlalchemy import func  # noqa: E402
from sqlmodel import select  # noqa: E402
from support.mailgen import corpus_mail_files, make_mail  # noqa: E402

from intake.context import Context, open_context  # noqa: E402
from intake.logs import JsonFormatter  # noqa: E402
from intake.poll import poll_mailbox  # noqa: E402
from intake.runner import process_due  # noqa: E402
from intake.settings import MailboxSettings, Settings  # noqa: E402
from storage.db import transaction  # noqa: E402
from storage.models import Message  # noqa: E402

PASSWORD_ENV = "INTAKE_BENCH_IMAP_PASSWORD"
DONE_FOLDER = "Processed"  # the floor moves to the same folder name capture uses
SIZE_CHUNK = 1000  # UIDs per RFC822.SIZE fetch, as intake.sources.imap does
SEED = 2569
# Padding of the generated mails: log-normal, so most are a few KB and a few are large;
# with the corpus this averages about 11 KB a message.
PAD_MU, PAD_SIGMA, PAD_MAX = 8.6, 1.0, 250_000


# -- the mail -------------------------------------------------------------------------


def build_mails(n: int, text_only: bool = False) -> list[bytes]:
    """The shared corpus first (as much as fits in n), then generated mails, shuffled;
    with `text_only`, generated plain-text requests alone."""
    corpus = [] if text_only else [path.read_bytes() for path in corpus_mail_files()][:n]
    rng = random.Random(SEED)
    generated = []
    for number in range(n - len(corpus)):
        pad = min(int(rng.lognormvariate(PAD_MU, PAD_SIGMA)), PAD_MAX)
        generated.append(make_mail(number, with_message_id=number % 7 != 0, size_pad=pad).raw)
    mails = corpus + generated
    rng.shuffle(mails)
    return mails


# -- the floor ------------------------------------------------------------------------


@dataclass
class FloorRun:
    seconds_imap: float  # connect to logout, parsing excluded
    seconds_compat32: float
    seconds_default: float
    count: int
    parse_errors: int  # policy.default parses that raised (counted, not fatal)

    @property
    def with_compat32(self) -> float:
        return self.seconds_imap + self.seconds_compat32

    @property
    def with_default(self) -> float:
        return self.seconds_imap + self.seconds_default


def parse_compat32(raw: bytes) -> object:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def parse_default(raw: bytes) -> int:
    """Parse with policy.default, pick the body, decode every text leaf; returns chars."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    message.get_body(preferencelist=("plain", "html"))
    chars = 0
    for part in message.walk():
        if part.get_content_maintype() == "text" and not part.is_multipart():
            assert isinstance(part, EmailMessage)
            chars += len(text_of(part))
    return chars


def text_of(part: EmailMessage) -> str:
    """get_content(), or for a charset Python does not know (windows-874) the bytes decoded
    as UTF-8 with replacement, so the floor still pays for decoding every text part."""
    try:
        text: str = part.get_content()
    except LookupError:
        payload = part.get_payload(decode=True)
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return text


def run_floor(account: ImapAccount, batch: int) -> FloorRun:
    """One bare session with capture's round trips; parse time is measured apart."""
    compat = default = 0.0
    errors = count = 0
    start = time.perf_counter()
    client = IMAPClient(account.host, account.port, ssl=False, timeout=120)
    client.login(account.username, account.password)
    client.select_folder("INBOX")
    uids = sorted(client.search("ALL"))
    for chunk in chunks(uids, SIZE_CHUNK):
        client.fetch(chunk, ["RFC822.SIZE"])
    if not client.folder_exists(DONE_FOLDER):
        client.create_folder(DONE_FOLDER)
    for chunk in chunks(uids, batch):
        data = client.fetch(chunk, ["BODY.PEEK[]"])
        raws = [data[uid][b"BODY[]"] for uid in chunk if uid in data]
        count += len(raws)
        compat += timed_each(raws, parse_compat32)[0]
        seconds, failed = timed_each(raws, parse_default)
        default += seconds
        errors += failed
        client.move(chunk, DONE_FOLDER)
    client.logout()
    total = time.perf_counter() - start
    return FloorRun(total - compat - default, compat, default, count, errors)


def timed_each(raws: list[bytes], parse: Callable[[bytes], object]) -> tuple[float, int]:
    """Seconds to parse every message; a parse that raises is counted, not fatal."""
    failed = 0
    start = time.perf_counter()
    for raw in raws:
        try:
            parse(raw)
        except Exception:  # broken corpus mail: the floor must not stop on it
            failed += 1
    return time.perf_counter() - start, failed


def chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- capture and stages ---------------------------------------------------------------


@dataclass
class CaptureRun:
    seconds: float
    captured: int
    ctx: Context


def open_bench_context(account: ImapAccount, data_dir: Path, batch: int) -> Context:
    mailbox = MailboxSettings(
        name="bench",
        host=account.host,
        port=account.port,
        security="plain",
        username=account.username,
        password_env=PASSWORD_ENV,
        fetch_batch=batch,
        processed_folder=DONE_FOLDER,
    )
    os.environ[PASSWORD_ENV] = account.password
    return open_context(Settings(data_dir=data_dir, mailboxes=[mailbox]))


def run_capture(ctx: Context, profile: cProfile.Profile | None = None) -> CaptureRun:
    mailbox = ctx.settings.mailboxes[0]
    if profile is not None:
        profile.enable()
    start = time.perf_counter()
    result = poll_mailbox(ctx, mailbox)
    seconds = time.perf_counter() - start
    if profile is not None:
        profile.disable()
    if not result.ok:
        raise RuntimeError(f"capture failed: {result.error}")
    return CaptureRun(seconds, result.captured, ctx)


def run_stages(
    ctx: Context, profile: cProfile.Profile | None = None
) -> tuple[float, int, dict[str, int]]:
    if profile is not None:
        profile.enable()
    start = time.perf_counter()
    steps = process_due(ctx)
    seconds = time.perf_counter() - start
    if profile is not None:
        profile.disable()
    with transaction(ctx.engine) as session:
        rows = session.execute(select(Message.state, func.count()).group_by(Message.state))
        states = {str(state): int(count) for state, count in rows}
    return seconds, steps, states


def move_back(account: ImapAccount) -> None:
    """Put every message back in INBOX for the next round (untimed)."""
    with account.session() as client:
        client.select_folder(DONE_FOLDER)
        uids = client.search("ALL")
        if uids:
            client.move(uids, "INBOX")


# -- running it -----------------------------------------------------------------------


@dataclass
class Results:
    n: int
    batch: int
    rounds: int
    total_bytes: int
    corpus: int
    floors: list[FloorRun]
    captures: list[float]
    stage_seconds: float
    stage_steps: int
    states: dict[str, int]
    profiles: dict[str, cProfile.Profile]


def measure(
    server: DovecotServer, mails: list[bytes], args: argparse.Namespace, work: Path
) -> Results:
    floor_account = server.new_account("floor")
    capture_account = server.new_account("capture")
    for account in (floor_account, capture_account):
        account.append_many("INBOX", mails)
    floors: list[FloorRun] = []
    captures: list[float] = []
    profile = cProfile.Profile() if args.profile else None
    ctx: Context | None = None
    for round_no in range(args.rounds):
        if round_no:
            move_back(floor_account)
            move_back(capture_account)
            assert ctx is not None
            ctx.engine.dispose()
        floors.append(run_floor(floor_account, args.batch))
        ctx = open_bench_context(capture_account, work / f"var{round_no}", args.batch)
        run = run_capture(ctx, profile if round_no == args.rounds - 1 else None)
        if run.captured != len(mails) or floors[-1].count != len(mails):
            raise RuntimeError(f"round {round_no + 1}: not every message was fetched")
        captures.append(run.seconds)
    assert ctx is not None
    stage_profile = cProfile.Profile() if args.profile else None
    stage_seconds, steps, states = run_stages(ctx, stage_profile)
    ctx.engine.dispose()
    profiles = {"the last capture round": profile, "the stages": stage_profile}
    return Results(
        n=len(mails),
        batch=args.batch,
        rounds=args.rounds,
        total_bytes=sum(len(raw) for raw in mails),
        corpus=0 if args.text_only else min(len(corpus_mail_files()), len(mails)),
        floors=floors,
        captures=captures,
        stage_seconds=stage_seconds,
        stage_steps=steps,
        states=states,
        profiles={what: p for what, p in profiles.items() if p is not None},
    )


def print_profile(profile: cProfile.Profile, what: str) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)
    print(f"\n-- cProfile of {what} --")
    print(out.getvalue())


def filesystem_of(path: Path) -> str:
    done = subprocess.run(
        ["df", "--output=fstype", str(path)], capture_output=True, text=True, check=False
    )
    lines = done.stdout.split()
    return lines[-1] if done.returncode == 0 and lines else "?"


def report(results: Results, work: Path) -> None:
    n, mb = results.n, results.total_bytes / 1e6
    best_floor_c = min(f.with_compat32 for f in results.floors)
    best_floor_d = min(f.with_default for f in results.floors)
    best_imap = min(f.seconds_imap for f in results.floors)
    best_capture = min(results.captures)
    print(
        f"\nCapture from Dovecot (loopback, plain IMAP): N={n} mails"
        f" ({results.corpus} from the corpus), {mb:.1f} MB appended"
        f" (avg {results.total_bytes / n / 1024:.1f} KiB), batch {results.batch}"
    )
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.platform()},"
        f" data_dir and Dovecot mail on {filesystem_of(work)}"
    )
    print(f"Best of {results.rounds} round(s) for floor and capture (they alternate); stages once.")
    rows = [
        ("floor: IMAP only (search, sizes, fetch, move)", best_imap),
        ("floor: IMAP + compat32 parse", best_floor_c),
        ("floor: IMAP + policy.default + get_content", best_floor_d),
        ("capture: poll_mailbox (fetch, encrypt, commit, move)", best_capture),
        ("stages: process_due on the captured mail", results.stage_seconds),
    ]
    print(f"\n{'what':<54}{'msgs/s':>9}{'MB/s':>8}{'seconds':>9}")
    for label, seconds in rows:
        print(f"{label:<54}{n / seconds:>9.0f}{mb / seconds:>8.1f}{seconds:>9.2f}")
    print(f"\nratio capture / floor (compat32):        {best_floor_c / best_capture:.2f}")
    print(f"ratio capture / floor (policy.default):  {best_floor_d / best_capture:.2f}")
    print(f"ratio capture / floor (IMAP only):       {best_imap / best_capture:.2f}")
    each = ", ".join(
        f"floor {n / f.with_compat32:.0f} / capture {n / c:.0f}"
        for f, c in zip(results.floors, results.captures, strict=True)
    )
    print(f"each round (msgs/s, floor with compat32): {each}")
    print(f"policy.default parses that raised (counted): {results.floors[-1].parse_errors}")
    states = ", ".join(f"{k}={v}" for k, v in sorted(results.states.items()))
    print(f"stages: {results.stage_steps} stage steps; final states: {states}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=2000, help="mails to append (default 2000)")
    parser.add_argument("--batch", type=int, default=100, help="messages per fetch (default 100)")
    parser.add_argument("--rounds", type=int, default=2, help="best of this many (default 2)")
    parser.add_argument(
        "--text-only", action="store_true", help="generated plain-text requests, no corpus"
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the last capture round and the stages"
    )
    parser.add_argument(
        "--logs", action="store_true", help="emit the worker's JSON logs (to /dev/null)"
    )
    args = parser.parse_args(argv)
    if args.n < 1 or args.rounds < 1 or not 1 <= args.batch <= 1000:
        parser.error("--n and --rounds must be at least 1, --batch between 1 and 1000")
    return args


def log_to_devnull() -> None:
    """The worker logs one JSON line per captured message; pay for it as it would."""
    handler = logging.FileHandler(os.devnull)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    for noisy in ("alembic", "imapclient"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # so the finally below stops Dovecot


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.logs:
        log_to_devnull()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    mails = build_mails(args.n, args.text_only)
    try:
        server = DovecotServer.start()
    except ServerUnavailable as exc:
        print(f"bench_capture: cannot start Dovecot: {exc}", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="bench-capture-") as tmp:
            results = measure(server, mails, args, Path(tmp))
            report(results, Path(tmp))
            for what, profile in results.profiles.items():
                print_profile(profile, what)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
