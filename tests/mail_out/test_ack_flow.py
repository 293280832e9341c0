"""A request dropped in the inbox becomes a case and a threaded, signed acknowledgement
at a real SMTP server (aiosmtpd on loopback); the receipt validates with pyHanko."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from servers import closed_port
from servers.smtp import SmtpSink
from sqlmodel import select
from support.cli import run_cli, status_json
from support.mailgen import make_mail

from intake.capture import content_hash
from intake.context import Context
from intake.delivery import deliver_due
from intake.mail_out.signing import signing_paths
from intake.status import build_status
from storage.db import transaction
from storage.models import Case, Message
from storage.outbox import OutboxAttempt, OutboxRow, OutboxState
from storage.privacy import SYSTEM, open_outbox_payload
from tests.mail_out.mail_support import FRESH, drop, make_ctx, parse, validate, write_mail_config
from tests.mail_out.sinks import RefusingSink

pytestmark = pytest.mark.integration


def test_a_request_gets_one_threaded_signed_acknowledgement(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_messages)
    request = make_mail(1)
    drop(tmp_path, ctx, request.raw)
    run = deliver_due(ctx)
    assert run.sent == 1 and run.error is None
    [captured] = smtp_messages.wait_for(1)
    assert captured.rcpt_tos == [request.sender]
    ack = parse(captured.raw)
    with transaction(ctx.engine) as session:
        case = session.execute(select(Case)).scalar_one()
        message = session.get(Message, case.message_id)
        assert message is not None
        row = session.execute(select(OutboxRow)).scalar_one()
        attempts = list(session.execute(select(OutboxAttempt)).scalars())
    original = parse(request.raw)
    assert ack["In-Reply-To"] == original["Message-ID"]
    assert original["Message-ID"] in ack["References"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["X-Auto-Response-Suppress"] == "All"
    assert case.receipt_no in ack["Subject"]
    assert ack["Message-ID"].strip() == row.message_id
    assert row.state == OutboxState.SENT
    assert [a.outcome for a in attempts] == ["sent"]
    body = ack.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert case.receipt_no in text and "พ.ศ." in text and "dpo@agency.example.go.th" in text
    [pdf_part] = [p for p in ack.iter_attachments() if p.get_content_type() == "application/pdf"]
    pdf = pdf_part.get_content()
    assert validate(pdf, signing_paths(ctx.settings)[1]) == (True, True, True)
    key_file = signing_paths(ctx.settings)[0]
    assert key_file.stat().st_mode & 0o777 == 0o600  # made on first use, owner-only
    assert message.sha256 == content_hash(request.raw)
    assert message.sha256 in pdf_text(pdf)


def pdf_text(pdf: bytes) -> str:
    import subprocess

    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def test_without_smtp_the_ack_waits_and_leaves_with_the_same_message_id_later(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, None)  # the embedded default: no [smtp]
    drop(tmp_path, ctx, make_mail(2).raw)
    assert deliver_due(ctx).sent == 0
    with transaction(ctx.engine) as session:
        row = session.execute(select(OutboxRow)).scalar_one()
    assert row.state == OutboxState.PENDING and row.attempts == 0
    report = build_status(ctx)
    assert report.outbox is not None and report.outbox.pending == 1
    assert report.outbox.smtp.startswith("not configured")
    later = make_ctx(tmp_path, smtp_messages)  # the operator sets [smtp]
    assert deliver_due(later).sent == 1
    [captured] = smtp_messages.wait_for(1)
    assert parse(captured.raw)["Message-ID"].strip() == row.message_id


def test_a_wrong_smtp_setting_is_one_line_and_mail_waits(tmp_path: Path) -> None:
    port = closed_port()
    config = write_mail_config(
        tmp_path,
        sections={
            "ack": FRESH,
            "smtp": {
                "host": "127.0.0.1",
                "port": port,
                "security": "plain",
                "from_address": "saraban@agency.example.go.th",
            },
        },
    )
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "1.eml").write_bytes(make_mail(3).raw)
    done = run_cli(config, "poll", "--once", cwd=tmp_path)
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.startswith("intake:")]
    assert lines == [
        f"intake: smtp 127.0.0.1:{port}: cannot connect (Connection refused);"
        " check host, port and that the server runs"
    ]
    status = status_json(config)
    assert status["outbox"]["pending"] == 1
    assert status["outbox"]["smtp"].startswith(f"smtp 127.0.0.1:{port}: cannot connect")
    again = run_cli(config, "poll", "--once", cwd=tmp_path)  # nothing due: still checked
    assert again.returncode != 0 and "cannot connect" in again.stderr
    assert status_json(config)["outbox"]["pending"] == 1


def test_a_refused_recipient_fails_the_row_and_records_every_attempt(tmp_path: Path) -> None:
    sink = RefusingSink.start()
    try:
        ctx = make_ctx(
            tmp_path,
            None,
            smtp={
                "host": sink.host,
                "port": sink.port,
                "security": "plain",
                "from_address": "saraban@agency.example.go.th",
            },
        )
        drop(tmp_path, ctx, make_mail(4).raw)
        run = deliver_due(ctx)
    finally:
        sink.stop()
    assert run.failed == 1 and run.sent == 0
    with transaction(ctx.engine) as session:
        row = session.execute(select(OutboxRow)).scalar_one()
        attempts = list(session.execute(select(OutboxAttempt)).scalars())
    assert row.state == OutboxState.FAILED
    assert [(a.outcome, "550" in (a.error or "")) for a in attempts] == [("error", True)]


def test_an_erased_case_never_gets_its_waiting_mail_sent(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Erasure nulls the case's outgoing mail; a row whose key is gone some other way
    fails on its own and does not hold up the mail behind it."""
    from storage.models import DataKeyRecord
    from storage.privacy import SYSTEM
    from storage.retention import erase_case

    ctx = make_ctx(tmp_path, None)
    drop(tmp_path, ctx, make_mail(110).raw, make_mail(111).raw, make_mail(112).raw)
    with transaction(ctx.engine) as session:
        cases = list(session.execute(select(Case).order_by(Case.id)).scalars())  # type: ignore[arg-type]
        assert len(cases) == 3
        erase_case(session, case_id=cases[0].id, actor=SYSTEM, purpose="test erasure")  # type: ignore[arg-type]
        key = session.get(DataKeyRecord, cases[1].data_key_id)
        assert key is not None
        key.wrapped = None  # shredded without touching the outbox
    later = make_ctx(tmp_path, smtp_messages)
    run = deliver_due(later)
    assert (run.sent, run.failed) == (1, 1)
    [captured] = smtp_messages.wait_for(1)
    assert captured.rcpt_tos == [make_mail(112).sender]
    with transaction(ctx.engine) as session:
        rows = list(session.execute(select(OutboxRow).order_by(OutboxRow.id)).scalars())  # type: ignore[arg-type]
    assert [r.state for r in rows] == [OutboxState.FAILED, OutboxState.FAILED, OutboxState.SENT]
    assert rows[0].payload_enc is None and rows[0].attempts == 0
    assert rows[1].last_error == "case erased: its mail can no longer be sent"


def test_the_outbox_on_postgresql(
    tmp_path: Path,
    smtp_messages: SmtpSink,
    postgres_url: str,
) -> None:
    """The same path on PostgreSQL, where rows are claimed with FOR UPDATE SKIP LOCKED."""
    ctx = make_ctx(tmp_path, smtp_messages, database={"url": postgres_url})
    drop(tmp_path, ctx, make_mail(120).raw, make_mail(121).raw)
    assert deliver_due(ctx).sent == 2
    assert sorted(r for m in smtp_messages.wait_for(2) for r in m.rcpt_tos) == sorted(
        [make_mail(120).sender, make_mail(121).sender]
    )
    assert deliver_due(ctx).sent == 0  # nothing is sent twice


def test_the_stage_drafts_the_ack_and_the_sender_builds_it_once(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Rendering and signing the receipt (about 80 ms) is not done in the stage's write
    transaction: the row holds a draft until the sender builds it, and a retry after a
    failed send sends the very bytes built the first time."""
    down = {"host": "127.0.0.1", "port": closed_port(), "security": "plain"}
    ctx = make_ctx(tmp_path, None, smtp={**down, "from_address": "saraban@agency.example.go.th"})
    drop(tmp_path, ctx, make_mail(7).raw)
    with transaction(ctx.engine) as session:
        row = session.execute(select(OutboxRow)).scalar_one()
        assert row.payload_sha256 is None  # a draft, not yet a mail
    first = deliver_due(ctx)
    assert first.sent == 0 and first.error is not None  # built, then the server was down
    with transaction(ctx.engine) as session:
        built = session.execute(select(OutboxRow)).scalar_one()
    assert built.payload_sha256 is not None and built.state == OutboxState.PENDING
    again = make_ctx(tmp_path, smtp_messages)
    with transaction(again.engine) as session:  # due now rather than after the backoff
        session.execute(select(OutboxRow)).scalar_one().next_attempt_at = None
    assert deliver_due(again).sent == 1
    [captured] = smtp_messages.wait_for(1)
    sent = parse(captured.raw)
    assert sent["Message-ID"].strip() == built.message_id
    [pdf_part] = [p for p in sent.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert hashlib.sha256(pdf_part.get_content()).hexdigest() == _pdf_sha(again, built.id)


def _pdf_sha(ctx: Context, row_id: int | None) -> str:
    """The receipt's hash in the bytes the row kept after the first build."""
    assert row_id is not None
    with transaction(ctx.engine) as session:
        raw = open_outbox_payload(
            session, ctx.keyring, actor=SYSTEM, purpose="test:check", outbox_id=row_id
        )
    mail = parse(raw)
    [part] = [p for p in mail.iter_attachments() if p.get_content_type() == "application/pdf"]
    return hashlib.sha256(part.get_content()).hexdigest()
