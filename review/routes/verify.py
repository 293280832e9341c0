"""`/verify`: the public page a receipt's QR code opens. No sign-in; yes or no only."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.deps import DbSession
from review.rendering import render
from review.verify import RateLimiter, receipt_matches

router = APIRouter(include_in_schema=False)


def _limiter(request: Request) -> RateLimiter:
    state = request.app.state
    if getattr(state, "verify_limiter", None) is None:
        state.verify_limiter = RateLimiter()
    limiter: RateLimiter = state.verify_limiter
    return limiter


@router.get("/verify")
def verify(request: Request, session: DbSession, receipt: str = "", sha256: str = "") -> Response:
    asked = bool(receipt.strip() or sha256.strip())
    if not asked:
        return render(request, "verify.html", outcome=None, receipt="", sha256="")
    client = request.client.host if request.client else "unknown"
    if not _limiter(request).allow(client):
        return render(
            request, "verify.html", outcome="limited", receipt="", sha256="", status_code=429
        )
    ok = receipt_matches(session, receipt_no=receipt[:40], sha256=sha256[:80])
    return render(
        request,
        "verify.html",
        outcome="confirmed" if ok else "not_confirmed",
        receipt=receipt[:40],
        sha256=sha256[:80],
    )
