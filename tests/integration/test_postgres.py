"""The same capture and pipeline on PostgreSQL (psycopg 3) as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.cli import imap_mailbox, run_cli, status_json, write_config
from support.mailgen import corpus_mail_files, make_mail

pytestmark = pytest.mark.integration


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from storage.db import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def test_poll_import_and_status_on_postgres(
    tmp_path: Path,
    imap_account,  # type: ignore[no-untyped-def]
    postgres_url: str,
) -> None:
    corpus = [p.read_bytes() for p in corpus_mail_files()]
    raws = corpus + [make_mail(n, with_message_id=n % 4 != 0).raw for n in range(60)]
    imap_account.append_many("INBOX", raws)
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        database_url=postgres_url,
        mailboxes=[imap_mailbox(imap_account)],
    )
    done = run_cli(config, "poll", "--once", password=imap_account.password)
    assert done.returncode == 0, done.stderr

    status = status_json(config)
    assert status["messages"]["total"] == len(raws)
    assert sum(status["messages"]["by_state"].values()) == len(raws)
    assert status["messages"]["by_state"]["pending"] == 0
    assert status["messages"]["by_state"]["case"] >= 60
    assert imap_account.count("Processed") == len(raws)
    assert not (tmp_path / "var" / "intake.db").exists()  # nothing went to SQLite

    again = run_cli(config, "poll", "--once", password=imap_account.password)
    assert again.returncode == 0
    assert status_json(config)["messages"]["total"] == len(raws)

    folder = tmp_path / "export"
    folder.mkdir()
    for n, raw in enumerate(raws):
        (folder / f"{n:03d}.eml").write_bytes(raw)
    assert run_cli(config, "import", str(folder)).returncode == 0
    after = status_json(config)
    assert after["cases"] == status["cases"]
    added = after["messages"]["total"] - len(raws)
    assert added > 0
    assert (
        after["messages"]["by_state"]["duplicate"] - status["messages"]["by_state"]["duplicate"]
        == added
    )

    engine = create_engine(postgres_url)
    with engine.connect() as db:
        version = db.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        receipts = db.execute(text("SELECT receipt_no FROM cases ORDER BY id")).scalars().all()
    assert version == head_revision()
    assert len(set(receipts)) == len(receipts)
    assert receipts[0].endswith("-000001")


def test_bad_database_url_is_one_line(tmp_path: Path, postgres_url: str) -> None:
    wrong = postgres_url.rsplit("/", 1)[0] + "/no_such_database"
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "var", database_url=wrong, mailboxes=[]
    )
    done = run_cli(config, "status")
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.startswith("intake:")]
    assert len(lines) == 1 and lines[0].startswith("intake: database:"), done.stderr
    assert "does not exist" in lines[0] and "Traceback" not in done.stderr


def test_mailbox_lock_is_exclusive_across_connections(postgres_url: str, tmp_path: Path) -> None:
    from storage.db import make_engine
    from storage.locks import mailbox_lock

    first, second = make_engine(postgres_url), make_engine(postgres_url)
    with mailbox_lock(first, "saraban", tmp_path) as held:
        assert held
        with mailbox_lock(second, "saraban", tmp_path) as other:
            assert not other
        with mailbox_lock(second, "another", tmp_path) as unrelated:
            assert unrelated
    with mailbox_lock(second, "saraban", tmp_path) as after:
        assert after
