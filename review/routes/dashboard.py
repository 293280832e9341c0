"""The dashboard page: cases per day, backlog by status and age, problems by field."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.charts import Point, bar_chart, line_chart
from review.dashboard import AGE_BUCKETS, build_dashboard
from review.deps import Ctx, CurrentUser, DbSession
from review.i18n import Translator
from review.rendering import render, translator_for
from review.titles import Titles
from storage.models import utcnow

router = APIRouter(include_in_schema=False)


@router.get("/dashboard")
def dashboard_page(request: Request, ctx: Ctx, session: DbSession, user: CurrentUser) -> Response:
    t: Translator = translator_for(request)
    board = build_dashboard(session, now=utcnow())
    per_day = [Point(label=t.date(day), value=n) for day, n in board.per_day]
    by_status = [
        Point(label=t(f"status.{status}"), value=n) for status, n in board.backlog_by_status.items()
    ]
    by_age = [
        Point(label=t(f"dashboard.age_{key}"), value=board.backlog_by_age[key])
        for _, key in AGE_BUCKETS
    ]
    titles = Titles(ctx.templates, t.lang)
    problems = [Point(label=titles.field(None, key), value=n) for key, n in board.problems_by_field]
    return render(
        request,
        "dashboard.html",
        board=board,
        first_day=board.per_day[0][0],
        last_day=board.per_day[-1][0],
        per_day_chart=line_chart(t("dashboard.per_day"), per_day),
        status_chart=bar_chart(t("dashboard.by_status"), by_status),
        age_chart=bar_chart(t("dashboard.by_age"), by_age),
        problems_chart=bar_chart(t("dashboard.by_field"), problems) if problems else None,
        per_day_total=sum(n for _, n in board.per_day),
        open_total=sum(board.backlog_by_status.values()),
    )
