"""The queue page with 10,000 cases, beside floors measured in the same run.

Seeds a fresh SQLite store with N cases inserted directly (masked_json and issues_json
filled, a quarter assigned, statuses and templates mixed, received over 90 days): this
times the page, not the pipeline. Then, signed in through a TestClient (the whole ASGI
stack, no network), times GET of the queue page: first page, a filtered page, a deep
page, a search by receipt number, a sort by assignee; plus the dashboard and the API
list. Floors: a static file through the same app (the stack's own cost) and the bare
count + page query (review.queue.list_queue) without rendering.

Usage: python bench/bench_queue.py [--n 10000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from the checkout without installing it
    sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session  # noqa: E402

from intake.context import Context, open_context  # noqa: E402
from intake.settings import Settings  # noqa: E402
from review.app import create_app  # noqa: E402
from review.options import WebOptions  # noqa: E402
from review.queue import QueueQuery, list_queue  # noqa: E402
from storage.accounts import create_api_token, create_user  # noqa: E402
from storage.db import transaction  # noqa: E402
from storage.models import Case, Message  # noqa: E402
from storage.workflow import CaseStatus, CaseWork  # noqa: E402
from tests.review.conftest import sign_in  # noqa: E402

PASSWORD = "bench password 1234"
TEMPLATES = ("general_request", "complaint", "document_request")
FIELDS = ("full_name", "national_id", "phone", "email", "address")


def seed(ctx: Context, n: int) -> None:
    rng = random.Random(2569)
    now = datetime.now(UTC)
    with transaction(ctx.engine) as session:
        users = [
            create_user(session, name=f"clerk{i}", role="staff", password=PASSWORD)
            for i in range(5)
        ]
        token, _ = create_api_token(session, user=users[0])
        (ctx.settings.data_dir / "token").write_text(token)
        messages, cases, work = [], [], []
        for i in range(1, n + 1):
            received = now - timedelta(minutes=rng.randint(0, 90 * 24 * 60))
            messages.append(
                {"id": i, "source": "bench", "source_key": f"bench:{i}", "state": "case",
                 "size": 2048, "captured_at": received, "updated_at": received}
            )  # fmt: skip
            issues = {k: ["missing"] for k in rng.sample(FIELDS, rng.choice((0, 0, 0, 1, 2)))}
            masked = {
                "full_name": "สxxxx",
                "national_id": "1-1017-xxxxx-xx-1",
                "phone": "xxxxxx5678",
            }
            cases.append(
                {"id": i, "receipt_no": f"REQ-2569-{i:06d}", "message_id": i,
                 "template": rng.choice(TEMPLATES), "status": rng.choice(CaseStatus.ALL),
                 "received_at": received, "created_at": received, "updated_at": received,
                 "masked_json": json.dumps(masked, ensure_ascii=False),
                 "issues_json": json.dumps(issues), "flag_count": len(issues)}
            )  # fmt: skip
            if i % 4 == 0:
                work.append({"case_id": i, "assignee_id": users[i % 5].id, "updated_at": now})
        session.execute(insert(Message), messages)
        session.execute(insert(Case), cases)
        session.execute(insert(CaseWork), work)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, p95) in ms over `repeat` calls, after two warm-up calls."""
    fn()
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    return statistics.median(runs), runs[min(len(runs) - 1, round(0.95 * len(runs)) - 1)]


def get(
    client: TestClient, url: str, headers: dict[str, str] | None = None
) -> Callable[[], object]:
    def call() -> object:
        response = client.get(url, headers=headers or {})
        assert response.status_code == 200, (url, response.status_code)
        return response

    return call


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(Settings(data_dir=Path(folder)))
        start = time.perf_counter()
        seed(ctx, args.n)
        print(f"seeded {args.n} cases in {time.perf_counter() - start:.1f} s (SQLite, {folder})")
        token = (Path(folder) / "token").read_text()
        app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
        pages = (args.n + 49) // 50
        with TestClient(app) as client:
            sign_in(client, "clerk0", PASSWORD)

            def bare(query: QueueQuery) -> Callable[[], object]:
                def call() -> object:
                    with Session(ctx.engine) as session:
                        return list_queue(session, query=query, user_id=1, page_size=50)

                return call

            auth = {"Authorization": f"Bearer {token}"}
            deep, middle = pages - 1, f"REQ-2569-{args.n // 2:06d}"
            rows: list[tuple[str, Callable[[], object]]] = [
                ("floor: static file GET (same app stack)", get(client, "/static/css/app.css")),
                ("floor: bare count+page query, open, page 1", bare(QueueQuery())),
                ("floor: bare count+page query, all, deep page",
                 bare(QueueQuery(status="all", page=deep))),
                ("queue: first page (open)", get(client, "/queue")),
                ("queue: filtered (new, complaint, flagged)",
                 get(client, "/queue?status=new&template=complaint&flagged=1")),
                (f"queue: deep page (all, page {deep})",
                 get(client, f"/queue?status=all&page={deep}")),
                ("queue: search by receipt number", get(client, f"/queue?q={middle}")),
                ("queue: sorted by assignee (all, page 20)",
                 get(client, "/queue?status=all&sort=assignee&page=20")),
                ("dashboard", get(client, "/dashboard")),
                ("api: GET /api/cases (page 1, 50)", get(client, "/api/cases", auth)),
            ]  # fmt: skip
            print(f"\n{'what':<52} {'median ms':>10} {'p95 ms':>8}")
            for label, fn in rows:
                median, p95 = timed(fn, args.repeat)
                print(f"{label:<52} {median:>10.1f} {p95:>8.1f}")
            once = time.perf_counter()
            get(client, "/exports/queue.csv?status=all")()
            elapsed = (time.perf_counter() - once) * 1000
            print(f"{'export: queue.csv, all cases (once)':<52} {elapsed:>10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
