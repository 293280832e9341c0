"""Capture from a real Dovecot: every message accounted for, moved, never taken twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import imap_mailbox, run_cli, status_json, write_config
from support.mailgen import GeneratedMail, corpus_mail_files, make_mail

pytestmark = pytest.mark.integration

TOTAL = 500


def _config(tmp_path: Path, account, **mailbox_overrides) -> Path:  # type: ignore[no-untyped-def]
    return write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[imap_mailbox(account, **mailbox_overrides)],
    )


def _by_state_adds_up(status: dict) -> None:  # type: ignore[type-arg]
    messages = status["messages"]
    assert sum(messages["by_state"].values()) == messages["total"]


def _files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.suffix not in (".toml",)]


def test_500_messages_accounted_for_moved_and_never_twice(tmp_path: Path, imap_account) -> None:  # type: ignore[no-untyped-def]
    corpus = [p.read_bytes() for p in corpus_mail_files()]
    generated = [make_mail(n, with_message_id=n % 7 != 0) for n in range(TOTAL - len(corpus))]
    raws = corpus + [m.raw for m in generated]
    assert len(raws) == TOTAL
    imap_account.append_many("INBOX", raws)
    config = _config(tmp_path, imap_account)

    first = run_cli(config, "poll", "--once", password=imap_account.password)
    assert first.returncode == 0, first.stderr

    status = status_json(config)
    assert status["messages"]["total"] == TOTAL
    _by_state_adds_up(status)
    assert status["messages"]["by_state"]["pending"] == 0
    assert status["messages"]["by_state"]["case"] >= len(generated) - 5
    assert imap_account.count("INBOX") == 0
    assert imap_account.count("Processed") == TOTAL

    again = run_cli(config, "poll", "--once", password=imap_account.password)
    assert again.returncode == 0, again.stderr
    assert status_json(config)["messages"]["total"] == TOTAL

    # The same set through import: only duplicates are added.
    export = tmp_path / "export"
    export.mkdir()
    for n, raw in enumerate(raws):
        (export / f"{n:04d}.eml").write_bytes(raw)
    cases_before = status_json(config)["cases"]
    imported = run_cli(config, "import", str(export))
    assert imported.returncode == 0, imported.stderr
    after = status_json(config)
    _by_state_adds_up(after)
    assert after["cases"] == cases_before
    added = after["messages"]["total"] - TOTAL
    duplicates_added = (
        after["messages"]["by_state"]["duplicate"] - status["messages"]["by_state"]["duplicate"]
    )
    assert added > 0 and duplicates_added == added

    # Importing the same files once more adds nothing at all.
    run_cli(config, "import", str(export))
    assert status_json(config)["messages"]["total"] == after["messages"]["total"]

    _assert_no_plaintext(tmp_path / "var", generated)


def _assert_no_plaintext(data_dir: Path, mails: list[GeneratedMail]) -> None:
    """Subjects, addresses and body text of the test mail are nowhere in the store."""
    stored = [p for p in _files_under(data_dir) if "inbox" not in p.parts]
    assert any(p.name.startswith("intake.db") for p in stored)
    assert any("blobs" in p.parts for p in stored)
    needles = set()
    for mail in mails[:200]:
        needles |= {
            mail.sender.encode(),
            mail.body_marker.split()[-1].encode(),  # BODYMARKnnnnn
            mail.subject.split()[-1].encode(),  # ZQXnnnnn
            mail.subject.encode("utf-8"),
        }
    for path in stored:
        content = path.read_bytes()
        leaked = [n for n in needles if n in content]
        assert not leaked, f"{path.name} holds plaintext test data ({len(leaked)} values)"


def test_oversized_recorded_left_on_server_and_in_status(tmp_path: Path, imap_account) -> None:  # type: ignore[no-untyped-def]
    small = make_mail(1)
    big = make_mail(2, size_pad=200_000)
    imap_account.append_many("INBOX", [small.raw, big.raw])
    config = _config(tmp_path, imap_account, max_message_mb=0.1)

    done = run_cli(config, "poll", "--once", password=imap_account.password)
    assert done.returncode == 0, done.stderr
    status = status_json(config)
    assert status["messages"]["by_state"]["oversized"] == 1
    assert status["messages"]["by_state"]["case"] == 1
    assert imap_account.count("INBOX") == 1  # the big one stays
    assert imap_account.count("Processed") == 1

    run_cli(config, "poll", "--once", password=imap_account.password)
    assert status_json(config)["messages"]["total"] == 2  # recorded once, not again
    assert imap_account.count("INBOX") == 1


def test_wrong_password_is_one_line_and_shows_in_status(tmp_path: Path, imap_account) -> None:  # type: ignore[no-untyped-def]
    config = _config(tmp_path, imap_account)
    done = run_cli(config, "poll", "--once", password="not-the-password")
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.startswith("intake:")]
    assert len(lines) == 1 and "login refused" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert "not-the-password" not in done.stderr
    mailbox = status_json(config)["mailboxes"][0]
    assert "login refused" in mailbox["last_error"]


def test_closed_port_is_one_line_and_shows_in_status(tmp_path: Path, imap_account) -> None:  # type: ignore[no-untyped-def]
    from servers.dovecot import closed_port

    config = _config(tmp_path, imap_account, port=closed_port())
    done = run_cli(config, "poll", "--once", password=imap_account.password)
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.startswith("intake:")]
    assert len(lines) == 1 and "cannot connect" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert "cannot connect" in status_json(config)["mailboxes"][0]["last_error"]


def test_uidvalidity_change_resyncs_without_new_messages(tmp_path: Path, imap_account) -> None:  # type: ignore[no-untyped-def]
    mails = [make_mail(n, with_message_id=n != 3) for n in range(6)]
    imap_account.append_many("INBOX", [m.raw for m in mails])
    config = _config(tmp_path, imap_account, server_action="leave")
    assert run_cli(config, "poll", "--once", password=imap_account.password).returncode == 0
    assert status_json(config)["messages"]["total"] == 6

    imap_account.reset_uidvalidity("INBOX")
    assert run_cli(config, "poll", "--once", password=imap_account.password).returncode == 0
    status = status_json(config)
    assert status["messages"]["total"] == 6
    assert status["messages"]["by_state"]["duplicate"] == 0
    assert imap_account.count("INBOX") == 6  # server_action = leave


def test_flag_action_flags_and_leaves_in_place(tmp_path: Path, imap_account) -> None:  # type: ignore[no-untyped-def]
    imap_account.append_many("INBOX", [make_mail(n).raw for n in range(3)])
    config = _config(tmp_path, imap_account, server_action="flag")
    assert run_cli(config, "poll", "--once", password=imap_account.password).returncode == 0
    flags = imap_account.flags("INBOX")
    assert len(flags) == 3 and all("\\Flagged" in f for f in flags.values())
    assert all("\\Seen" not in f for f in flags.values())  # capture uses BODY.PEEK
    assert run_cli(config, "poll", "--once", password=imap_account.password).returncode == 0
    assert status_json(config)["messages"]["total"] == 3


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_connections_verify_the_server(tmp_path: Path, imap_account, security: str) -> None:  # type: ignore[no-untyped-def]
    imap_account.append("INBOX", make_mail(1).raw)
    port = imap_account.ssl_port if security == "ssl" else imap_account.port
    config = _config(
        tmp_path,
        imap_account,
        security=security,
        port=port,
        host="localhost",
        ca_file=str(imap_account.ca_file),
    )
    done = run_cli(config, "poll", "--once", password=imap_account.password)
    assert done.returncode == 0, done.stderr
    assert status_json(config)["cases"] == 1

    untrusted = _config(tmp_path, imap_account, security=security, port=port, host="localhost")
    refused = run_cli(untrusted, "poll", "--once", password=imap_account.password)
    assert refused.returncode != 0
    assert "TLS failed" in refused.stderr
