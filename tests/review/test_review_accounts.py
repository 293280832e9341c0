"""Accounts: argon2 hashes, lock-out after five failures, sessions, API tokens."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from intake.context import open_context
from intake.settings import Settings
from storage import accounts
from storage.accounts import AccountError
from storage.models import utcnow


@pytest.fixture
def session(tmp_path: Path) -> Session:
    ctx = open_context(Settings(data_dir=tmp_path))
    with Session(ctx.engine, expire_on_commit=False) as s:
        yield s  # type: ignore[misc]


def test_password_is_stored_as_an_argon2_hash(session: Session) -> None:
    user = accounts.create_user(session, name="anong", role="staff", password="s3cret-enough")
    assert user.password_hash.startswith("$argon2id$")
    assert "s3cret-enough" not in user.password_hash
    assert "s3cret" not in repr(user)
    assert accounts.check_sign_in(session, name="anong", password="s3cret-enough").ok


def test_bad_names_roles_and_short_passwords_are_refused(session: Session) -> None:
    with pytest.raises(AccountError):
        accounts.create_user(session, name="Bad Name", role="staff", password="long enough pw")
    with pytest.raises(AccountError):
        accounts.create_user(session, name="ok", role="king", password="long enough pw")
    with pytest.raises(AccountError):
        accounts.create_user(session, name="ok", role="staff", password="short")
    accounts.create_user(session, name="ok", role="staff", password="long enough pw")
    with pytest.raises(AccountError):
        accounts.create_user(session, name="ok", role="staff", password="long enough pw")


def test_five_failures_lock_the_account_for_fifteen_minutes(session: Session) -> None:
    accounts.create_user(session, name="malee", role="staff", password="right password")
    now = utcnow()
    outcomes = [
        accounts.check_sign_in(session, name="malee", password="wrong", now=now).outcome
        for _ in range(5)
    ]
    assert outcomes == ["bad_password"] * 4 + ["locked"]
    locked = accounts.check_sign_in(session, name="malee", password="right password", now=now)
    assert locked.outcome == "locked" and not locked.just_locked
    later = now + accounts.LOCK_FOR + timedelta(seconds=1)
    assert accounts.check_sign_in(session, name="malee", password="right password", now=later).ok


def test_unlock_lifts_the_lock(session: Session) -> None:
    accounts.create_user(session, name="pim", role="staff", password="right password")
    for _ in range(5):
        accounts.check_sign_in(session, name="pim", password="wrong")
    assert (
        accounts.check_sign_in(session, name="pim", password="right password").outcome == "locked"
    )
    accounts.unlock_user(session, name="pim")
    assert accounts.check_sign_in(session, name="pim", password="right password").ok


def test_unknown_user_is_reported_without_a_user(session: Session) -> None:
    result = accounts.check_sign_in(session, name="nobody", password="whatever")
    assert result.outcome == "unknown_user" and result.user is None


def test_sessions_expire_and_are_stored_only_as_digests(session: Session) -> None:
    user = accounts.create_user(session, name="chai", role="staff", password="right password")
    token, row = accounts.start_session(session, user=user, lifetime=timedelta(hours=1))
    assert row.id_hash != token and len(token) >= 40
    assert accounts.load_session(session, token=token) is not None
    later = utcnow() + timedelta(hours=2)
    assert accounts.load_session(session, token=token, now=later) is None
    assert accounts.load_session(session, token="not-a-session") is None


def test_api_tokens_resolve_to_their_user_until_revoked(session: Session) -> None:
    user = accounts.create_user(session, name="robot", role="staff", password="right password")
    token, row = accounts.create_api_token(session, user=user, label="erp")
    found = accounts.user_for_token(session, token=token)
    assert found is not None and found[1].name == "robot"
    assert row.token_hash != token
    assert row.id is not None and accounts.revoke_api_token(session, token_id=row.id)
    assert accounts.user_for_token(session, token=token) is None
