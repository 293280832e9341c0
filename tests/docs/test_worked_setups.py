"""The guide's three worked set-ups (docs/*/guide.md, section 6), run as written: each example
settings file is loaded, pointed at the test session's Dovecot and PostgreSQL instead of the
agency's hosts, and must take mail to cases. If an example drifts from the settings the
service accepts, or stops working, this fails."""

from __future__ import annotations

import email
import email.utils
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from support.cli import PASSWORD_ENV, REPO, run_cli, status_json, write_config
from support.mailgen import make_mail

pytestmark = [pytest.mark.integration]

EXAMPLES = REPO / "docs" / "examples"
SERVER_KEYS = ("host", "port", "security", "username", "password_env")


def _example(name: str) -> dict[str, Any]:
    with (EXAMPLES / name).open("rb") as handle:
        return tomllib.load(handle)


def _pointed_at_tests(
    example: dict[str, Any],
    tmp: Path,
    account: Any,
    database_url: str | None,
    smtp: Any = None,
) -> Path:
    """The example with its server addresses (IMAP, SMTP, database) and folders replaced by
    the test session's, nothing else."""
    mailboxes = []
    for mailbox in example["mailboxes"]:
        assert set(SERVER_KEYS) <= set(mailbox), "an example names every connection key"
        local = {k: v for k, v in mailbox.items() if k not in SERVER_KEYS}
        local.update(
            host=account.host,
            port=account.port,
            security="plain",
            username=account.username,
            password_env=PASSWORD_ENV,
        )
        mailboxes.append(local)
    sections = {k: dict(v) for k, v in example.items() if isinstance(v, dict) and k != "database"}
    top = {k: v for k, v in example.items() if not isinstance(v, dict | list) and k != "data_dir"}
    if database_url is not None:
        assert "url" in example["database"], "a PostgreSQL example names its database url"
    if "smtp" in sections:
        assert smtp is not None, "this example sends mail: give it the SMTP sink"
        sections["smtp"] = {
            "host": smtp.host,
            "port": smtp.port,
            "security": "plain",
            "from_address": sections["smtp"]["from_address"],
        }
    if "audit" in sections:
        sections["audit"]["witness_dir"] = str(tmp / "witness")
    config = write_config(
        tmp / "agency.toml",
        data_dir=tmp / "var",
        mailboxes=[],
        database_url=database_url,
        **top,
    )
    lines = []
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines += [
            f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()
        ]
    for mailbox in mailboxes:
        lines.append("[[mailboxes]]")
        lines += [
            f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in mailbox.items()
        ]
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return config


def _poll(config: Path, password: str) -> dict[str, Any]:
    done = run_cli(config, "poll", "--once", password=password)
    assert done.returncode == 0, done.stderr
    return status_json(config)


def _fresh_request(n: int) -> bytes:
    """A request dated now: acknowledgements are not sent for mail days old."""
    mail = email.message_from_bytes(make_mail(n).raw)
    del mail["Date"]
    mail["Date"] = email.utils.formatdate(localtime=True)
    return mail.as_bytes()


def test_one_officer_on_the_embedded_default(
    tmp_path: Path, imap_account: Any, smtp_messages: Any
) -> None:
    example = _example("one-officer.toml")
    assert "database" not in example, "the embedded default is SQLite in data_dir"
    imap_account.append_many("INBOX", [_fresh_request(n) for n in range(3)])
    config = _pointed_at_tests(example, tmp_path, imap_account, None, smtp_messages)
    status = _poll(config, imap_account.password)
    assert status["cases"] == 3
    assert imap_account.count("Processed") == 3
    assert (tmp_path / "var" / "intake.db").exists()
    assert status["outbox"]["sent"] == 3, status["outbox"]  # each citizen got a receipt


def test_department_with_several_mailboxes_on_postgres(
    tmp_path: Path, imap_account: Any, postgres_url: str, smtp_messages: Any
) -> None:
    example = _example("department.toml")
    folders = [m["folder"] for m in example["mailboxes"]]
    assert len(folders) == 3
    for offset, folder in enumerate(folders):
        imap_account.append_many(folder, [make_mail(100 * offset + n).raw for n in range(2)])
    config = _pointed_at_tests(example, tmp_path, imap_account, postgres_url, smtp_messages)
    status = _poll(config, imap_account.password)
    assert status["cases"] == 6
    for folder in folders:
        assert imap_account.count(folder) == 0
    assert not (tmp_path / "var" / "intake.db").exists(), "the store is PostgreSQL"
    blobs = tmp_path / "var" / "blobs"
    assert not blobs.exists() or not any(blobs.rglob("*")), "blobs live in PostgreSQL"


def test_ministry_offices_keep_apart(
    tmp_path: Path, dovecot_server: Any, postgres_server: Any, smtp_messages: Any
) -> None:
    receipts = {}
    for office, mails in (("office-a.toml", 2), ("office-b.toml", 3)):
        example = _example(f"ministry/{office}")
        account = dovecot_server.new_account()
        account.append_many("INBOX", [make_mail(n).raw for n in range(mails)])
        home = tmp_path / office.removesuffix(".toml")
        home.mkdir()
        config = _pointed_at_tests(
            example, home, account, postgres_server.new_database(), smtp_messages
        )
        status = _poll(config, account.password)
        assert status["cases"] == mails, office
        export = run_cli(config, "cases", "export", "--format", "jsonl")
        assert export.returncode == 0, export.stderr
        receipts[office] = {
            json.loads(line)["receipt_no"][:3] for line in export.stdout.splitlines()
        }
    assert receipts == {"office-a.toml": {"OFA"}, "office-b.toml": {"OFB"}}
    keyrings = [
        (tmp_path / o / "var" / "keyring.json").read_bytes() for o in ("office-a", "office-b")
    ]
    assert keyrings[0] != keyrings[1], "each office has its own keys"
