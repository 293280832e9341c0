"""Sign-in and sign-out. Both, and every failure and lock-out, go to the audit trail."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from review.deps import DbSession, FormUser, Options
from review.rendering import render
from review.security import (
    PRE_SESSION_COOKIE,
    SESSION_COOKIE,
    cookie_is_secure,
    tokens_match,
)
from storage.accounts import check_sign_in, end_session, load_session, start_session
from storage.audit import append_audit
from storage.privacy import Actor

router = APIRouter(include_in_schema=False)
UNKNOWN_ACTOR = Actor(name="(unknown)", role="staff")


def safe_next(target: str | None) -> str:
    """Only a path on this site: never another host (open redirect)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/queue"


@router.get("/")
def home() -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/login")
def login_form(
    request: Request, session: DbSession, options: Options, next: str | None = None
) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token and load_session(session, token=token):
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, options, next_path=safe_next(next))


def _login_page(
    request: Request,
    options: Options,
    *,
    next_path: str,
    error: str | None = None,
    status: int = 200,
) -> Response:
    pre = secrets.token_urlsafe(32)
    response = render(
        request, "login.html", status_code=status, csrf=pre, next_path=next_path, error=error
    )
    response.set_cookie(
        PRE_SESSION_COOKIE,
        pre,
        httponly=True,
        samesite="strict",
        secure=cookie_is_secure(request, options.secure_cookies),
        path="/login",
        max_age=3600,
    )
    return response


@router.post("/login")
def login(
    request: Request,
    session: DbSession,
    options: Options,
    name: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/queue",
) -> Response:
    next_path = safe_next(next)
    if not tokens_match(request.cookies.get(PRE_SESSION_COOKIE), csrf_token):
        return _login_page(request, options, next_path=next_path, error="login.expired", status=400)
    result = check_sign_in(session, name=name, password=password)
    if not result.ok:
        actor = (
            Actor(name=result.user.name, role=result.user.role) if result.user else UNKNOWN_ACTOR
        )
        append_audit(
            session,
            actor=actor,
            action="auth.sign_in_failed",
            outcome="denied",
            details={"reason": result.outcome},
        )
        if result.just_locked:
            append_audit(session, actor=actor, action="auth.locked", details={"minutes": 15})
        session.commit()
        # one answer for a wrong password, an unknown name and a locked account: which
        # names exist, and which are locked, is not for a guesser to learn
        error = "web_security.sign_in_failed"
        return _login_page(request, options, next_path=next_path, error=error, status=401)
    assert result.user is not None
    user = result.user
    token, _row = start_session(session, user=user, lifetime=timedelta(hours=options.session_hours))
    append_audit(session, actor=Actor(name=user.name, role=user.role), action="auth.sign_in")
    session.commit()
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=cookie_is_secure(request, options.secure_cookies),
        path="/",
        max_age=int(options.session_hours * 3600),
    )
    response.delete_cookie(PRE_SESSION_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, session: DbSession, user: FormUser) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        end_session(session, token=token)
    append_audit(session, actor=user.actor, action="auth.sign_out")
    session.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
