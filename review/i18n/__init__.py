"""Message catalogs (Thai first, English by a switch) and Thai-style dates.

Every string a page shows comes from `th.toml` / `en.toml` beside this file, looked up by
dotted key (`queue.title`). A key missing from a catalog falls back to Thai, then to the
key itself, so a gap shows on the page instead of breaking it; a test keeps both
catalogs complete.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
LOCAL_TZ = ZoneInfo("Asia/Bangkok")
CATALOG_DIR = Path(__file__).parent

TH_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{dotted}."))
        else:
            flat[dotted] = str(value)
    return flat


@cache
def catalog(lang: str) -> dict[str, str]:
    with (CATALOG_DIR / f"{lang}.toml").open("rb") as handle:
        return _flatten(tomllib.load(handle))


def pick_language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class Translator:
    """`t("queue.title")` or `t("queue.count", n=3)` in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = pick_language(lang)
        self._messages = catalog(self.lang)
        self._fallback = catalog(DEFAULT_LANGUAGE)

    def __call__(self, key: str, **values: Any) -> str:
        text = self._messages.get(key) or self._fallback.get(key) or key
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._messages

    def date(self, value: dt.datetime | dt.date | None) -> str:
        return format_date(value, self.lang)

    def datetime(self, value: dt.datetime | None) -> str:
        return format_datetime(value, self.lang)

    def age(self, value: dt.datetime | None, now: dt.datetime | None = None) -> str:
        if value is None:
            return ""
        days = age_days(value, now)
        return self("age.today") if days == 0 else self("age.days", n=days)


def local(value: datetime) -> datetime:
    if value.tzinfo is None:  # SQLite hands back naive UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TZ)


def format_date(value: datetime | date | None, lang: str) -> str:
    """ "27 พ.ย. 2569" (Buddhist Era) in Thai, "27 Nov 2026" in English."""
    if value is None:
        return ""
    day = local(value).date() if isinstance(value, datetime) else value
    if lang == "th":
        return f"{day.day} {TH_MONTHS[day.month - 1]} {day.year + 543}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def format_datetime(value: datetime | None, lang: str) -> str:
    if value is None:
        return ""
    moment = local(value)
    clock = f"{moment:%H:%M}"
    return (
        f"{format_date(moment, lang)} {clock} น."
        if lang == "th"
        else (f"{format_date(moment, lang)} {clock}")
    )


def age_days(value: datetime, now: datetime | None = None) -> int:
    current = local(now) if now else datetime.now(LOCAL_TZ)
    return max((current.date() - local(value).date()) // timedelta(days=1), 0)
