"""Catalogs complete in both languages, templates use only known keys, Thai dates in BE."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from review.i18n import Translator, catalog, format_date, format_datetime

TEMPLATES = Path(__file__).resolve().parents[2] / "review" / "templates"
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
PREFIX_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+\.)["']\s*~""")


def test_both_catalogs_have_the_same_keys() -> None:
    th, en = catalog("th"), catalog("en")
    assert set(th) == set(en)
    assert all(th[k].strip() and en[k].strip() for k in th)


def test_every_key_a_template_uses_exists() -> None:
    used = set()
    for path in TEMPLATES.glob("*.html"):
        used |= set(LITERAL_KEY.findall(path.read_text(encoding="utf-8")))
    assert used, "no t() calls found: the pattern is wrong"
    missing = sorted(k for k in used if k not in catalog("th"))
    assert missing == []


def test_templates_hold_no_thai_text_of_their_own() -> None:
    """Visible words come from the catalogs; a Thai letter in a template is a leak."""
    for path in TEMPLATES.glob("*.html"):
        assert not re.search(r"[\u0e00-\u0e7f]", path.read_text(encoding="utf-8")), path.name


def test_status_and_role_keys_exist_for_every_value() -> None:
    from storage.accounts import ROLES
    from storage.workflow import CaseStatus

    keys = catalog("th")
    assert all(f"status.{s}" in keys for s in (*CaseStatus.ALL, "open", "all"))
    assert all(f"role.{r}" in keys for r in ROLES)


def test_thai_dates_are_buddhist_era_in_bangkok_time() -> None:
    assert format_date(datetime(2026, 11, 27, 3, 0, tzinfo=UTC), "th") == "27 พ.ย. 2569"
    # 20:00 UTC is already the next morning in Bangkok (UTC+7)
    assert format_date(datetime(2026, 11, 26, 20, 0, tzinfo=UTC), "th") == "27 พ.ย. 2569"
    assert format_date(datetime(2026, 1, 5, 3, 0, tzinfo=UTC), "en") == "5 Jan 2026"
    assert (
        format_datetime(datetime(2026, 11, 27, 3, 5, tzinfo=UTC), "th") == "27 พ.ย. 2569 10:05 น."
    )
    # naive values from SQLite are UTC
    assert format_date(datetime(2026, 11, 26, 20, 0), "th") == "27 พ.ย. 2569"


def test_translator_falls_back_to_thai_then_to_the_key() -> None:
    t = Translator("en")
    assert t("queue.title") == "Queue"
    assert Translator("xx").lang == "th"
    assert t("no.such_key") == "no.such_key"
    assert t("age.days", n=3) == "3 days"
