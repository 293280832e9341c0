"""The compliance report (compliance role only): the record of processing (PDPA §39)
and the state of protection, as a page, as JSON and as the printable HTML file.

Built by compliance.report.build_report; it holds no personal data (counts, receipt
numbers, key ids). Each download is audited ("export.compliance_report"), like the
audit trail's.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlmodel import Session

from compliance.report import build_report, render_html
from intake.context import Context
from review.deps import Ctx, DbSession, SignedIn
from review.rendering import render
from review.routes.compliance import ComplianceUser
from review.routes.compliance_subjects import KEPT_KEYS
from storage.audit import append_audit
from storage.models import utcnow
from storage.subject_requests import KINDS

router = APIRouter(prefix="/compliance", include_in_schema=False)
# The printable file keeps its own inline style and nothing else: no script, no fetch.
PRINT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@router.get("/report")
def report_page(request: Request, ctx: Ctx, user: ComplianceUser) -> Response:
    report = build_report(ctx)
    return render(
        request,
        "compliance_report.html",
        report=report,
        kinds=KINDS,
        kept_keys=KEPT_KEYS,
        past_held=sum(1 for d in report.past_retention if d.held),
    )


def _download(
    session: Session, ctx: Context, user: SignedIn, body: str, fmt: str, media: str
) -> Response:
    append_audit(
        session,
        actor=user.actor,
        action="export.compliance_report",
        details={"format": fmt},
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    session.commit()
    stamp = utcnow().strftime("%Y%m%d-%H%M")
    return Response(
        body.encode("utf-8"),
        media_type=f"{media}; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="compliance-report-{stamp}.{fmt}"',
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": PRINT_CSP,
        },
    )


@router.get("/report.json")
def report_json(ctx: Ctx, session: DbSession, user: ComplianceUser) -> Response:
    body = build_report(ctx).model_dump_json(indent=2) + "\n"
    return _download(session, ctx, user, body, "json", "application/json")


@router.get("/report.html")
def report_html(ctx: Ctx, session: DbSession, user: ComplianceUser) -> Response:
    return _download(session, ctx, user, render_html(build_report(ctx)), "html", "text/html")
