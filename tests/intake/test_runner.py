"""The runner owns failure: counted attempts, backoff, quarantine, release.

Failures are real: a message's encrypted blob is deleted or one byte of it flipped
after capture, so the parse stage cannot read it (BlobNotFoundError / DecryptError).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select
from support.cli import write_config
from support.invoke import invoke
from support.mailgen import GeneratedMail, make_mail

from intake.context import Context, open_context
from intake.errors import StageError
from intake.poll import poll_mailbox
from intake.runner import process_due, safe_reason
from intake.settings import load_settings
from intake.sources.folder import file_key
from storage.db import transaction
from storage.errors import DecryptError
from storage.models import Case, Message, MessageEvent


def setup(tmp_path: Path, **top: Any) -> tuple[Path, Context]:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[{"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox")}],
        **top,
    )
    return config, open_context(load_settings(config))


def capture_mails(tmp_path: Path, ctx: Context, mails: list[GeneratedMail]) -> list[int]:
    """Drop the mails, poll once (capture only), return their message ids in order."""
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    for n, mail in enumerate(mails):
        (inbox / f"{n:03d}.eml").write_bytes(mail.raw)
    result = poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
    assert result.ok and result.captured == len(mails)
    with transaction(ctx.engine) as session:
        ids = []
        for mail in mails:
            query = select(Message.id).where(Message.source_key == file_key("drop", mail.raw))
            ids.append(session.execute(query).scalar_one())
    return ids


def message(ctx: Context, message_id: int) -> Message:
    with transaction(ctx.engine) as session:
        found = session.get(Message, message_id)
        assert found is not None
        return found


def blob_path(ctx: Context, message_id: int) -> Path:
    name = message(ctx, message_id).blob_name
    assert name is not None
    return ctx.settings.blob_dir / name[:2] / name


def break_blob(path: Path, how: str) -> bytes:
    original = path.read_bytes()
    if how == "delete":
        path.unlink()
    else:
        data = bytearray(original)
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    return original


def personal_data(mails: list[GeneratedMail]) -> list[str]:
    found = []
    for mail in mails:
        found += [mail.subject, mail.sender, mail.body_marker, mail.subject.split()[-1]]
    return [*found, "ผู้ทดสอบ", "ประชาชน"]


def aware(moment: datetime | None) -> datetime:
    assert moment is not None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def events(ctx: Context, message_id: int) -> list[tuple[str | None, str, str | None]]:
    with transaction(ctx.engine) as session:
        rows = session.execute(
            select(MessageEvent)
            .where(MessageEvent.message_id == message_id)
            .order_by(col(MessageEvent.id))
        ).scalars()
        return [(e.from_state, e.to_state, e.reason) for e in rows]


EXPECTED_REASON = {"delete": "not found", "corrupt": "decryption failed"}


@pytest.mark.parametrize("how", ["delete", "corrupt"])
def test_failing_message_is_quarantined_and_released_to_a_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    config, ctx = setup(tmp_path, max_attempts=2, retry_base_seconds=0)
    mails = [make_mail(n) for n in (101, 102, 103)]
    ids = capture_mails(tmp_path, ctx, mails)
    victim = ids[1]
    path = blob_path(ctx, victim)
    original = break_blob(path, how)

    process_due(ctx)

    assert [message(ctx, i).state for i in ids] == ["case", "quarantined", "case"]
    broken = message(ctx, victim)
    assert broken.attempts == 2
    assert broken.quarantined_from == "received"
    assert broken.next_attempt_at is None
    reason = broken.state_reason or ""
    assert reason.startswith("parse: ") and EXPECTED_REASON[how] in reason
    assert broken.last_error == reason
    assert events(ctx, victim)[-1] == ("received", "quarantined", reason)
    for secret in personal_data(mails):
        assert secret not in reason

    cli = ("--config", str(config))
    code, out, _ = invoke(capsys, *cli, "quarantine", "list")
    assert code == 0
    [line] = out.splitlines()
    assert line.split()[0] == str(victim) and reason in line and "drop" in line

    code, out, _ = invoke(capsys, *cli, "quarantine", "show", str(victim))
    assert code == 0
    shown = json.loads(out)
    assert (shown["id"], shown["state"], shown["attempts"]) == (victim, "quarantined", 2)
    assert shown["reason"] == reason
    assert [(h["from"], h["to"]) for h in shown["history"]] == [
        (None, "received"),
        ("received", "quarantined"),
    ]
    for secret in personal_data(mails):
        assert secret not in out

    path.write_bytes(original)
    code, out, _ = invoke(capsys, *cli, "quarantine", "release", str(victim))
    assert code == 0 and f"released message {victim}" in out
    released = message(ctx, victim)
    assert released.state == "case" and released.attempts == 0
    assert [to for _, to, _ in events(ctx, victim)][-5:] == [
        "received",
        "parsed",
        "classified",
        "extracted",
        "case",
    ]
    with transaction(ctx.engine) as session:
        assert len(list(session.execute(select(Case.id)).scalars())) == 3
    code, out, _ = invoke(capsys, *cli, "quarantine", "list")
    assert code == 0 and out.strip() == "no quarantined messages"


def test_release_gives_a_fresh_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, ctx = setup(tmp_path, max_attempts=2, retry_base_seconds=0)
    [victim] = capture_mails(tmp_path, ctx, [make_mail(201)])
    path = blob_path(ctx, victim)
    original = break_blob(path, "delete")
    process_due(ctx)
    assert message(ctx, victim).state == "quarantined"

    # Released while still broken: one more failure, counted from zero, so not yet quarantined.
    code, _, _ = invoke(capsys, "--config", str(config), "quarantine", "release", str(victim))
    assert code == 0
    again = message(ctx, victim)
    assert (again.state, again.attempts) == ("received", 1)

    process_due(ctx)
    assert message(ctx, victim).state == "quarantined"
    path.write_bytes(original)
    invoke(capsys, "--config", str(config), "quarantine", "release", str(victim))
    assert message(ctx, victim).state == "case"


def test_retry_backs_off_and_doubles(tmp_path: Path) -> None:
    _, ctx = setup(tmp_path, max_attempts=3, retry_base_seconds=60)
    ids = capture_mails(tmp_path, ctx, [make_mail(301), make_mail(302)])
    victim = ids[0]
    break_blob(blob_path(ctx, victim), "corrupt")

    before = datetime.now(UTC)
    process_due(ctx)
    assert message(ctx, ids[1]).state == "case"  # the healthy one is not held up
    first = message(ctx, victim)
    assert (first.state, first.attempts) == ("received", 1)
    assert first.last_error == "parse: decryption failed"
    wait = aware(first.next_attempt_at) - before
    assert timedelta(seconds=55) < wait < timedelta(seconds=70)

    process_due(ctx)  # not due yet: nothing happens
    assert message(ctx, victim).attempts == 1

    _make_due(ctx, victim)
    before = datetime.now(UTC)
    process_due(ctx)
    second = message(ctx, victim)
    assert (second.state, second.attempts) == ("received", 2)
    wait = aware(second.next_attempt_at) - before
    assert timedelta(seconds=115) < wait < timedelta(seconds=130)

    _make_due(ctx, victim)
    process_due(ctx)
    third = message(ctx, victim)
    assert (third.state, third.attempts) == ("quarantined", 3)


def _make_due(ctx: Context, message_id: int) -> None:
    with transaction(ctx.engine) as session:
        row = session.get(Message, message_id)
        assert row is not None
        row.next_attempt_at = datetime.now(UTC) - timedelta(seconds=1)


def test_backoff_is_capped_at_six_hours(tmp_path: Path) -> None:
    _, ctx = setup(tmp_path, max_attempts=5, retry_base_seconds=86400)
    [victim] = capture_mails(tmp_path, ctx, [make_mail(401)])
    break_blob(blob_path(ctx, victim), "delete")
    before = datetime.now(UTC)
    process_due(ctx)
    wait = aware(message(ctx, victim).next_attempt_at) - before
    assert timedelta(hours=5, minutes=59) < wait <= timedelta(hours=6, seconds=5)


def test_failure_log_carries_no_personal_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _, ctx = setup(tmp_path, max_attempts=2, retry_base_seconds=0)
    mails = [make_mail(501)]
    [victim] = capture_mails(tmp_path, ctx, mails)
    break_blob(blob_path(ctx, victim), "corrupt")
    with caplog.at_level(logging.INFO):
        process_due(ctx)
    failures = [r for r in caplog.records if getattr(r, "event", None) == "stage_failed"]
    assert len(failures) == 2
    for record in caplog.records:
        text = json.dumps(record.__dict__, default=str, ensure_ascii=False)
        for secret in personal_data(mails):
            assert secret not in text


def test_safe_reason_keeps_only_the_type_of_foreign_errors() -> None:
    leaky = UnicodeDecodeError("utf-8", "สมชาย ใจดี".encode(), 0, 1, "invalid start byte")
    assert safe_reason("parse", leaky) == "parse: UnicodeDecodeError"
    assert safe_reason("extract", ValueError("1234567890121 สมชาย")) == "extract: ValueError"
    assert safe_reason("parse", DecryptError()) == "parse: decryption failed"
    assert safe_reason("classify", StageError("x" * 1000)).startswith("classify: xxx")
    assert len(safe_reason("classify", StageError("x" * 1000))) <= 300


def test_show_and_release_of_unknown_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx = setup(tmp_path)
    [done] = capture_mails(tmp_path, ctx, [make_mail(601)])
    process_due(ctx)
    cli = ("--config", str(config))
    code, _, err = invoke(capsys, *cli, "quarantine", "show", "999")
    assert code != 0 and "intake: no message with id 999" in err
    code, _, err = invoke(capsys, *cli, "quarantine", "release", str(done))
    assert code != 0 and f"message {done} is not in quarantine" in err
    assert message(ctx, done).state == "case"
