"""The key inventory (compliance role only): read-only.

Master, index and signing keys with their state, age and what each protects, from
storage.rotation.key_status. Rotation, retirement and removal stay command-line
operations (audited there): the page names the commands and changes nothing.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.deps import Ctx, DbSession
from review.rendering import render
from review.routes.compliance import ComplianceUser, keys_of

router = APIRouter(prefix="/compliance", include_in_schema=False)


@router.get("/keys")
def keys_page(request: Request, ctx: Ctx, session: DbSession, user: ComplianceUser) -> Response:
    return render(request, "compliance_keys.html", keys=keys_of(session, ctx))
