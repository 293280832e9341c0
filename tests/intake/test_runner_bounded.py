"""The runner parses outside any transaction, in the sandbox: a message over its limit
costs itself an attempt with the reason and is quarantined after max_attempts; while it
is being parsed, the database stays writable for everyone else (polling, the web app)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlmodel import select

from intake.context import Context, open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Message, MessageState
from tests.hostile.hostile_mail import mail_with_pdf, slow_pdf


def many_parts_mail(parts: int = 900) -> bytes:
    """Under the count read flat (extractors.mime.MAX_TREE_PARTS): the stdlib builds
    its tree, a tenth of a second or more, and no reader's budget can cut a parse."""
    body = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(parts))
    return (
        b"From: a@example.org\r\nSubject: parts\r\nMessage-ID: <parts@example.org>\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + body
        + b"--b--\r\n"
    )


def setup(
    tmp_path: Path,
    *,
    parse_seconds: float,
    max_attempts: int,
    retry_s: int = 0,
    raw: bytes | None = None,
) -> Context:
    config = tmp_path / "agency.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "var"}"\n'
        f"max_attempts = {max_attempts}\nretry_base_seconds = {retry_s}\n"
        f"[limits]\nparse_seconds = {parse_seconds}\n"
        f'[[mailboxes]]\nname = "drop"\nkind = "folder"\npath = "{tmp_path / "inbox"}"\n',
        encoding="utf-8",
    )
    ctx = open_context(load_settings(config))
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "slow.eml").write_bytes(raw or mail_with_pdf(slow_pdf(4), 21))
    poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
    return ctx


def only_message(ctx: Context) -> Message:
    with transaction(ctx.engine) as session:
        (message,) = session.execute(select(Message)).scalars()
        session.expunge(message)
    return message


def test_a_message_over_its_time_limit_counts_attempts_then_is_quarantined(
    tmp_path: Path,
) -> None:
    # A parse over its limit (a slow attachment is only a defect now, its reader cut
    # short within the message's time: tests/hostile/test_reader_budget.py)
    ctx = setup(tmp_path, parse_seconds=0.01, max_attempts=2, retry_s=3600, raw=many_parts_mail())
    process_due(ctx)
    first = only_message(ctx)
    assert first.state == MessageState.RECEIVED and first.attempts == 1
    assert first.last_error == "parse: parsing took longer than 0.01 s and was stopped"
    assert first.next_attempt_at is not None  # backoff: not tried again at once
    assert process_due(ctx) == 0
    with transaction(ctx.engine) as session:
        session.execute(text("UPDATE messages SET next_attempt_at = NULL"))
    process_due(ctx)
    second = only_message(ctx)
    assert second.state == MessageState.QUARANTINED and second.attempts == 2
    assert second.quarantined_from == MessageState.RECEIVED
    assert "longer than 0.01 s" in (second.state_reason or "")


def test_the_database_stays_writable_while_a_message_is_parsed(tmp_path: Path) -> None:
    ctx = setup(tmp_path, parse_seconds=120, max_attempts=3)
    stop = threading.Event()
    worker = threading.Thread(target=process_due, args=(ctx,), kwargs={"stop": stop})
    worker.start()
    try:
        # The batch reads the raw mail in a short transaction, then parses and extracts
        # in one child call, which on this mail takes far longer than this test.
        time.sleep(2)
        # Another connection writes with a short busy timeout: it would fail with
        # "database is locked" if the runner held the write lock while parsing.
        other = create_engine(ctx.settings.database_url, connect_args={"timeout": 2})
        with other.begin() as connection:
            connection.execute(text("UPDATE messages SET updated_at = updated_at"))
        other.dispose()
        assert worker.is_alive()  # still parsing: the write did not wait for it
    finally:
        stop.set()
        worker.join(timeout=60)
    assert not worker.is_alive()
    message = only_message(ctx)
    assert message.state in MessageState.PENDING and message.attempts == 0
