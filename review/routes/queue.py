"""The queue page: counts per status, filters, search, sorting and paging.

A search by national ID, phone or email is posted (with the CSRF token), not put in the
URL, so the value stays out of browser history, proxy logs and Referer headers; the
page never echoes it back. Receipt numbers and plain text go in the URL as usual.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session

from extractors.unread import ATTACHMENTS_KEY
from review.deps import Ctx, CurrentUser, DbSession, FormUser, Options, SignedIn
from review.queue import (
    QueueQuery,
    SearchTerm,
    list_queue,
    queue_url,
    read_search,
    receipts_for_plain_search,
    status_counts,
    template_names,
)
from review.rendering import render, translator_for
from storage.workflow import CaseStatus

router = APIRouter(include_in_schema=False)
PUBLIC_KINDS = ("receipt", "text")


def find_receipts(ctx: Ctx, user: SignedIn, search: SearchTerm) -> list[str]:
    """Cases whose national ID, phone or email is the value, through the blind indexes."""
    from intake.search import find_cases

    return list(find_cases(ctx, user.actor, **{search.kind: search.value}))


@router.get("/queue")
def queue_page(
    request: Request,
    ctx: Ctx,
    session: DbSession,
    user: CurrentUser,
    options: Options,
    query: Annotated[QueueQuery, Depends()],
) -> Response:
    search = read_search(query.q) if query.q and query.q.strip() else None
    if search is not None and search.kind not in PUBLIC_KINDS:  # keep it out of URLs
        return RedirectResponse(queue_url(query, q=None), status_code=303)
    return _queue(request, ctx, session, user, options, query, search)


@router.post("/queue/search")
def queue_search(
    request: Request,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    options: Options,
    q: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    if not q.strip():
        return RedirectResponse("/queue", status_code=303)
    search = read_search(q)
    if search.kind in PUBLIC_KINDS:
        return RedirectResponse(queue_url(QueueQuery(q=q.strip())), status_code=303)
    return _queue(request, ctx, session, user, options, QueueQuery(status="all"), search)


def _queue(
    request: Request,
    ctx: Ctx,
    session: Session,
    user: SignedIn,
    options: Options,
    query: QueueQuery,
    search: SearchTerm | None,
) -> Response:
    receipt_nos: list[str] | None = None
    if search is not None:
        receipt_nos = receipts_for_plain_search(session, search)
        if receipt_nos is None:  # personal: through the blind indexes, audited
            receipt_nos = find_receipts(ctx, user, search)
            session.commit()  # the search's own audit entries are in; keep reads fresh
            query = query.model_copy(update={"q": None})  # never echo a personal value
        query = query.model_copy(update={"status": "all"})  # a search looks everywhere
    page = list_queue(
        session,
        query=query,
        user_id=user.user_id,
        page_size=options.page_size,
        receipt_nos=receipt_nos,
    )
    titles = {t.name: t for t in ctx.templates}
    tr = translator_for(request)
    lang = tr.lang

    def field_titles(template: str | None, keys: list[str]) -> list[str]:
        specs = {f.key: f for f in titles[template].fields} if template in titles else {}
        return [
            (specs[k].title_th if lang == "th" else specs[k].title_en)
            if k in specs
            else (tr("unread.flag") if k == ATTACHMENTS_KEY else k)
            for k in keys
        ]

    return render(
        request,
        "queue.html",
        query=query,
        page=page,
        counts=status_counts(session),
        statuses=CaseStatus.ALL,
        templates=template_names(session),
        titles=titles,
        search_kind=search.kind if search else None,
        url=queue_url,
        field_titles=field_titles,
    )
