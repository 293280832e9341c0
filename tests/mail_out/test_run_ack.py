"""The first Done-means line of issue 10, end to end on the real servers: a request appended
to Dovecot while `intake run` runs becomes a case and a threaded acknowledgement at the SMTP
server, whose signed receipt validates with pyHanko and whose hash `/verify` confirms (and
refuses once changed). The poll is set to once a day, so the mail can only be taken because
the worker waits in IMAP IDLE. The delay itself is measured in bench/bench_ack_delay.py,
never asserted here."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from servers.smtp import CapturedMessage, SmtpSink
from sqlmodel import col, select
from support.cli import PASSWORD_ENV, REPO, imap_mailbox, status_json
from support.mailgen import make_mail

from intake.capture import content_hash
from intake.context import open_context
from intake.mail_out.signing import signing_paths
from intake.settings import load_settings
from review.app import create_app
from review.options import WebOptions
from storage.db import transaction
from storage.models import Case, Message
from tests.mail_out.mail_support import FRESH, parse, smtp_section, validate, write_mail_config

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ONCE_A_DAY = 86400
PATIENCE_SECONDS = 120  # generous for a loaded machine; the figure is in bench/


def _ack_to(sink: SmtpSink, message_id: str) -> CapturedMessage | None:
    for captured in list(sink.messages):
        if str(parse(captured.raw).get("In-Reply-To", "")).strip() == message_id:
            return captured
    return None


def _wait_for_ack(sink: SmtpSink, message_id: str, worker: subprocess.Popen[bytes]) -> Any:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while time.monotonic() < deadline:
        found = _ack_to(sink, message_id)
        if found is not None:
            return found
        assert worker.poll() is None, "the worker ended on its own"
        time.sleep(0.2)
    raise AssertionError(f"no acknowledgement to {message_id} within {PATIENCE_SECONDS} s")


def test_mail_appended_while_run_runs_gets_a_threaded_signed_ack_that_verify_confirms(
    tmp_path: Path,
    imap_account,  # type: ignore[no-untyped-def]
    smtp_messages: SmtpSink,
) -> None:
    config = write_mail_config(
        tmp_path,
        sections={
            "ack": FRESH,
            "agency": {"name_th": "อบต.ทดสอบ", "name_en": "Test SAO"},
            "smtp": smtp_section(smtp_messages),
        },
        mailboxes=[imap_mailbox(imap_account, poll_seconds=ONCE_A_DAY)],
    )
    assert status_json(config)["cases"] == 0  # the store exists before the worker starts
    env = dict(os.environ, **{PASSWORD_ENV: imap_account.password})
    worker = subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "run", "--no-samples"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    requests = [make_mail(700 + n) for n in range(2)]
    try:
        acks = []
        for request in requests:  # the second arrives while the worker idles after the first
            imap_account.append("INBOX", request.raw)
            acks.append(_wait_for_ack(smtp_messages, parse(request.raw)["Message-ID"], worker))
    finally:
        worker.send_signal(signal.SIGTERM)
        _, stderr = worker.communicate(timeout=60)
    assert worker.returncode == 0, stderr.decode(errors="replace")[-2000:]
    assert len(smtp_messages.messages) == 2  # one acknowledgement each, nothing more

    settings = load_settings(config)
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:  # the cases, by the hash of the mail received
        receipts = {
            sha: receipt
            for receipt, sha in session.execute(
                select(Case.receipt_no, Message.sha256).join(
                    Message, col(Message.id) == col(Case.message_id)
                )
            ).all()
        }
    assert set(receipts) == {content_hash(r.raw) for r in requests}
    client = TestClient(create_app(settings, ctx=ctx, options=WebOptions(secure_cookies="never")))
    for request, captured in zip(requests, acks, strict=True):
        ack, original = parse(captured.raw), parse(request.raw)
        assert captured.rcpt_tos == [request.sender]
        assert original["Message-ID"] in ack["References"]
        assert ack["Auto-Submitted"] == "auto-replied"
        [pdf_part] = [
            p for p in ack.iter_attachments() if p.get_content_type() == "application/pdf"
        ]
        pdf = pdf_part.get_content()
        assert validate(pdf, signing_paths(settings)[1]) == (True, True, True)
        sha = content_hash(request.raw)
        receipt = receipts[sha]
        assert receipt in ack["Subject"]
        body = ack.get_body(("plain",))
        assert body is not None and f"/verify?receipt={receipt}&sha256={sha}" in body.get_content()
        ok = client.get("/verify", params={"receipt": receipt, "sha256": sha})
        assert 'data-outcome="confirmed"' in ok.text
        changed = sha[:-1] + ("0" if sha[-1] != "0" else "1")
        refused = client.get("/verify", params={"receipt": receipt, "sha256": changed})
        assert 'data-outcome="not_confirmed"' in refused.text
