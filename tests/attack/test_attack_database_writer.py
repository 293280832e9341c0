"""Attack: a clerk who can also write to the database. They download an attachment of
their own case (a reveal: the file is unmasked, a scanned ID card for one), then cut the
audit trail back to before it, with the stored checkpoints, so that no one learns they
looked.

With `[audit] witness_dir` set, every reveal reaches the witness at once; so the cut
shows in `intake audit verify`. Found by this attack (failed before the fix in
review/routes/cases.py): the case page's reveal reached the witness, but an attachment
download was recorded only as an ordinary read of the raw mail ("message.raw", which
every masked case view also writes), so it reached the witness at most ten minutes
later, from the worker, and a cut before then went unnoticed.

The cut tail after a CLI export, the rewritten chain and the periodic checkpoint are in
tests/privacy_store/test_witness.py.
"""

from __future__ import annotations

import os
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from intake.context import Context, open_context
from intake.settings import load_settings
from review.app import create_app
from review.options import WebOptions
from tests.review.conftest import receipt_of, sign_in
from tests.review.review_seed import add_users, import_mails, person, request_mail
from tests.support.cli import write_config
from tests.support.invoke import invoke
from tests.support.privacy_seed import lift_audit_guard

OWNER = person(701)


def _with_scan() -> bytes:
    mail = message_from_bytes(request_mail(OWNER), policy=policy.default)
    assert isinstance(mail, EmailMessage)
    mail.add_attachment(
        f"บัตรประชาชน {OWNER.national_id}".encode(),
        maintype="text",
        subtype="plain",
        filename="scan.txt",
    )
    return bytes(mail)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Context, Path]:
    for key in [k for k in os.environ if k.startswith("INTAKE_")]:
        monkeypatch.delenv(key)
    witness = tmp_path / "witness"
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[],
        **{"audit.witness_dir": witness},
    )
    ctx = open_context(load_settings(config))
    import_mails(ctx, tmp_path / "in", [_with_scan()])
    add_users(ctx)
    return config, ctx, witness


def _witness_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("checkpoint-*.txt"))


def test_a_cut_after_an_attachment_download_fails_verify(
    store: tuple[Path, Context, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx, witness = store
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as client:
        csrf = sign_in(client, "staff1")
        receipt = receipt_of(client, csrf, OWNER)
        take = {"assignee": "me", "csrf_token": csrf}
        assert client.post(f"/cases/{receipt}/assign", data=take).status_code == 200
        code, _, err = invoke(capsys, "--config", str(config), "audit", "checkpoint")
        assert code == 0, err
        with ctx.engine.connect() as conn:
            before = conn.execute(text("SELECT max(id) FROM audit_entries")).scalar_one()
        files_before = len(_witness_files(witness))

        download = client.post(
            f"/cases/{receipt}/attachments/0",
            data={"reason": "ตรวจเอกสารแนบ", "csrf_token": csrf},
        )
        assert download.status_code == 200
        assert OWNER.national_id.encode() in download.content  # it was a reveal

    assert len(_witness_files(witness)) == files_before + 1, (
        "the download did not reach the witness"
    )
    lift_audit_guard(ctx.engine)
    with ctx.engine.begin() as conn:  # the clerk cuts the trail back to before the download
        conn.execute(text("DELETE FROM audit_entries WHERE id > :n"), {"n": before})
        conn.execute(text("DELETE FROM audit_checkpoints"))
    code, _, err = invoke(capsys, "--config", str(config), "audit", "verify")
    assert code == 1, "the cut went unnoticed"
    assert "witness" in err
