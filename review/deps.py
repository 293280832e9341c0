"""Annotated dependencies: context, database session, who is signed in, roles, CSRF."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlmodel import Session

from intake.context import Context
from review.i18n import Translator
from review.options import WebOptions
from review.rendering import translator_for
from review.security import CSRF_FIELD, SESSION_COOKIE, tokens_match
from storage.accounts import load_session
from storage.privacy import Actor


class NotSignedIn(Exception):
    """No live session: pages send the browser to the sign-in form."""


@dataclass(frozen=True)
class SignedIn:
    """The person behind a request, detached from the database session."""

    user_id: int
    name: str
    role: str
    csrf_token: str

    @property
    def actor(self) -> Actor:
        return Actor(name=self.name, role=self.role)

    def has_role(self, *roles: str) -> bool:
        return self.role in roles


def get_ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def get_options(request: Request) -> WebOptions:
    options: WebOptions = request.app.state.options
    return options


Ctx = Annotated[Context, Depends(get_ctx)]
Options = Annotated[WebOptions, Depends(get_options)]


def get_db(ctx: Ctx) -> Iterator[Session]:
    """One transaction per request. Routes that redirect commit before they return, so
    the next request sees the change; anything left is committed here, errors roll back."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


DbSession = Annotated[Session, Depends(get_db)]
Tr = Annotated[Translator, Depends(translator_for)]


def get_signed_in(request: Request, session: DbSession) -> SignedIn:
    token = request.cookies.get(SESSION_COOKIE)
    loaded = load_session(session, token=token) if token else None
    if loaded is None:
        session.commit()  # an expired session row was removed
        raise NotSignedIn()
    web_session, user = loaded
    assert user.id is not None
    signed_in = SignedIn(
        user_id=user.id, name=user.name, role=user.role, csrf_token=web_session.csrf_token
    )
    request.state.signed_in = signed_in  # for the page layout
    return signed_in


CurrentUser = Annotated[SignedIn, Depends(get_signed_in)]


def require_role(*roles: str) -> Callable[[SignedIn], SignedIn]:
    """A dependency that lets only `roles` through (403 page for everyone else)."""

    def check(user: CurrentUser) -> SignedIn:
        if not user.has_role(*roles):
            raise HTTPException(status_code=403)
        return user

    return check


async def check_csrf(request: Request, user: CurrentUser) -> SignedIn:
    """Every state-changing form carries the session's CSRF token."""
    form = await request.form()  # Starlette caches it for the route's own Form fields
    given = form.get(CSRF_FIELD)
    if not tokens_match(user.csrf_token, given if isinstance(given, str) else None):
        raise HTTPException(status_code=403, detail="csrf")
    return user


FormUser = Annotated[SignedIn, Depends(check_csrf)]
