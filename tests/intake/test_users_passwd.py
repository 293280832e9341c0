"""`intake users passwd`: the new password works, the old one not, and sessions end."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from support.invoke import invoke

from intake.context import open_context
from intake.settings import load_settings
from storage.accounts import check_sign_in, find_user, load_session, start_session
from storage.db import transaction


def test_passwd_replaces_the_password_and_signs_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first-password-123\n"))
    code, _, err = invoke(capsys, "users", "add", "somsri", "--role", "staff", "--password-stdin")
    assert code == 0, err
    ctx = open_context(load_settings())
    with transaction(ctx.engine) as session:
        user = find_user(session, name="somsri")
        assert user is not None
        cookie, _ = start_session(session, user=user, lifetime=timedelta(hours=1))

    monkeypatch.setattr("sys.stdin", io.StringIO("second-password-456\n"))
    code, out, err = invoke(capsys, "users", "passwd", "somsri", "--password-stdin")
    assert code == 0, err
    assert "1 session(s) signed out" in out
    assert "second-password-456" not in out + err

    with transaction(ctx.engine) as session:
        assert load_session(session, token=cookie) is None
        assert not check_sign_in(session, name="somsri", password="first-password-123").ok
    with transaction(ctx.engine) as session:
        assert check_sign_in(session, name="somsri", password="second-password-456").ok


def test_passwd_for_an_unknown_user_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("whatever-password-1\n"))
    code, _, err = invoke(capsys, "users", "passwd", "nobody", "--password-stdin")
    assert code != 0
    lines = [line for line in err.splitlines() if line.startswith("intake:")]
    assert lines == ["intake: no user named 'nobody'"]
