"""Staff accounts for the review app: users, sign-in lock-out, web sessions, API tokens.

Secrets are never stored as they are: passwords as argon2id hashes, session ids and API
tokens as SHA-256 digests (both are 256-bit random values, so a plain digest is enough and
a stolen table opens nothing). Query functions take a keyword-only `session`; they never
commit: the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, update
from sqlmodel import Field, Session, SQLModel, col, select

from storage.errors import StorageError
from storage.models import utcnow

ROLES = ("staff", "supervisor", "compliance", "admin")
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 10
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.


@cache
def _dummy_hash() -> str:
    """A hash to check a password against when the user does not exist. Made when first
    needed (the web app makes it as it starts, `prepare_sign_in`), not at import: an
    argon2id hash costs a quarter of a second and 64 MiB, and every process of the
    worker and every `intake` command imports this module."""
    return _hasher.hash("not a real password, only for equal timing")


def prepare_sign_in() -> None:
    """Make the unknown-name hash now, so that not even the first sign-in with an
    unknown name takes longer than one with a wrong password."""
    _dummy_hash()


class AccountError(StorageError):
    """A bad account request (unknown user, name taken, weak password); safe to show."""


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=40, unique=True)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    active: bool = True
    failed_logins: int = 0  # consecutive failures since the last success, unlock or lock
    locked_until: datetime | None = None
    last_sign_in_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)

    def __repr__(self) -> str:  # keep the hash out of logs
        return f"User(id={self.id}, name={self.name!r}, role={self.role!r})"

    __str__ = __repr__


class WebSession(SQLModel, table=True):
    """A signed-in browser. `id_hash` is the SHA-256 of the cookie value."""

    __tablename__ = "web_sessions"

    id_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="users.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(index=True)


class ApiToken(SQLModel, table=True):
    """A bearer token for the JSON API, acting as its user with that user's role."""

    __tablename__ = "api_tokens"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    label: str = Field(default="", max_length=100)
    token_hash: str = Field(max_length=64, unique=True)
    prefix: str = Field(max_length=12)  # first characters, to tell tokens apart in lists
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime | None = None
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything here is stored in UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


# --- users ----------------------------------------------------------------------------


def create_user(session: Session, *, name: str, role: str, password: str) -> User:
    if not NAME_PATTERN.match(name):
        raise AccountError("user name must be 2-40 lower-case letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise AccountError(f"role must be one of: {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must be at least {MIN_PASSWORD} characters")
    if find_user(session, name=name) is not None:
        raise AccountError(f"user {name!r} already exists")
    user = User(name=name, role=role, password_hash=_hasher.hash(password))
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, *, name: str) -> User | None:
    return session.execute(select(User).where(User.name == name)).scalar_one_or_none()


def list_users(session: Session) -> list[User]:
    return list(session.execute(select(User).order_by(col(User.name))).scalars())


def set_password(session: Session, *, user: User, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must be at least {MIN_PASSWORD} characters")
    user.password_hash = _hasher.hash(password)


def unlock_user(session: Session, *, name: str) -> User:
    user = find_user(session, name=name)
    if user is None:
        raise AccountError(f"no user named {name!r}")
    user.failed_logins = 0
    user.locked_until = None
    return user


def is_locked(user: User, now: datetime | None = None) -> bool:
    until = _aware(user.locked_until)
    return until is not None and until > (now or utcnow())


@dataclass(frozen=True)
class SignInResult:
    """What a sign-in attempt came to. `user` is set whenever the name is known."""

    outcome: str  # "ok" | "bad_password" | "unknown_user" | "locked" | "inactive"
    user: User | None = None
    just_locked: bool = False  # this failure locked the account

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


def check_sign_in(
    session: Session, *, name: str, password: str, now: datetime | None = None
) -> SignInResult:
    """Verify a password and keep the failure count; lock after MAX_FAILURES in a row.

    The count and the lock live in the database and change only by conditional
    UPDATEs, so parallel attempts cannot overwrite each other; an attempt that was
    being verified while the account got locked is answered "locked", even with the
    right password, so parallel guesses gain nothing over sequential ones."""
    now = now or utcnow()
    user = find_user(session, name=name.strip().lower())
    if user is None:
        _verify(_dummy_hash(), password)
        return SignInResult("unknown_user")
    _start_over_after_lock(session, user, now)
    if is_locked(user, now):
        # the same argon2 work as for any other answer, so the time taken tells nothing
        _verify(user.password_hash, password)
        return SignInResult("locked", user)
    if not _verify(user.password_hash, password):
        return _count_failure(session, user, now)
    if not user.active:
        return SignInResult("inactive", user)
    if not _clear_failures(session, user):
        return SignInResult("locked", user)
    user.last_sign_in_at = now
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return SignInResult("ok", user)


_NO_SYNC = {"synchronize_session": False}  # the row is expired and read again instead


def _start_over_after_lock(session: Session, user: User, now: datetime) -> None:
    """A lock that has run out clears the count it was set for (only that lock)."""
    if user.locked_until is None or is_locked(user, now):
        return
    session.execute(
        update(User)
        .where(col(User.id) == user.id, col(User.locked_until) == user.locked_until)
        .values(failed_logins=0, locked_until=None)
        .execution_options(**_NO_SYNC)
    )
    session.expire(user, ["failed_logins", "locked_until"])


def _count_failure(session: Session, user: User, now: datetime) -> SignInResult:
    """Count one failure in the database itself, not in this process's copy of the row:
    parallel attempts each add one (a read-modify-write would lose all but one), and
    the attempt that brings the count to MAX_FAILURES sets the lock."""
    assert user.id is not None
    counted = col(User.failed_logins) + 1
    failures = session.execute(
        update(User)
        .where(col(User.id) == user.id)
        .values(
            failed_logins=counted,
            locked_until=case(
                (counted == MAX_FAILURES, now + LOCK_FOR), else_=col(User.locked_until)
            ),
        )
        .returning(col(User.failed_logins))
        .execution_options(**_NO_SYNC)
    ).scalar_one()
    session.expire(user, ["failed_logins", "locked_until"])
    if failures < MAX_FAILURES:
        return SignInResult("bad_password", user)
    return SignInResult("locked", user, just_locked=failures == MAX_FAILURES)


def _clear_failures(session: Session, user: User) -> bool:
    """Reset the count after a right password; False when a lock landed meanwhile."""
    cleared = session.execute(
        update(User)
        .where(col(User.id) == user.id, col(User.locked_until).is_(None))
        .values(failed_logins=0)
        .execution_options(**_NO_SYNC)
    )
    session.expire(user, ["failed_logins", "locked_until"])
    return bool(cleared.rowcount)  # type: ignore[attr-defined]


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# --- web sessions ---------------------------------------------------------------------


def start_session(
    session: Session, *, user: User, lifetime: timedelta, now: datetime | None = None
) -> tuple[str, WebSession]:
    """A new session; returns the cookie value (shown once) and the row."""
    now = now or utcnow()
    assert user.id is not None
    token = secrets.token_urlsafe(32)
    row = WebSession(
        id_hash=digest(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + lifetime,
    )
    session.add(row)
    return token, row


def load_session(
    session: Session, *, token: str, now: datetime | None = None
) -> tuple[WebSession, User] | None:
    """The live session for a cookie value and its user, or None (expired, unknown, locked)."""
    now = now or utcnow()
    row = session.get(WebSession, digest(token))
    if row is None:
        return None
    expires = _aware(row.expires_at)
    user = session.get(User, row.user_id)
    if expires is None or expires <= now or user is None or not user.active:
        session.delete(row)
        return None
    if is_locked(user, now):
        return None  # refused, as its tokens are, until the lock ends or is lifted
    row.last_seen_at = now
    return row, user


def end_session(session: Session, *, token: str) -> None:
    row = session.get(WebSession, digest(token))
    if row is not None:
        session.delete(row)


def end_user_sessions(session: Session, *, user_id: int) -> int:
    rows = list(session.execute(select(WebSession).where(WebSession.user_id == user_id)).scalars())
    for row in rows:
        session.delete(row)
    return len(rows)


def purge_expired_sessions(session: Session, *, now: datetime | None = None) -> int:
    now = now or utcnow()
    rows = list(
        session.execute(select(WebSession).where(col(WebSession.expires_at) <= now)).scalars()
    )
    for row in rows:
        session.delete(row)
    return len(rows)


# --- API tokens -----------------------------------------------------------------------

TOKEN_PREFIX = "itk_"


def create_api_token(
    session: Session,
    *,
    user: User,
    label: str = "",
    lifetime: timedelta | None = None,
    now: datetime | None = None,
) -> tuple[str, ApiToken]:
    """A new bearer token for `user`; returns the token (shown once) and the row."""
    now = now or utcnow()
    assert user.id is not None
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id,
        label=label[:100],
        token_hash=digest(token),
        prefix=token[:12],
        created_at=now,
        expires_at=now + lifetime if lifetime else None,
    )
    session.add(row)
    session.flush()
    return token, row


def user_for_token(
    session: Session, *, token: str, now: datetime | None = None
) -> tuple[ApiToken, User] | None:
    now = now or utcnow()
    row = session.execute(
        select(ApiToken).where(ApiToken.token_hash == digest(token))
    ).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    expires = _aware(row.expires_at)
    if expires is not None and expires <= now:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active or is_locked(user, now):
        return None  # a locked account is locked for its tokens too
    row.last_used_at = now
    return row, user


def revoke_user_tokens(session: Session, *, user_id: int, now: datetime | None = None) -> int:
    """Revoke every live token of a user (a new password ends them); how many."""
    rows = session.execute(
        select(ApiToken).where(ApiToken.user_id == user_id, col(ApiToken.revoked_at).is_(None))
    ).scalars()
    count = 0
    for row in rows:
        row.revoked_at = now or utcnow()
        count += 1
    return count


def revoke_api_token(session: Session, *, token_id: int, now: datetime | None = None) -> bool:
    row = session.get(ApiToken, token_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = now or utcnow()
    return True
