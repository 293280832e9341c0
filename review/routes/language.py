"""The Thai/English switch: a cookie, then back to the page the clerk was on."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from review.deps import Options
from review.i18n import pick_language
from review.routes.auth import safe_next
from review.security import LANG_COOKIE, cookie_is_secure

router = APIRouter(include_in_schema=False)


@router.get("/lang/{code}")
def switch_language(request: Request, code: str, options: Options, next: str = "/") -> Response:
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        LANG_COOKIE,
        pick_language(code),
        max_age=365 * 24 * 3600,
        httponly=True,
        samesite="lax",  # lax: a bookmark opened from elsewhere keeps the language
        secure=cookie_is_secure(request, options.secure_cookies),
    )
    return response
