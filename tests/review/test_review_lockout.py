"""Lock-out under attack (issue 9, items 4 and 5).

Parallel wrong passwords must lock the account however they arrive (SQLite and
PostgreSQL, and a real server); a locked and an unknown account answer alike; an API
token stops working when the password is changed and while the account is locked.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from servers import LOOPBACK, free_port, port_accepts, wait_until
from sqlmodel import Session
from support.invoke import invoke

from intake.context import Context, open_context
from intake.settings import Settings, load_settings
from review.app import create_app
from review.options import WebOptions
from storage import accounts
from storage.db import make_engine, migrate, transaction
from tests.review.conftest import csrf_of
from tests.review.review_seed import PASSWORD, add_users

PARALLEL = 24


def hammer(engine: object, name: str) -> list[str]:
    """PARALLEL wrong passwords at once, each in its own session and thread."""
    start = threading.Barrier(PARALLEL)

    def attempt(_: int) -> str:
        start.wait()
        with Session(engine) as session:  # type: ignore[arg-type]
            outcome = accounts.check_sign_in(session, name=name, password="wrong guess").outcome
            session.commit()
            return outcome

    with ThreadPoolExecutor(PARALLEL) as pool:
        return list(pool.map(attempt, range(PARALLEL)))


def assert_locked(engine: object, name: str) -> None:
    with Session(engine) as session:  # type: ignore[arg-type]
        user = accounts.find_user(session, name=name)
        assert user is not None and accounts.is_locked(user), "24 wrong passwords, no lock"
        assert not accounts.check_sign_in(session, name=name, password=PASSWORD).ok


def test_parallel_wrong_passwords_lock_on_sqlite(tmp_path: Path) -> None:
    ctx = open_context(Settings(data_dir=tmp_path))
    with transaction(ctx.engine) as session:
        accounts.create_user(session, name="target", role="staff", password=PASSWORD)
    outcomes = hammer(ctx.engine, "target")
    assert outcomes.count("bad_password") <= accounts.MAX_FAILURES - 1
    assert_locked(ctx.engine, "target")


def test_parallel_wrong_passwords_lock_on_postgres(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    migrate(engine)
    with transaction(engine) as session:
        accounts.create_user(session, name="target", role="staff", password=PASSWORD)
    outcomes = hammer(engine, "target")
    assert outcomes.count("bad_password") <= accounts.MAX_FAILURES - 1
    assert_locked(engine, "target")
    engine.dispose()  # type: ignore[attr-defined]


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[tuple[str, Context]]:
    """The web app under uvicorn on a free loopback port, in this process."""
    ctx = open_context(Settings(data_dir=tmp_path))
    add_users(ctx)
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=LOOPBACK, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(lambda: port_accepts(port), timeout=20, what="uvicorn")
    yield f"http://{LOOPBACK}:{port}", ctx
    server.should_exit = True
    thread.join(timeout=20)


def post_login(base: str, name: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=base, timeout=120) as client:
        form = client.get("/login")
        return client.post(
            "/login",
            data={"name": name, "password": password, "csrf_token": csrf_of(form.text)},
        )


def test_parallel_wrong_passwords_against_a_real_server_lock(
    live_server: tuple[str, Context],
) -> None:
    base, ctx = live_server
    start = threading.Barrier(PARALLEL)

    def attempt(_: int) -> int:
        start.wait()
        return post_login(base, "staff1", "wrong guess").status_code

    with ThreadPoolExecutor(PARALLEL) as pool:
        codes = list(pool.map(attempt, range(PARALLEL)))
    assert codes == [401] * PARALLEL
    assert_locked(ctx.engine, "staff1")
    assert post_login(base, "staff1", PASSWORD).status_code == 401


def _without_tokens(page: str) -> str:
    return re.sub(r'value="[^"]{20,}"', 'value=""', page)


def test_a_locked_and_an_unknown_account_answer_alike(
    store: Context, app_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    with transaction(store.engine) as session:
        accounts.create_user(session, name="locked1", role="staff", password=PASSWORD)
    for _ in range(accounts.MAX_FAILURES):
        form = app_client.get("/login")
        app_client.post(
            "/login", data={"name": "locked1", "password": "x", "csrf_token": csrf_of(form.text)}
        )
    verified: list[str] = []
    real_verify = accounts._verify

    def counting_verify(password_hash: str, password: str) -> bool:
        verified.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", counting_verify)
    answers = {}
    for name, password in (("locked1", PASSWORD), ("nosuchuser", PASSWORD)):
        form = app_client.get("/login")
        response = app_client.post(
            "/login", data={"name": name, "password": password, "csrf_token": csrf_of(form.text)}
        )
        answers[name] = (response.status_code, _without_tokens(response.text))
    assert answers["locked1"] == answers["nosuchuser"]
    assert answers["locked1"][0] == 401
    # the same argon2 work either way: one verification each, so timing tells nothing
    assert len(verified) == 2 and all(h.startswith("$argon2id$") for h in verified)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_a_token_dies_with_users_passwd_and_is_refused_while_locked(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    database: str,
) -> None:
    from tests.support.cli import write_config

    url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "data", mailboxes=[], database_url=url
    )
    ctx = open_context(load_settings(config))
    assert ctx.engine.dialect.name == database
    add_users(ctx)
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))

    def new_token(user: str) -> dict[str, str]:
        code, out, err = invoke(capsys, "--config", str(config), "tokens", "create", "--user", user)
        assert code == 0, err
        return {"Authorization": f"Bearer {out.strip()}"}

    with TestClient(app) as client:
        first = new_token("staff1")
        assert client.get("/api/cases", headers=first).status_code == 200
        monkeypatch.setattr("sys.stdin", io.StringIO("a-brand-new-password-1\n"))
        code, out, err = invoke(
            capsys, "--config", str(config), "users", "passwd", "staff1", "--password-stdin"
        )
        assert code == 0, err
        assert "1 token(s) revoked" in out
        assert client.get("/api/cases", headers=first).status_code == 401

        second = new_token("staff2")
        assert client.get("/api/cases", headers=second).status_code == 200
        with transaction(ctx.engine) as session:
            for _ in range(accounts.MAX_FAILURES):
                accounts.check_sign_in(session, name="staff2", password="wrong guess")
        assert client.get("/api/cases", headers=second).status_code == 401
        with transaction(ctx.engine) as session:
            accounts.unlock_user(session, name="staff2")
        assert client.get("/api/cases", headers=second).status_code == 200
