"""Whole rows written many at a time on PostgreSQL: storage.bulk's COPY beside executemany.

On a private PostgreSQL (tests/servers), the rows of capture's batches of 100 (a data
key, a message, and four message events a message, on the real schema) are written
with `storage.bulk.insert_rows` (COPY) and with `table.insert()` (what psycopg 3 sends as
one Bind and Execute a row), the two alternating `--rounds` times. It prints the CPU a
message of this process and of the PostgreSQL server (its processes read from /proc),
the least and the median of the rounds: CPU time, not wall clock, so that other work
on the machine moves the figures less.

Usage: python bench/bench_bulk.py [--rounds 16]     (needs root and PostgreSQL, as the tests)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from servers.postgres import PostgresServer  # noqa: E402
from sqlalchemy import Connection, Engine, Table  # noqa: E402

from storage.bulk import insert_rows  # noqa: E402
from storage.db import make_engine, migrate  # noqa: E402
from storage.message_events import event_row  # noqa: E402
from storage.models import DataKeyRecord, Message, MessageEvent  # noqa: E402

BATCH = 100
BATCHES_A_ROUND = 3
Insert = Callable[[Connection, Table, Sequence[dict[str, Any]]], None]
TABLES: dict[str, Table] = {
    m.__tablename__: m.__table__  # type: ignore[attr-defined,misc]
    for m in (DataKeyRecord, Message, MessageEvent)
}


def server_cpu(server: PostgresServer) -> float:
    """Seconds of CPU of the postmaster and every process it started, exited ones too."""
    pids = [server.pid, *_children(server.pid)]
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(f) for f in fields[11:15])  # utime, stime, and of reaped children
    return ticks / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def executemany(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    connection.execute(table.insert(), list(rows))


def write_batch(engine: Engine, first: int, insert: Insert) -> None:
    ids = range(first, first + BATCH)
    with engine.begin() as conn:
        keys = [{"id": i, "master_key_id": "k1", "wrapped": os.urandom(60)} for i in ids]
        insert(conn, TABLES["data_keys"], keys)
        insert(conn, TABLES["messages"], [_message(i) for i in ids])
        for before, after in (("received", "parsed"), ("parsed", "classified")) * 2:
            insert(conn, TABLES["message_events"], [event_row(i, after, before) for i in ids])


def _message(uid: int) -> dict[str, Any]:
    return {
        "id": uid,
        "source": "bench",
        "source_key": f"imap:bench:INBOX:1:{uid}",
        "folder": "INBOX",
        "uidvalidity": 1,
        "uid": uid,
        "size": 3000,
        "sha256": f"{uid:064x}",
        "message_id_hmac": f"{uid:064x}",
        "synthetic_message_id": False,
        "state": "received",
        "data_key_id": uid,
        "blob_name": f"{uid:032x}",
        "server_done": False,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=16)
    args = parser.parse_args(argv)
    server = PostgresServer.start()
    try:
        engine = make_engine(server.new_database("bulk"))
        migrate(engine)
        ways: dict[str, Insert] = {"COPY (storage.bulk)": insert_rows, "executemany": executemany}
        spent: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
        first = 1
        for _ in range(args.rounds):
            for name, insert in ways.items():
                server_before, before = server_cpu(server), time.process_time()
                for _ in range(BATCHES_A_ROUND):
                    write_batch(engine, first, insert)
                    first += BATCH
                messages = BATCH * BATCHES_A_ROUND
                spent[name].append(
                    (
                        (time.process_time() - before) * 1000 / messages,
                        (server_cpu(server) - server_before) * 1000 / messages,
                    )
                )
        engine.dispose()
    finally:
        server.stop()
    print(f"ms of CPU a message (6 rows), {args.rounds} rounds: least / median")
    for name, figures in spent.items():
        client = sorted(c for c, _ in figures)
        database = sorted(s for _, s in figures)
        print(
            f"{name:22s} this process {client[0]:.3f} / {statistics.median(client):.3f}"
            f"   PostgreSQL {database[0]:.3f} / {statistics.median(database):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
