"""Webhook dead letters (admins only): deliveries given up on, and endpoints disabled by a
410 answer. Read-only, and free of personal data: event type, receipt number, attempts and
the last one-line error, never a payload."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from intake.webhooks import dead_letters, disabled_endpoints
from review.deps import DbSession, SignedIn, require_role
from review.rendering import render

router = APIRouter(prefix="/admin", include_in_schema=False)
AdminUser = Annotated[SignedIn, Depends(require_role("admin"))]


@router.get("/webhooks")
def webhooks_page(request: Request, session: DbSession, user: AdminUser) -> Response:
    return render(
        request,
        "webhooks.html",
        letters=dead_letters(session),
        disabled=disabled_endpoints(session),
    )
