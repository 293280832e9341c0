"""Data-subject requests (compliance role only): the register and the access export.

The register (storage.subject_requests) shows kind, when, by whom, outcome, the cases
acted on and those refused with the reason; it never holds the national ID (only a
keyed digest, which is not shown either). An access request is answered by a posted
form (CSRF token, national ID, a reason): compliance.subject.export_subject finds every
case of that person, registers and audits the export, and the JSON comes back as a
download. The national ID is never echoed: not in the page, the file name or a URL.
Erasure is irreversible and stays on the command line.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlmodel import Session

from compliance.subject import KEPT_HELD, KEPT_OPEN, export_subject
from extractors.validate import normalise_national_id
from review.deps import Ctx, DbSession, FormUser
from review.rendering import render
from review.routes.compliance import ComplianceUser
from storage.models import utcnow
from storage.subject_requests import list_requests

router = APIRouter(prefix="/compliance", include_in_schema=False)
MIN_REASON = 5
KEPT_KEYS = {KEPT_HELD: "compliance.subjects.kept_held", KEPT_OPEN: "compliance.subjects.kept_open"}


def _page(
    request: Request, session: Session, *, problem: str | None = None, status_code: int = 200
) -> Response:
    return render(
        request,
        "compliance_subjects.html",
        status_code=status_code,
        requests=list_requests(session),
        kept_keys=KEPT_KEYS,
        problem=problem,
    )


@router.get("/subjects")
def subjects_page(request: Request, session: DbSession, user: ComplianceUser) -> Response:
    return _page(request, session)


@router.post("/subjects/export")
def subject_export(
    request: Request,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    _role: ComplianceUser,
    national_id: Annotated[str, Form(max_length=40)] = "",
    reason: Annotated[str, Form(max_length=300)] = "",
    with_mail: Annotated[bool, Form()] = False,
) -> Response:
    if len(reason.strip()) < MIN_REASON:
        return _page(request, session, problem="reason_needed", status_code=400)
    normalised = normalise_national_id(national_id)
    if normalised is None:
        return _page(request, session, problem="bad_id", status_code=400)
    session.commit()  # the export runs in its own transaction: hold no lock meanwhile
    document = export_subject(
        ctx, user.actor, national_id=normalised, with_mail=with_mail, reason=reason.strip()
    )
    body = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    return Response(
        body.encode("utf-8"),
        media_type="application/json; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="subject-access-{stamp}.json"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        },
    )
