"""The dashboard's figures and its server-drawn SVG charts."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from intake.context import Context
from review.charts import Point, bar_chart, line_chart
from review.dashboard import age_bucket, build_dashboard
from tests.review.conftest import sign_in
from tests.review.review_seed import Person


def test_bars_are_as_tall_as_their_values_and_labels_are_escaped() -> None:
    svg = str(bar_chart("t", [Point(label="<b>", value=2), Point(label="b", value=4)]))
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    assert len(heights) == 2 and abs(heights[1] - 2 * heights[0]) < 0.2
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert "style=" not in svg  # the page CSP allows no inline styles


def test_line_has_a_point_per_day() -> None:
    svg = str(line_chart("t", [Point(label=str(d), value=d % 3) for d in range(30)]))
    assert svg.count("<circle") == 30 and "<polyline" in svg


def test_age_buckets() -> None:
    assert [age_bucket(d) for d in (0, 2, 3, 7, 8, 15, 16, 30, 31, 400)] == [
        "0_2", "0_2", "3_7", "3_7", "8_15", "8_15", "16_30", "16_30", "31_up", "31_up",
    ]  # fmt: skip


def test_figures_count_the_store(store: Context, people: list[Person]) -> None:
    with Session(store.engine) as session:
        board = build_dashboard(session, now=datetime.now(UTC))
        later = build_dashboard(session, now=datetime.now(UTC) + timedelta(days=40))
    assert len(board.per_day) == 30
    assert board.total_cases == len(people)
    assert sum(n for _, n in board.per_day) == len(people)  # all received today
    assert board.per_day[-1][1] == len(people)
    assert sum(board.backlog_by_age.values()) == sum(board.backlog_by_status.values())
    assert sum(n for _, n in later.per_day) == 0
    assert later.backlog_by_age["31_up"] == sum(later.backlog_by_status.values())


def test_dashboard_page_draws_svg_in_thai_with_be_dates(client: TestClient) -> None:
    sign_in(client, "staff1")
    page = client.get("/dashboard")
    assert page.status_code == 200
    assert page.text.count("<svg") >= 3
    year_be = str(datetime.now(UTC).year + 543)
    assert year_be in page.text and "งานค้างตามสถานะ" in page.text
    assert "<script" not in page.text.replace('<script src="/static/js/app.js" defer></script>', "")
