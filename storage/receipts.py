"""Receipt numbers (เลขรับ): a running number per Buddhist-Era year, never reused.

The counter row is bumped with one INSERT ... ON CONFLICT DO UPDATE ... RETURNING,
which both SQLite (3.35+) and PostgreSQL run atomically, so two workers never draw
the same number.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlmodel import Session

BANGKOK = ZoneInfo("Asia/Bangkok")
BE_OFFSET = 543

_NEXT = text(
    "INSERT INTO receipt_counters (year_be, last) VALUES (:year, 1) "
    "ON CONFLICT (year_be) DO UPDATE SET last = receipt_counters.last + 1 "
    "RETURNING last"
)


def buddhist_year(moment: datetime) -> int:
    return moment.astimezone(BANGKOK).year + BE_OFFSET


def next_receipt_no(session: Session, prefix: str, moment: datetime) -> str:
    year = buddhist_year(moment)
    number = session.execute(_NEXT, {"year": year}).scalar_one()
    return f"{prefix}-{year}-{number:06d}"
