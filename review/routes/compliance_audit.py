"""The audit trail for compliance officers: filters, paging, CSV export, chain status.

Compliance role only (everyone else gets the 403 page). Entries hold no personal data,
only account names, actions, case numbers, purposes and outcomes. Downloading the trail
is itself audited ("export.audit").
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from review.casefile import find_case
from review.deps import Ctx, DbSession, SignedIn, require_role
from review.exports import to_csv
from review.i18n import LOCAL_TZ, Translator
from review.rendering import render, translator_for
from storage.audit import AuditEntry, SigningKeys, append_audit, list_audit, verify_chain
from storage.models import Case, utcnow

router = APIRouter(prefix="/compliance", include_in_schema=False)
ComplianceUser = Annotated[SignedIn, Depends(require_role("compliance"))]
PAGE_SIZE = 100
EXPORT_LIMIT = 100_000
EARLIEST, LATEST = date(1900, 1, 1), date(9000, 12, 31)


class AuditFilter(BaseModel):
    actor: str | None = Field(default=None, max_length=100)
    action: str | None = Field(default=None, max_length=40)
    case: str | None = Field(default=None, max_length=40)  # a receipt number
    since: date | None = None
    until: date | None = None  # inclusive
    page: int = Field(default=1, ge=1, le=100_000)


def _midnight(day: date) -> datetime:
    return datetime.combine(min(max(day, EARLIEST), LATEST), time.min, tzinfo=LOCAL_TZ)


def _entries(
    session: Session, filters: AuditFilter, limit: int, offset: int
) -> list[AuditEntry] | None:
    """The filtered entries, newest first; None when the case filter names no case."""
    case_id = None
    if filters.case and filters.case.strip():
        case = find_case(session, filters.case.strip().upper())
        if case is None:
            return None
        case_id = case.id
    return list_audit(
        session,
        actor=filters.actor or None,
        action=filters.action or None,
        case_id=case_id,
        since=_midnight(filters.since) if filters.since else None,
        until=_midnight(filters.until + timedelta(days=1)) if filters.until else None,
        limit=limit,
        offset=offset,
    )


def _receipts(session: Session, entries: list[AuditEntry]) -> dict[int, str]:
    ids = {e.case_id for e in entries if e.case_id is not None}
    if not ids:
        return {}
    rows = session.execute(select(Case.id, Case.receipt_no).where(col(Case.id).in_(ids))).all()
    return {int(i): str(r) for i, r in rows}


def _distinct(session: Session, column: Any) -> list[str]:
    return sorted(str(v) for v in session.execute(select(column).distinct()).scalars())


def _query_string(filters: AuditFilter, page: int | None = None) -> str:
    from urllib.parse import urlencode

    values = filters.model_dump(exclude_none=True) | ({"page": page} if page else {})
    values = {
        k: v for k, v in values.items() if v not in ("", None) and not (k == "page" and v == 1)
    }
    return ("?" + urlencode(values)) if values else ""


@router.get("/audit")
def audit_page(
    request: Request,
    ctx: Ctx,
    session: DbSession,
    user: ComplianceUser,
    filters: Annotated[AuditFilter, Depends()],
) -> Response:
    entries = _entries(session, filters, PAGE_SIZE + 1, (filters.page - 1) * PAGE_SIZE)
    keyring = ctx.keyring if isinstance(ctx.keyring, SigningKeys) else None
    verdict = verify_chain(session, keyring=keyring)
    shown = (entries or [])[:PAGE_SIZE]
    return render(
        request,
        "audit.html",
        filters=filters,
        entries=shown,
        unknown_case=entries is None,
        has_next=entries is not None and len(entries) > PAGE_SIZE,
        receipts=_receipts(session, shown),
        verdict=verdict,
        actors=_distinct(session, AuditEntry.actor),
        actions=_distinct(session, AuditEntry.action),
        query_string=_query_string,
        details=lambda e: ", ".join(f"{k}={v}" for k, v in json.loads(e.details_json).items()),
    )


def _csv_rows(session: Session, entries: list[AuditEntry], t: Translator) -> list[list[str]]:
    receipts = _receipts(session, entries)
    return [
        [
            str(e.id),
            t.datetime(e.at),
            e.at.isoformat(),
            e.actor,
            e.actor_role,
            e.action,
            receipts.get(e.case_id, "") if e.case_id else "",
            str(e.message_id or ""),
            e.purpose or "",
            e.outcome,
            e.details_json,
            e.entry_hash,
        ]
        for e in entries
    ]


@router.get("/audit.csv")
def audit_csv(
    request: Request,
    ctx: Ctx,
    session: DbSession,
    user: ComplianceUser,
    filters: Annotated[AuditFilter, Depends()],
) -> Response:
    t = translator_for(request)
    entries = _entries(session, filters, EXPORT_LIMIT, 0) or []
    header = [
        t("audit.id"),
        t("audit.at"),
        "at_utc",
        t("audit.actor"),
        t("audit.role"),
        t("audit.action"),
        t("audit.case"),
        t("audit.message"),
        t("audit.purpose"),
        t("audit.outcome"),
        t("audit.details"),
        "entry_hash",
    ]
    body = to_csv((header, _csv_rows(session, entries, t)))
    details = filters.model_dump(mode="json", exclude_none=True, exclude={"page"})
    append_audit(
        session,
        actor=user.actor,
        action="export.audit",
        details=details | {"rows": len(entries)},
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    session.commit()
    stamp = utcnow().strftime("%Y%m%d-%H%M")
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="audit-{stamp}.csv"'},
    )
