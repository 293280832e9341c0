"""Retention and legal holds (compliance role only).

The disposal list is a dry run (storage.retention.due_cases): receipt, template, closed
and due dates; nothing changes here. Disposal itself is the worker's daily job or
`intake retention run`. Legal holds, active and lifted, are listed; a hold is placed or
lifted by a form (CSRF token, a reason) through storage.retention.place_hold /
lift_hold, which write the audit entries ("hold.add", "hold.lift").
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session

from review.casefile import find_case
from review.deps import Ctx, DbSession, FormUser, SignedIn
from review.rendering import render
from review.routes.compliance import ComplianceUser, years_by_template
from storage import retention

router = APIRouter(prefix="/compliance", include_in_schema=False)
MIN_REASON = 5  # as for a reveal: a word or two that says why
NOTICES = ("hold_placed", "hold_lifted")
PROBLEMS = ("reason_needed", "unknown_case", "erased_case", "already_held", "not_held", "failed")
PAGE = "/compliance/retention"


@router.get("/retention")
def retention_page(
    request: Request, ctx: Ctx, session: DbSession, user: ComplianceUser
) -> Response:
    done = request.query_params.get("done")
    titles = {t.name: (t.title_th, t.title_en) for t in ctx.templates}
    return render(
        request,
        "compliance_retention.html",
        due=retention.due_cases(session, years_by_template(ctx)),
        holds=retention.list_holds(session, include_lifted=True),
        titles=titles,
        notice=done if done in NOTICES else None,
        problem=done if done in PROBLEMS else None,
    )


def _problem(session: Session, receipt: str, reason: str, *, placing: bool) -> str | None:
    """Why the hold cannot be placed or lifted, as a catalog key; None when it can."""
    if len(reason.strip()) < MIN_REASON:
        return "reason_needed"
    case = find_case(session, receipt)
    if case is None or case.id is None:
        return "unknown_case"
    held = bool(retention.held_case_ids(session, [case.id]))
    if placing and case.status == retention.ERASED:
        return "erased_case"
    if placing and held:
        return "already_held"
    if not placing and not held:
        return "not_held"
    return None


def _back(code: str) -> Response:
    return RedirectResponse(f"{PAGE}?done={code}", status_code=303)


@router.post("/retention/holds")
def place_hold(
    session: DbSession,
    user: FormUser,
    _role: ComplianceUser,
    receipt: Annotated[str, Form(max_length=40)] = "",
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    return _change_hold(session, user, receipt, reason, placing=True)


@router.post("/retention/holds/lift")
def lift_hold(
    session: DbSession,
    user: FormUser,
    _role: ComplianceUser,
    receipt: Annotated[str, Form(max_length=40)] = "",
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    return _change_hold(session, user, receipt, reason, placing=False)


def _change_hold(
    session: Session, user: SignedIn, receipt: str, reason: str, *, placing: bool
) -> Response:
    receipt = receipt.strip().upper()
    problem = _problem(session, receipt, reason, placing=placing)
    if problem:
        return _back(problem)
    change = retention.place_hold if placing else retention.lift_hold
    try:
        change(session, receipt_no=receipt, reason=reason, actor=user.actor)
    except retention.RetentionError:  # changed between the check and now
        session.rollback()
        return _back("failed")
    session.commit()
    return _back("hold_placed" if placing else "hold_lifted")
