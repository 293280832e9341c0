"""The stage pipeline alone, beside a bare stdlib parse of the same mails, in one run.

No IMAP and no Dovecot: N generated plain-text requests are stored with `intake import`
(then marked as from a mailbox, so each case gets its acknowledgement drafted as in
service), and `intake.runner.process_due` runs over them with the default settings
(stage batches, `[limits] parse_processes` children). It prints:

- stages: messages per second, wall clock;
- the worker's own CPU per message (its children, which parse and extract, not counted)
  and SQL statements per message, by kind with `--sql`;
- the floor: `email.message_from_bytes(policy=default)` + `get_body().get_content()` of
  the same mails, in this process, and the ratio of the two;
- the CPU per message of the parser children and, with `--postgres`, of the server;
- with `--server-sql` (implies `--postgres`): the server's own count and execution time
  of each statement per message from pg_stat_statements, the statements that foreign-key
  checks and other triggers run inside the server included.

Usage: python bench/bench_stages.py [--n 1000] [--sql] [--profile] [--postgres] [--server-sql]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
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
from run_all import tree_cpu_seconds  # noqa: E402
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


# pg_stat_statements counts what the server runs, nested statements (a foreign key's
# check, a trigger's query) included, which the client's own count cannot see.
SERVER_SQL = ("shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all")


def reset_server_sql(ctx: Context) -> None:
    with ctx.engine.begin() as db:
        db.execute(text("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
        db.execute(text("SELECT pg_stat_statements_reset()"))


def read_server_sql(ctx: Context) -> list[Any]:
    """(calls, ms executing, rows, statement) of this database, most time first."""
    query = text(
        "SELECT calls, total_exec_time, rows, query FROM pg_stat_statements"
        " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
        " AND query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC"
    )
    with ctx.engine.connect() as db:
        return [tuple(row) for row in db.execute(query)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--sql", action="store_true", help="statements per message, by kind")
    parser.add_argument("--profile", action="store_true", help="cProfile the worker")
    parser.add_argument(
        "--postgres", action="store_true", help="on a private PostgreSQL (tests/servers)"
    )
    parser.add_argument(
        "--server-sql", action="store_true", help="the server's statements (pg_stat_statements)"
    )
    args = parser.parse_args(argv)
    args.postgres = args.postgres or args.server_sql
    logging.disable(logging.CRITICAL)
    rng = random.Random(SEED)
    mails = [make_mail(n, size_pad=rng.randint(0, 4000)).raw for n in range(args.n)]
    postgres = (
        PostgresServer.start(SERVER_SQL if args.server_sql else ()) if args.postgres else None
    )
    url = postgres.new_database("stages") if postgres else None
    server_sql: list[Any] = []
    with tempfile.TemporaryDirectory(prefix="intake-stages-") as scratch:
        ctx = store(Path(scratch), mails, url)
        if args.server_sql:
            reset_server_sql(ctx)
        statements = count_statements(ctx)
        profile = cProfile.Profile() if args.profile else None
        server = tree_cpu_seconds(postgres.pid) if postgres else 0.0
        tree = tree_cpu_seconds(os.getpid())
        wall, cpu = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        process_due(ctx)
        if profile:
            profile.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        children = tree_cpu_seconds(os.getpid()) - tree - cpu
        server = tree_cpu_seconds(postgres.pid) - server if postgres else 0.0
        if args.server_sql:
            server_sql = read_server_sql(ctx)
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
    print(f"parser children CPU per message {children / n * 1000:8.2f} ms (their start included)")
    if postgres:
        print(f"PostgreSQL CPU per message      {server / n * 1000:8.2f} ms")
    print(f"SQL statements per message      {sum(statements.values()) / n:8.1f}")
    if args.sql:
        for statement, count in statements.most_common(25):
            print(f"  {count / n:6.2f}  {statement}")
    if server_sql:
        calls, spent = sum(r[0] for r in server_sql), sum(r[1] for r in server_sql)
        print(f"server statements per message   {calls / n:8.2f} ({spent / n:.3f} ms executing)")
        print("  calls/msg  ms/msg  rows/call  statement")
        for count, ms, rows, query in server_sql[:25]:
            shown = " ".join(query.split())[:80]
            print(f"  {count / n:8.3f} {ms / n:7.4f} {rows / max(count, 1):9.1f}  {shown}")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":  # children of the sandbox import this module: run only here
    sys.exit(main())
