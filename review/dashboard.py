"""The dashboard's figures: cases per day, the backlog by status and age, problems by field.

Only columns stored in the clear are read (dates, status, issue codes per field key), so
the dashboard never decrypts anything and needs no audit entry.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, col, select

from review.i18n import LOCAL_TZ, age_days, local
from storage.models import Case
from storage.workflow import CaseStatus

DAYS = 30
# (lowest age in days, key): a case falls in the last bucket whose lowest age it reaches.
AGE_BUCKETS = ((0, "0_2"), (3, "3_7"), (8, "8_15"), (16, "16_30"), (31, "31_up"))


class Dashboard(BaseModel):
    per_day: list[tuple[date, int]]  # oldest first, every day present
    backlog_by_status: dict[str, int]  # open statuses only
    backlog_by_age: dict[str, int]  # AGE_BUCKETS keys
    problems_by_field: list[tuple[str, int]]  # field key, cases; most first
    total_cases: int


def cases_per_day(session: Session, *, today: date, days: int = DAYS) -> list[tuple[date, int]]:
    first = today - timedelta(days=days - 1)
    since = datetime.combine(first, datetime.min.time(), tzinfo=LOCAL_TZ)
    stamps = session.execute(select(Case.received_at).where(col(Case.received_at) >= since))
    counts = Counter(local(stamp).date() for stamp in stamps.scalars())
    return [
        (first + timedelta(days=i), counts.get(first + timedelta(days=i), 0)) for i in range(days)
    ]


def backlog(session: Session, *, now: datetime) -> tuple[dict[str, int], dict[str, int]]:
    """Open cases per status and per age bucket."""
    rows = session.execute(
        select(Case.status, Case.received_at).where(col(Case.status).in_(CaseStatus.OPEN))
    ).all()
    by_status = {status: 0 for status in CaseStatus.OPEN}
    by_age = {key: 0 for _, key in AGE_BUCKETS}
    for status, received_at in rows:
        by_status[str(status)] += 1
        by_age[age_bucket(age_days(received_at, now))] += 1
    return by_status, by_age


def age_bucket(days: int) -> str:
    found = AGE_BUCKETS[0][1]
    for lowest, key in AGE_BUCKETS:
        if days >= lowest:
            found = key
    return found


def problems_by_field(session: Session) -> list[tuple[str, int]]:
    """How many cases have an open problem in each field (from cases.issues_json)."""
    counts: Counter[str] = Counter()
    issues = session.execute(select(Case.issues_json).where(col(Case.flag_count) > 0))
    for text in issues.scalars():
        counts.update(json.loads(text or "{}").keys())
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def build_dashboard(session: Session, *, now: datetime) -> Dashboard:
    by_status, by_age = backlog(session, now=now)
    total = session.execute(select(func.count()).select_from(Case)).scalar_one()
    return Dashboard(
        per_day=cases_per_day(session, today=local(now).date()),
        backlog_by_status=by_status,
        backlog_by_age=by_age,
        problems_by_field=problems_by_field(session),
        total_cases=int(total),
    )
