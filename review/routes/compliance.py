"""The compliance overview (compliance role only): the state of protection at a glance.

Chain verification with the latest signed checkpoint, encryption coverage, cases per
status (erased tombstones included), key ages, cases past retention, and links to the
pages that go into each (audit trail, keys, retention, data-subject requests, report).
Nothing here decrypts personal data: counts, key ids, dates.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlmodel import Session, col, func, select

from compliance.coverage import scan
from intake.context import Context
from review.deps import Ctx, DbSession, SignedIn, require_role
from review.rendering import render
from storage import retention
from storage.audit import ChainVerdict, SigningKeys, latest_checkpoint, verify_chain
from storage.keyring import FileKeyring
from storage.models import Case
from storage.rotation import KeyInfo, key_status
from storage.workflow import CaseStatus

router = APIRouter(prefix="/compliance", include_in_schema=False)
ComplianceUser = Annotated[SignedIn, Depends(require_role("compliance"))]
STATUSES = (*CaseStatus.ALL, retention.ERASED)  # the order the overview lists them in


def chain_verdict(session: Session, ctx: Context) -> ChainVerdict:
    """The whole chain, checked against the stored checkpoints' signatures too."""
    keyring = ctx.keyring if isinstance(ctx.keyring, SigningKeys) else None
    return verify_chain(session, keyring=keyring)


def keys_of(session: Session, ctx: Context) -> list[KeyInfo] | None:
    """The key inventory, or None for a keyring that cannot list its keys."""
    if not isinstance(ctx.keyring, FileKeyring):
        return None
    return key_status(session, ctx.keyring)


def years_by_template(ctx: Context) -> dict[str, int]:
    return {t.name: t.retention_years for t in ctx.templates}


def cases_by_status(session: Session) -> dict[str, int]:
    """Cases per status, every known status listed (0 when none), unknown ones after."""
    rows = session.execute(select(Case.status, func.count()).group_by(col(Case.status))).all()
    found = {str(status): int(n) for status, n in rows}
    return {s: found.get(s, 0) for s in STATUSES} | found


@router.get("")
def compliance_home(
    request: Request, ctx: Ctx, session: DbSession, user: ComplianceUser
) -> Response:
    due = retention.due_cases(session, years_by_template(ctx))
    return render(
        request,
        "compliance_overview.html",
        verdict=chain_verdict(session, ctx),
        checkpoint=latest_checkpoint(session),
        coverage=scan(session, ctx.blobs.root, ctx.templates),
        counts=cases_by_status(session),
        keys=keys_of(session, ctx),
        due=len(due),
        due_held=sum(1 for d in due if d.held),
        holds=len(retention.held_case_ids(session)),
    )
