"""A message staged alone locks its request's fingerprint before the audit chain.

A batch locks its fingerprints first and appends its audit entries at its end, under
the chain's lock. A message on the stage-by-stage path (one that failed before, say)
that read something through the privacy door before looking for an earlier sending
(the stored request of a case whose receipt number its text names) held the chain's
lock when it asked for its fingerprint's: with a batch holding that fingerprint and
wanting the chain, each waited for the other, and PostgreSQL broke the deadlock by
failing one of them (an attempt counted against the message, or a batch undone)."""

from __future__ import annotations

import threading
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text
from support.cli import write_config
from support.pg_locks import someone_waits_on_an_advisory_lock

from extractors.mime import parse_message
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.resend import read_earlier_requests
from intake.runner import process_message, run_one_stage
from intake.settings import load_settings
from storage.audit import append_audit
from storage.db import transaction
from storage.models import Message, MessageState
from storage.privacy import SYSTEM

TEXT = "ข้าพเจ้า นายทดสอบ ลำดับล็อก ขอคัดสำเนาทะเบียนบ้าน โทร 081-234-5678"


def _mail(n: int, sender: str, body: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "ขอคัดสำเนาทะเบียนบ้าน"
    mail["Message-ID"] = f"<lock-order-{n}@example.org>"
    mail.set_content(body)
    return mail.as_bytes()


def _import(ctx: Context, path: Path, raw: bytes) -> int:
    path.write_bytes(raw)
    import_paths(ctx, [path])
    with transaction(ctx.engine) as session:
        found = session.execute(text("SELECT max(id) FROM messages")).scalar_one()
    return int(found)


@pytest.fixture
def ctx(tmp_path: Path, postgres_url: str) -> Context:
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[], database_url=postgres_url
    )
    return open_context(load_settings(config))


def test_a_message_staged_alone_does_not_deadlock_with_a_batch(
    ctx: Context, tmp_path: Path
) -> None:
    first = _import(ctx, tmp_path / "1.eml", _mail(1, "owner@example.org", TEXT))
    process_message(ctx, first)
    with transaction(ctx.engine) as session:
        receipt = session.execute(
            text("SELECT receipt_no FROM cases WHERE message_id = :m"), {"m": first}
        ).scalar_one()
    # a neighbour names that case's number: classify reads its request (audited) to see
    # whether she wrote it, then looks for an earlier sending of her own request
    body = f"{TEXT}\nเรื่องเดียวกับเลขรับ {receipt} ของเพื่อนบ้าน"
    raw = _mail(2, "neighbour@example.org", body)
    second = _import(ctx, tmp_path / "2.eml", raw)
    while True:
        with transaction(ctx.engine) as session:
            message = session.get(Message, second)
            assert message is not None
            if message.state == MessageState.PARSED:
                break
        assert run_one_stage(ctx, second) is not None
    parsed = parse_message(raw)

    with transaction(ctx.engine) as batch:  # another worker's batch holding the fingerprint
        read_earlier_requests(batch, ctx, [(second, parsed)])
        thread = threading.Thread(target=run_one_stage, args=(ctx, second))
        thread.start()
        waited = someone_waits_on_an_advisory_lock(ctx.engine)
        assert waited, "the message staged alone did not wait"
        # the batch's end: its audit entries, under the chain's lock (a deadlock here
        # before: PostgreSQL fails this statement or the other worker's after a second)
        append_audit(batch, actor=SYSTEM, action="test.batch_end")
    thread.join(timeout=60)
    assert not thread.is_alive()

    with transaction(ctx.engine) as session:
        message = session.get(Message, second)
        assert message is not None
        attempts, error, state = message.attempts, message.last_error, message.state
    assert attempts == 0, error
    assert state not in (MessageState.PARSED, MessageState.QUARANTINED)
