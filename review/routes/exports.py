"""Exports: the queue view as CSV / XLSX / JSON, the incoming register as CSV / XLSX.

Links on the /exports page carry the queue page's own query parameters, so "export this
view" is the queue URL with /queue changed to /exports. Each download is audited
("export.queue", "export.register") with its format, filters and row count, never with
the search text. As on the queue page, only receipt numbers and plain text may be
searched in a URL; a national ID, phone or email there is dropped (redirect to /exports).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from review import exports
from review.deps import Ctx, CurrentUser, DbSession
from review.queue import QueueQuery, queue_url, read_search, template_names
from review.rendering import render, translator_for
from review.titles import Titles
from storage.audit import append_audit
from storage.models import utcnow
from storage.workflow import CaseStatus

router = APIRouter(prefix="/exports", include_in_schema=False)
QueueFormat = Literal["csv", "xlsx", "json"]
RegisterFormat = Literal["csv", "xlsx"]
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def _download(body: bytes, fmt: str, stem: str) -> Response:
    stamp = utcnow().strftime("%Y%m%d-%H%M")
    return Response(
        body,
        media_type=MEDIA[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{stem}-{stamp}.{fmt}"',
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.get("")
def exports_page(
    request: Request,
    ctx: Ctx,
    session: DbSession,
    user: CurrentUser,
    query: Annotated[QueueQuery, Depends()],
) -> Response:
    today = utcnow().astimezone(exports.LOCAL_TZ).date()  # the register counts Thai days
    suffix = queue_url(query).removeprefix("/queue")
    return render(
        request,
        "exports.html",
        query=query,
        suffix=suffix,
        statuses=("open", *CaseStatus.ALL, "all"),
        templates=template_names(session),
        titles=Titles(ctx.templates, translator_for(request).lang),
        first_default=(today.replace(day=1)).isoformat(),
        last_default=today.isoformat(),
    )


@router.get("/queue.{fmt}")
def export_queue(
    request: Request,
    fmt: QueueFormat,
    ctx: Ctx,
    session: DbSession,
    user: CurrentUser,
    query: Annotated[QueueQuery, Depends()],
) -> Response:
    t = translator_for(request)
    try:
        view, receipts = exports.search_receipts(session, query)
    except exports.PersonalSearchInUrl:  # back to the form, the value dropped (as /queue)
        suffix = queue_url(query, q=None).removeprefix("/queue")
        return RedirectResponse(f"/exports{suffix}", status_code=303)
    rows = exports.queue_export_rows(
        list(exports.queue_rows(session, query=view, user_id=user.user_id, receipt_nos=receipts)),
        t,
        Titles(ctx.templates, t.lang),
    )
    details = {
        "format": fmt,
        "rows": len(rows),
        "status": view.status,
        "template": view.template,
        "flagged": view.flagged,
        "mine": view.mine,
        "search": read_search(query.q).kind if query.q and query.q.strip() else None,
    }
    append_audit(
        session,
        actor=user.actor,
        action="export.queue",
        details=details,
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    session.commit()
    if fmt == "json":
        body = exports.to_json(rows)
    elif fmt == "csv":
        body = exports.to_csv(exports.queue_table(rows, t))
    else:
        body = exports.to_xlsx(exports.queue_table(rows, t), title=t("exports.queue_sheet"))
    return _download(body, fmt, "queue")


@router.get("/register.{fmt}")
def export_register(
    request: Request,
    fmt: RegisterFormat,
    ctx: Ctx,
    session: DbSession,
    user: CurrentUser,
    first: Annotated[date, Query()],
    last: Annotated[date, Query()],
) -> Response:
    if last < first or last - first > timedelta(days=exports.MAX_REGISTER_DAYS):
        raise HTTPException(status_code=400)
    t = translator_for(request)
    rows = exports.register_rows(
        session,
        ctx,
        actor=user.actor,
        first=first,
        last=last,
        t=t,
        titles=Titles(ctx.templates, t.lang),
    )
    append_audit(
        session,
        actor=user.actor,
        action="export.register",
        details={
            "format": fmt,
            "rows": len(rows),
            "first": first.isoformat(),
            "last": last.isoformat(),
        },
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    session.commit()
    table = exports.register_table(rows, t)
    if fmt == "csv":
        return _download(exports.to_csv(table), fmt, "register")
    return _download(exports.to_xlsx(table, title=t("exports.register_sheet")), fmt, "register")
