"""The command line: help everywhere, and `status` with every state present."""

from __future__ import annotations

import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select
from support.cli import REPO, write_config
from support.invoke import invoke
from support.mailgen import make_mail

from intake.capture import identify
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from intake.sources.folder import file_key
from storage.db import transaction
from storage.models import Message

BY_STATE_KEYS = {
    "case", "reply", "duplicate", "ignored", "quarantined", "oversized", "not_mail", "pending",
}  # fmt: skip
MAILBOX_KEYS = {"name", "last_poll_at", "last_error", "oldest_pending_age_s"}


# -- help -----------------------------------------------------------------------------

COMMANDS: list[tuple[list[str], list[str]]] = [
    ([], ["run", "poll", "import", "status", "quarantine", "cases", "reprocess", "--config"]),
    (["run"], ["--no-samples"]),
    (["poll"], ["--once"]),
    (["import"], ["PATH"]),
    (["status"], ["--json"]),
    (["quarantine"], ["list", "show", "release"]),
    (["quarantine", "list"], []),
    (["quarantine", "show"], ["id"]),
    (["quarantine", "release"], ["id"]),
    (["cases"], ["export"]),
    (["cases", "export"], ["--format", "jsonl", "csv", "xlsx", "--output", "--reveal", "--reason"]),
    (["reprocess"], ["--template", "--since"]),
]


@pytest.mark.parametrize(
    ("command", "mentions"), COMMANDS, ids=[" ".join(c) or "intake" for c, _ in COMMANDS]
)
def test_help_for_every_command(
    capsys: pytest.CaptureFixture[str], command: list[str], mentions: list[str]
) -> None:
    code, out, err = invoke(capsys, *command, "--help")
    assert code == 0, err
    assert out.startswith(f"usage: {' '.join(['intake', *command])}")
    for word in mentions:
        assert word in out
    assert not Path("var").exists()  # help touches nothing


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(capsys)
    assert code == 2 and out.startswith("usage: intake")


def test_console_script_and_module_both_answer() -> None:
    script = Path(sys.executable).parent / "intake"
    for command in ([str(script)], [sys.executable, "-m", "intake"]):
        done = subprocess.run(
            [*command, "--help"], capture_output=True, text=True, timeout=60, cwd=REPO
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("usage: intake")


# -- status with every state ----------------------------------------------------------


def _auto_reply() -> bytes:
    mail = EmailMessage()
    mail["From"] = "someone@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "Automatic reply: on leave"
    mail["Auto-Submitted"] = "auto-replied"
    mail["Message-ID"] = "<auto-1@example.org>"
    mail.set_content("I am away until Monday.")
    return bytes(mail)


def _reply_to(raw: bytes) -> bytes:
    mail = EmailMessage()
    mail["From"] = "citizen@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "Re: คำร้อง"
    mail["Message-ID"] = "<reply-1@example.org>"
    mail["In-Reply-To"] = identify(raw).message_id
    mail.set_content("ขอส่งเอกสารเพิ่มเติมครับ")
    return bytes(mail)


def _drop(inbox: Path, name: str, raw: bytes) -> None:
    inbox.mkdir(exist_ok=True)
    (inbox / name).write_bytes(raw)


def _every_state(tmp_path: Path) -> tuple[Path, Context]:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        max_attempts=1,
        mailboxes=[
            {
                "name": "drop",
                "kind": "folder",
                "path": str(tmp_path / "inbox"),
                "max_message_mb": 0.01,
            }
        ],
    )
    ctx = open_context(load_settings(config))
    box = ctx.settings.effective_mailboxes()[0]
    inbox = tmp_path / "inbox"
    first, second = make_mail(1).raw, make_mail(2).raw
    _drop(inbox, "1.eml", first)
    _drop(inbox, "2.eml", second)
    _drop(inbox, "3-auto.eml", _auto_reply())
    _drop(inbox, "4-big.eml", make_mail(3, size_pad=20_000).raw)
    poll_mailbox(ctx, box)
    process_due(ctx)

    victim = make_mail(4).raw
    _drop(inbox, "5-reply.eml", _reply_to(first))
    _drop(inbox, "6-victim.eml", victim)
    poll_mailbox(ctx, box)
    with transaction(ctx.engine) as session:
        query = select(Message.blob_name).where(Message.source_key == file_key("drop", victim))
        name = session.execute(query).scalar_one()
    (ctx.settings.blob_dir / name[:2] / name).unlink()
    process_due(ctx)

    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "again.eml").write_bytes(second)
    import_paths(ctx, [tmp_path / "export"])
    process_due(ctx)

    _drop(inbox, "7-pending.eml", make_mail(5).raw)
    poll_mailbox(ctx, box)  # captured, stages not run
    return config, ctx


def test_status_json_has_the_documented_keys_and_adds_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, _ = _every_state(tmp_path)
    code, out, _ = invoke(capsys, "--config", str(config), "status", "--json")
    assert code == 0
    [line] = out.splitlines()
    status = json.loads(line)
    assert set(status) == {
        "messages", "cases", "mailboxes", "warnings", "outbox", "webhooks", "to_reread",
    }  # fmt: skip
    assert status["to_reread"] == 0  # no file cut short
    assert status["webhooks"] is None  # no [[webhooks]] configured, none failed
    assert set(status["outbox"]) == {"pending", "sent", "failed", "smtp"}
    assert status["warnings"] == []
    assert set(status["messages"]) == {"total", "by_state"}
    by_state = status["messages"]["by_state"]
    assert set(by_state) == BY_STATE_KEYS
    assert by_state == {
        "case": 2,
        "reply": 1,
        "duplicate": 1,
        "ignored": 1,
        "quarantined": 1,
        "oversized": 1,
        "not_mail": 0,
        "pending": 1,
    }
    assert sum(by_state.values()) == status["messages"]["total"] == 8
    assert status["cases"] == 2
    [box] = status["mailboxes"]
    assert set(box) >= MAILBOX_KEYS
    assert box["name"] == "drop" and box["last_error"] is None
    assert box["last_poll_at"] is not None
    assert isinstance(box["oldest_pending_age_s"], int | float)
    assert 0 <= box["oldest_pending_age_s"] < 120


def test_status_table_is_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, _ = _every_state(tmp_path)
    code, out, _ = invoke(capsys, "--config", str(config), "status")
    assert code == 0
    assert out.startswith("messages: 8    cases: 2")
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines()[2:10]}
    assert rows == {s: "1" for s in BY_STATE_KEYS} | {"case": "2", "not_mail": "0"}
    assert any(line.split()[0] == "drop" for line in out.splitlines()[11:] if line.split())


def test_status_on_an_empty_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(capsys, "status", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["messages"] == {"total": 0, "by_state": dict.fromkeys(BY_STATE_KEYS, 0)}
    assert status["cases"] == 0
    [box] = status["mailboxes"]
    assert box["name"] == "drop" and box["last_poll_at"] is None
    assert box["oldest_pending_age_s"] is None
    code, out, _ = invoke(capsys, "status")
    assert code == 0 and "never" in out
