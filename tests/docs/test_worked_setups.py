"""The guide's three worked set-ups (docs/*/guide.md, section 6), run as written: each example
settings file is loaded, pointed at the test session's Dovecot and PostgreSQL instead of the
agency's hosts, and must take mail to cases. If an example drifts from the settings the
service accepts, or stops working, this fails."""

from __future__ import annotations

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
    example: dict[str, Any], tmp: Path, account: Any, database_url: str | None
) -> Path:
    """The example with its server addresses replaced by the test servers', nothing else."""
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
    top = {k: v for k, v in example.items() if k not in ("mailboxes", "database", "data_dir")}
    if database_url is not None:
        assert "url" in example["database"], "a PostgreSQL example names its database url"
    return write_config(
        tmp / "agency.toml",
        data_dir=tmp / "var",
        mailboxes=mailboxes,
        database_url=database_url,
        **top,
    )


def _poll(config: Path, password: str) -> dict[str, Any]:
    done = run_cli(config, "poll", "--once", password=password)
    assert done.returncode == 0, done.stderr
    return status_json(config)


def test_one_officer_on_the_embedded_default(tmp_path: Path, imap_account: Any) -> None:
    example = _example("one-officer.toml")
    assert "database" not in example, "the embedded default is SQLite in data_dir"
    imap_account.append_many("INBOX", [make_mail(n).raw for n in range(3)])
    config = _pointed_at_tests(example, tmp_path, imap_account, None)
    status = _poll(config, imap_account.password)
    assert status["cases"] == 3
    assert imap_account.count("Processed") == 3
    assert (tmp_path / "var" / "intake.db").exists()


def test_department_with_several_mailboxes_on_postgres(
    tmp_path: Path, imap_account: Any, postgres_url: str
) -> None:
    example = _example("department.toml")
    folders = [m["folder"] for m in example["mailboxes"]]
    assert len(folders) == 3
    for offset, folder in enumerate(folders):
        imap_account.append_many(folder, [make_mail(100 * offset + n).raw for n in range(2)])
    config = _pointed_at_tests(example, tmp_path, imap_account, postgres_url)
    status = _poll(config, imap_account.password)
    assert status["cases"] == 6
    for folder in folders:
        assert imap_account.count(folder) == 0
    assert not (tmp_path / "var" / "intake.db").exists(), "the store is PostgreSQL"


def test_ministry_offices_keep_apart(
    tmp_path: Path, dovecot_server: Any, postgres_server: Any
) -> None:
    receipts = {}
    for office, mails in (("office-a.toml", 2), ("office-b.toml", 3)):
        example = _example(f"ministry/{office}")
        account = dovecot_server.new_account()
        account.append_many("INBOX", [make_mail(n).raw for n in range(mails)])
        home = tmp_path / office.removesuffix(".toml")
        home.mkdir()
        config = _pointed_at_tests(example, home, account, postgres_server.new_database())
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
