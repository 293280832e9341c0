"""`intake tokens create | list | revoke`, in process, against a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from intake.cli import main
from intake.context import open_context
from intake.settings import load_settings
from review.app import create_app
from review.options import WebOptions
from tests.review.review_seed import add_users
from tests.support.cli import write_config


def test_create_list_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "data", mailboxes=[])
    ctx = open_context(load_settings(config))
    add_users(ctx)
    assert main(["--config", str(config), "tokens", "create", "--user", "nobody"]) == 1
    assert (
        main(["--config", str(config), "tokens", "create", "--user", "auditor", "--label", "erp"])
        == 0
    )
    token = capsys.readouterr().out.strip()
    assert token.startswith("itk_") and len(token) > 40
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app) as client:
        headers = {"Authorization": f"Bearer {token}"}
        assert client.get("/api/audit", headers=headers).status_code == 200
        assert main(["--config", str(config), "tokens", "list"]) == 0
        listing = capsys.readouterr().out
        assert "auditor" in listing and "active" in listing and token not in listing
        token_id = listing.split()[0]
        assert main(["--config", str(config), "tokens", "revoke", token_id]) == 0
        assert client.get("/api/audit", headers=headers).status_code == 401
        assert main(["--config", str(config), "tokens", "revoke", token_id]) == 1
