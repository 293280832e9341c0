"""Attack: a clerk who can also write to the database. They download an attachment of
their own case, or look at its page image (a reveal: unmasked, a scanned ID card for
one), then cut the audit trail back to before it, with the stored checkpoints, so that
no one learns they looked.

With `[audit] witness_dir` set, every reveal reaches the witness at once; so the cut
shows in `intake audit verify`. Found by this attack (failed before the fix in
review/routes/cases.py): the case page's reveal reached the witness, but an attachment
download was recorded only as an ordinary read of the raw mail ("message.raw", which
every masked case view also writes), so it reached the witness at most ten minutes
later, from the worker, and a cut before then went unnoticed. The page image shown
beside the fields (an unmasked picture of a scanned form or ID card) had the same hole
until it got its own entry, "attachment.page_image", marked a reveal.

The cut tail after a CLI export, the rewritten chain and the periodic checkpoint are in
tests/privacy_store/test_witness.py.
"""

from __future__ import annotations

import io
import os
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw
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


def _photo_of_the_card() -> bytes:
    picture = Image.new("RGB", (480, 120), "white")
    ImageDraw.Draw(picture).text((20, 50), f"ID {OWNER.national_id}", fill="black")
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def _with_scan() -> bytes:
    mail = message_from_bytes(request_mail(OWNER), policy=policy.default)
    assert isinstance(mail, EmailMessage)
    mail.add_attachment(
        f"บัตรประชาชน {OWNER.national_id}".encode(),
        maintype="text",
        subtype="plain",
        filename="scan.txt",
    )
    mail.add_attachment(_photo_of_the_card(), maintype="image", subtype="png", filename="id.png")
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


# what the clerk asks for: the attachment itself, or the page image shown beside the
# fields (a reveal too: the picture is unmasked)
REVEALS = {
    "download": ("/attachments/0", "text/plain"),
    "page image": ("/attachments/1/pages/1", "image/png"),
}


@pytest.mark.parametrize("reveal", list(REVEALS))
def test_a_cut_after_an_attachment_reveal_fails_verify(
    store: tuple[Path, Context, Path], capsys: pytest.CaptureFixture[str], reveal: str
) -> None:
    config, ctx, witness = store
    path, served = REVEALS[reveal]
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

        shown = client.post(
            f"/cases/{receipt}{path}", data={"reason": "ตรวจเอกสารแนบ", "csrf_token": csrf}
        )
        assert shown.status_code == 200
        if served == "text/plain":
            assert OWNER.national_id.encode() in shown.content  # it was a reveal
        else:
            assert shown.headers["content-type"] == served
            assert Image.open(io.BytesIO(shown.content)).size[0] >= 480  # the whole card

    assert len(_witness_files(witness)) == files_before + 1, (
        f"the {reveal} did not reach the witness"
    )
    lift_audit_guard(ctx.engine)
    with ctx.engine.begin() as conn:  # the clerk cuts the trail back to before the download
        conn.execute(text("DELETE FROM audit_entries WHERE id > :n"), {"n": before})
        conn.execute(text("DELETE FROM audit_checkpoints"))
    code, _, err = invoke(capsys, "--config", str(config), "audit", "verify")
    assert code == 1, "the cut went unnoticed"
    assert "witness" in err
