"""The stage pipeline alone, beside a bare stdlib parse of the same mails, in one run.

No IMAP and no Dovecot: N generated plain-text requests are stored with `intake import`
(then marked as from a mailbox, so each case gets its acknowledgement drafted as in
service), and `intake.runner.process_due` runs over them with the default settings
(stage batches, `[limits] parse_processes` children). It prints:

- stages: messages per second, wall clock;
- the worker's own CPU per message (its children, which parse and extract, not counted)
  and SQL statements per message, by kind with `--sql`;
- the floor: `email.message_from_bytes(policy=default)` + `get_body().get_content()` of
  the same mails, in this process, and the ratio of the two.

Usage: python bench/bench_stages.py [--n 1000] [--sql] [--profile] [--postgres]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):  # run from the checkout; test helpers live in tests/
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from bench_capture import parse_default  # noqa: E402
from servers.postgres import PostgresServer  # noqa: E402
from sqlalchemy import event, text  # noqa: E402
from support.mailgen import make_mail  # noqa: E402

from intake.context import Context, open_context  # noqa: E402
from intake.importer import import_paths  # noqa: E402
from intake.runner import process_due  # noqa: E402
from intake.settings import AckSettings, DatabaseSettings, Settings  # noqa: E402

SEED = 2569


def store(work: Path, mails: list[bytes], database_url: str | None = None) -> Context:
    folder = work / "mails"
    folder.mkdir()
    for number, raw in enumerate(mails):
        (folder / f"{number:05d}.eml").write_bytes(raw)
    # The generated mail is dated early in 2026: count it as fresh, as bench/run does.
    settings = Settings(
        data_dir=work / "var",
        ack=AckSettings(max_age_hours=87600),
        database=DatabaseSettings(url=database_url),
    )
    ctx = open_context(settings)
    import_paths(ctx, [folder])
    with ctx.engine.begin() as db:  # imported mail gets no acknowledgement; mailbox mail does
        db.execute(text("UPDATE messages SET source = 'bench'"))
    return ctx


def floor_seconds(mails: list[bytes]) -> float:
    """bench_capture's floor parse (policy.default, every text part decoded), no IMAP."""
    start = time.perf_counter()
    for raw in mails:
        parse_default(raw)
    return time.perf_counter() - start


def count_statements(ctx: Context) -> Counter[str]:
    seen: Counter[str] = Counter()

    def note(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        seen[" ".join(statement.split())[:70]] += 1

    event.listen(ctx.engine, "before_cursor_execute", note)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--sql", action="store_true", help="statements per message, by kind")
    parser.add_argument("--profile", action="store_true", help="cProfile the worker")
    parser.add_argument(
        "--postgres", action="store_true", help="on a private PostgreSQL (tests/servers)"
    )
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    rng = random.Random(SEED)
    mails = [make_mail(n, size_pad=rng.randint(0, 4000)).raw for n in range(args.n)]
    postgres = PostgresServer.start() if args.postgres else None
    url = postgres.new_database("stages") if postgres else None
    with tempfile.TemporaryDirectory(prefix="intake-stages-") as scratch:
        ctx = store(Path(scratch), mails, url)
        statements = count_statements(ctx)
        profile = cProfile.Profile() if args.profile else None
        wall, cpu = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        process_due(ctx)
        if profile:
            profile.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        ctx.engine.dispose()
    if postgres:
        postgres.stop()
    floor = floor_seconds(mails)
    n = args.n
    print(f"{n} plain-text requests, {sum(map(len, mails)) / n / 1024:.1f} KiB on average")
    print(f"stages (process_due)            {n / wall:8.1f} msgs/s")
    print(f"floor (stdlib policy.default)   {n / floor:8.1f} msgs/s")
    print(f"ratio stages / floor            {floor / wall:8.3f}")
    print(f"worker CPU per message          {cpu / n * 1000:8.2f} ms (children not counted)")
    print(f"SQL statements per message      {sum(statements.values()) / n:8.1f}")
    if args.sql:
        for statement, count in statements.most_common(25):
            print(f"  {count / n:6.2f}  {statement}")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":  # children of the sandbox import this module: run only here
    sys.exit(main())
