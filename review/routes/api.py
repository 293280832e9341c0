"""The JSON API for downstream systems: bearer tokens, roles as on the pages, masked data.

A token (`intake tokens create --user NAME`) acts as its user with that user's role:
every role may read cases (masked), the working roles may change a case's status, the
compliance role alone reads the audit trail. Reading one case is audited as a page view
is ("case.view", purpose "api"); a search by national ID, phone or email is audited by
the blind-index lookup itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from extractors.base import FormTemplate
from extractors.masking import mask_identifiers
from intake.follow_ups import other_sender_replies
from review import casework
from review.api_models import (
    ApiError,
    AuditEntryPublic,
    AuditPublic,
    CaseListQuery,
    CasePublic,
    CaseSearch,
    CasesPublic,
    CaseSummaryPublic,
    StatusUpdate,
)
from review.casefile import find_case, sender_verdict_of
from review.deps import Ctx, DbSession
from review.i18n import LOCAL_TZ
from review.queue import QueueQuery, list_queue
from storage.accounts import User, user_for_token
from storage.audit import append_audit, list_audit
from storage.models import Case
from storage.privacy import Actor
from storage.workflow import assignee_id

READ_ROLES = ("staff", "supervisor", "compliance", "admin")
AUDIT_ROLES = ("compliance",)
API_PURPOSE = "api"

bearer = HTTPBearer(auto_error=False, description="a token from `intake tokens create`")
router = APIRouter(
    prefix="/api",
    tags=["cases"],
    responses={
        401: {"model": ApiError, "description": "no token, or not a valid one"},
        403: {"model": ApiError, "description": "the token's role may not do this"},
        422: {"description": "a parameter is not valid"},
    },
)


@dataclass(frozen=True)
class ApiCaller:
    user_id: int
    name: str
    role: str

    @property
    def actor(self) -> Actor:
        return Actor(name=self.name, role=self.role)


def api_caller(
    session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> ApiCaller:
    found = user_for_token(session, token=credentials.credentials) if credentials else None
    if found is None:
        raise HTTPException(
            status_code=401, detail="not authenticated", headers={"WWW-Authenticate": "Bearer"}
        )
    _, user = found
    assert user.id is not None
    session.commit()  # last_used_at
    return ApiCaller(user_id=user.id, name=user.name, role=user.role)


def caller_with(*roles: str) -> Any:
    def check(caller: Annotated[ApiCaller, Depends(api_caller)]) -> ApiCaller:
        if caller.role not in roles:
            raise HTTPException(status_code=403, detail="this token's role may not do this")
        return caller

    return Depends(check)


Reader = Annotated[ApiCaller, caller_with(*READ_ROLES)]
Worker = Annotated[ApiCaller, caller_with(*casework.WORK_ROLES)]
Auditor = Annotated[ApiCaller, caller_with(*AUDIT_ROLES)]


def _masked_fields(case: Case) -> dict[str, str | None]:
    stored: dict[str, str | None] = json.loads(case.masked_json or "{}")
    return {k: mask_identifiers(v) if isinstance(v, str) else None for k, v in stored.items()}


def _case_public(ctx_templates: list[FormTemplate], session: Session, case: Case) -> CasePublic:
    assert case.id is not None
    owner = assignee_id(session, case_id=case.id)
    owner_user = session.get(User, owner) if owner else None
    template = next((t for t in ctx_templates if t.name == case.template), None)
    return CasePublic(
        receipt_no=case.receipt_no,
        template=case.template,
        template_title=template.title_th if template else None,
        status=case.status,
        received_at=case.received_at,
        updated_at=case.updated_at,
        flag_count=case.flag_count,
        assignee=owner_user.name if owner_user else None,
        fields=_masked_fields(case),
        issues=json.loads(case.issues_json or "{}"),
        sender_auth=sender_verdict_of(session, case.message_id),
        other_sender_replies=other_sender_replies(session, case.id),
    )


def _search(ctx: Ctx, caller: ApiCaller, filters: CaseListQuery) -> list[str] | None:
    """Receipt numbers matching the personal-data filters (None: no such filter)."""
    from intake.search import SearchError, find_cases

    given = {"national_id": filters.national_id, "phone": filters.phone, "email": filters.email}
    criteria = {k: v for k, v in given.items() if v is not None and v.strip()}  # "" = not given
    if not criteria:
        return None
    try:
        return list(find_cases(ctx, caller.actor, **criteria))
    except SearchError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


@router.get("/cases", response_model=CasesPublic, summary="List cases (masked)")
def list_cases(
    ctx: Ctx,
    session: DbSession,
    caller: Reader,
    filters: Annotated[CaseListQuery, Query()],
) -> CasesPublic:
    """Cases in queue order, filtered. Do not put a national ID, phone or email in this
    URL: proxies, load balancers and web servers log URLs, so the value would be kept
    in plaintext far from the encrypted store. Use POST /api/cases/search instead,
    which takes the same filters in its body; the URL parameters are deprecated."""
    return _cases_page(ctx, session, caller, filters)


@router.post("/cases/search", response_model=CasesPublic, summary="Search cases (masked)")
def search_cases(ctx: Ctx, session: DbSession, caller: Reader, body: CaseSearch) -> CasesPublic:
    """The list of GET /api/cases, with its filters in the request body, so a national
    ID, phone or email never stands in a URL (which proxies and servers log). Values in
    any formatting (Thai digits, dashes, +66) are looked up through the blind indexes;
    every lookup is audited."""
    return _cases_page(ctx, session, caller, body)


def _cases_page(
    ctx: Ctx, session: DbSession, caller: ApiCaller, filters: CaseListQuery
) -> CasesPublic:
    receipts = _search(ctx, caller, filters)
    session.commit()  # the search's own audit entries are in
    query = QueueQuery(
        status=filters.status,
        template=filters.template,
        sort=filters.sort,
        order=filters.order,
        page=filters.page,
    )
    page = list_queue(
        session,
        query=query,
        user_id=caller.user_id,
        page_size=filters.page_size,
        receipt_nos=receipts,
    )
    return CasesPublic(
        data=[
            CaseSummaryPublic(
                receipt_no=row.receipt_no,
                template=row.template,
                status=row.status,
                received_at=row.received_at,
                flag_count=row.flag_count,
                masked_name=mask_identifiers(row.masked_name) if row.masked_name else None,
                assignee=row.assignee,
                flagged_fields=row.flagged_fields,
                other_sender_replies=row.other_sender_replies,
            )
            for row in page.rows
        ],
        count=page.total,
        page=page.page,
        pages=page.pages,
        page_size=filters.page_size,
    )


def _case_or_404(session: Session, receipt_no: str) -> Case:
    case = find_case(session, receipt_no)
    if case is None or case.id is None:
        raise HTTPException(status_code=404, detail="no such case")
    return case


@router.get(
    "/cases/{receipt_no}",
    response_model=CasePublic,
    summary="One case (masked)",
    responses={404: {"model": ApiError, "description": "no case with this receipt number"}},
)
def get_case(receipt_no: str, ctx: Ctx, session: DbSession, caller: Reader) -> CasePublic:
    case = _case_or_404(session, receipt_no)
    append_audit(
        session,
        actor=caller.actor,
        action="case.view",
        case_id=case.id,
        purpose=API_PURPOSE,
        details={"via": "api"},
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    session.commit()
    return _case_public(ctx.templates, session, case)


@router.post(
    "/cases/{receipt_no}/status",
    response_model=CasePublic,
    summary="Move a case to another status",
    responses={404: {"model": ApiError, "description": "no case with this receipt number"}},
)
def set_case_status(
    receipt_no: str, body: StatusUpdate, ctx: Ctx, session: DbSession, caller: Worker
) -> CasePublic:
    case = _case_or_404(session, receipt_no)
    casework.change_status(session, ctx, case, actor=caller.actor, status=body.status)
    session.commit()
    return _case_public(ctx.templates, session, case)


EARLIEST, LATEST = date(1900, 1, 1), date(9000, 12, 31)


def _day_start(day: date | None) -> datetime | None:
    """Midnight in Thai time; dates far outside any store are clamped (no overflow)."""
    if day is None:
        return None
    return datetime.combine(min(max(day, EARLIEST), LATEST), time.min, tzinfo=LOCAL_TZ)


@router.get(
    "/audit",
    response_model=AuditPublic,
    summary="The audit trail (compliance role)",
    tags=["audit"],
)
def audit_trail(
    session: DbSession,
    caller: Auditor,
    actor: Annotated[str | None, Query(max_length=100)] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    case_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    since: date | None = None,
    until: Annotated[date | None, Query(description="last day, inclusive")] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AuditPublic:
    entries = list_audit(
        session,
        actor=actor,
        action=action,
        case_id=case_id,
        since=_day_start(since),
        until=_day_start(until + timedelta(days=1)) if until else None,
        limit=limit,
        offset=offset,
    )
    return AuditPublic(
        data=[
            AuditEntryPublic(
                id=e.id,
                at=e.at,
                actor=e.actor,
                actor_role=e.actor_role,
                action=e.action,
                case_id=e.case_id,
                message_id=e.message_id,
                purpose=e.purpose,
                outcome=e.outcome,
                details=json.loads(e.details_json or "{}"),
            )
            for e in entries
        ],
        offset=offset,
        limit=limit,
    )
