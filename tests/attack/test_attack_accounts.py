"""Attack: a web session (a cookie someone else holds: a shared computer, a stolen
laptop) against the account controls. Tokens are attacked in tests/review
(test_review_lockout.py: 24 parallel wrong passwords lock on SQLite, PostgreSQL and a
real server; locked and unknown answer alike; a token dies with `users passwd` and is
refused while locked). The same promises, for the web session:

- it dies with `intake users passwd` (run as the operator runs it);
- it is refused while the account is locked, and works again once unlocked.

Found by this attack (failed before the fix in storage/accounts.py): a session went on
working while its account was locked, though `load_session` said it would not and API
tokens were already refused.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from intake.context import open_context
from intake.settings import load_settings
from review.app import create_app
from review.options import WebOptions
from storage import accounts
from storage.db import transaction
from tests.review.conftest import sign_in
from tests.review.review_seed import add_users
from tests.support.cli import write_config
from tests.support.invoke import invoke


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, TestClient]:
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "data", mailboxes=[])
    ctx = open_context(load_settings(config))
    add_users(ctx)
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    return config, TestClient(app, follow_redirects=False)


def _signed_in(client: TestClient) -> bool:
    response = client.get("/queue")
    return response.status_code == 200


def test_a_web_session_dies_with_users_passwd(
    setup: tuple[Path, TestClient],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config, client = setup
    with client:
        client.follow_redirects = True
        sign_in(client, "staff1")
        client.follow_redirects = False
        assert _signed_in(client)
        monkeypatch.setattr("sys.stdin", io.StringIO("a-brand-new-password-1\n"))
        code, _, err = invoke(
            capsys, "--config", str(config), "users", "passwd", "staff1", "--password-stdin"
        )
        assert code == 0, err
        assert not _signed_in(client), "the old cookie outlived the new password"


def test_a_web_session_is_refused_while_the_account_is_locked(
    setup: tuple[Path, TestClient],
) -> None:
    config, client = setup
    ctx = open_context(load_settings(config))
    with client:
        client.follow_redirects = True
        sign_in(client, "staff2")
        client.follow_redirects = False
        assert _signed_in(client)
        with transaction(ctx.engine) as session:
            for _ in range(accounts.MAX_FAILURES):
                accounts.check_sign_in(session, name="staff2", password="wrong guess")
        assert not _signed_in(client), "a locked account's session went on working"
        assert client.get("/api/cases").status_code == 401
        with transaction(ctx.engine) as session:
            accounts.unlock_user(session, name="staff2")
        assert _signed_in(client), "unlocked, the session is good again"
