"""On PostgreSQL, erasure rewrites the tables that held the case: after `subject erase` or
a retention disposal (and a checkpoint), no file of the database's own folder holds the
erased case's wrapped keys or ciphertext. PostgreSQL's WAL segments are not covered
(documented in the compliance report)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from servers.postgres import PostgresServer
from sqlalchemy import text
from store_helpers import case_secrets, close_case
from support.cli import write_config
from support.invoke import invoke
from support.privacy_seed import PEOPLE, TESTER, MakeStore, request_mail

from compliance.subject import erase_subject
from intake.context import open_context
from intake.search import find_cases
from intake.settings import load_settings
from storage.models import utcnow
from storage.retention import run_retention


@pytest.fixture
def database_url(postgres_url: str) -> str:
    return postgres_url


def _wrapped_keys(store: object, case_id: int) -> list[bytes]:
    with store.ctx.engine.connect() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(
            text(
                "SELECT wrapped FROM data_keys WHERE id IN (SELECT data_key_id FROM messages "
                "WHERE case_id = :c OR id = (SELECT message_id FROM cases WHERE id = :c))"
            ),
            {"c": case_id},
        ).scalars()
        return [bytes(r) for r in rows]


def _database_folder(server: PostgresServer, url: str) -> Path:
    name = url.rsplit("/", 1)[-1]
    with psycopg.connect(server.superuser_url(name).replace("+psycopg", "")) as conn:
        oid = conn.execute("SELECT oid FROM pg_database WHERE datname = %s", (name,)).fetchone()
        conn.execute("CHECKPOINT")  # dirty pages reach the files, as they would in time
    assert oid is not None
    return server.root / "data" / "base" / str(oid[0])


def _holding(folder: Path, secrets: list[bytes]) -> list[str]:
    return [
        p.name
        for p in folder.iterdir()
        if p.is_file() and any(s[-32:] in p.read_bytes() for s in secrets)
    ]


def test_erased_wrapped_keys_leave_the_table_files(
    make_store: MakeStore, postgres_server: PostgresServer, postgres_url: str
) -> None:
    store = make_store(people=PEOPLE[:2])
    person = PEOPLE[0]
    case_id = close_case(store.ctx, store.receipts[person.national_id])
    keys = _wrapped_keys(store, case_id)
    stored = case_secrets(store.ctx, case_id)[:-1]  # the last is the blob file's start
    folder = _database_folder(postgres_server, postgres_url)
    assert keys and _holding(folder, keys), "the test must see the keys before"
    assert _holding(folder, stored), "and the ciphertext"

    erase_subject(store.ctx, TESTER, national_id=person.national_id, reason="ร้องขอ")

    _database_folder(postgres_server, postgres_url)
    assert _holding(folder, keys) == []
    assert _holding(folder, stored) == []


def test_retention_disposal_leaves_the_table_files_too(
    make_store: MakeStore, postgres_server: PostgresServer, postgres_url: str
) -> None:
    store = make_store(people=PEOPLE[:2])
    ctx = store.ctx
    case_id = close_case(ctx, store.receipts[PEOPLE[1].national_id])
    keys = _wrapped_keys(store, case_id)
    stored = case_secrets(ctx, case_id)[:-1]
    folder = _database_folder(postgres_server, postgres_url)
    assert keys and _holding(folder, keys) and _holding(folder, stored)

    run = run_retention(
        ctx.engine,
        ctx.blobs,
        {},
        actor=TESTER,
        dry_run=False,
        now=utcnow() + timedelta(days=365 * 20),
        keyring=ctx.keyring,
    )

    assert [d.case_id for d in run.disposed] == [case_id]
    _database_folder(postgres_server, postgres_url)
    assert _holding(folder, keys) == []
    assert _holding(folder, stored) == []


def test_erased_outgoing_mail_and_blobs_in_the_database_leave_the_table_files(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    postgres_server: PostgresServer,
    postgres_url: str,
) -> None:
    """Mail polled from the drop folder gets an acknowledgement, sealed under the case's
    key in the outbox; with `[storage] blobs = "database"` the raw mail is a row of the
    blobs table. Both are the case's ciphertext too, and must leave the files."""
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[],
        database_url=postgres_url,
        **{"storage.blobs": "database"},
    )
    inbox = tmp_path / "var" / "inbox"
    inbox.mkdir(parents=True)
    for number, person in enumerate(PEOPLE[:2]):
        (inbox / f"{number}.eml").write_bytes(request_mail(person, number))
    assert invoke(capsys, "--config", str(config), "poll", "--once")[0] == 0
    ctx = open_context(load_settings(config))
    person = PEOPLE[0]
    receipt = find_cases(ctx, TESTER, national_id=person.national_id)[0]
    case_id = close_case(ctx, receipt)
    with ctx.engine.connect() as conn:
        mail = conn.execute(
            text("SELECT payload_enc FROM outbox WHERE case_id = :c"), {"c": case_id}
        ).scalars()
        raw = conn.execute(
            text(
                "SELECT data FROM blobs WHERE name IN (SELECT blob_name FROM messages "
                "WHERE case_id = :c OR id = (SELECT message_id FROM cases WHERE id = :c))"
            ),
            {"c": case_id},
        ).scalars()
        outgoing, blobs = [bytes(m) for m in mail if m], [bytes(r)[:4096] for r in raw]
    folder = _database_folder(postgres_server, postgres_url)
    assert outgoing and _holding(folder, outgoing), "the test must see the mail before"
    assert blobs and _holding(folder, blobs), "and the raw mail"

    erase_subject(ctx, TESTER, national_id=person.national_id, reason="ร้องขอ")

    _database_folder(postgres_server, postgres_url)
    assert _holding(folder, outgoing) == [], "the erased case's outgoing mail"
    assert _holding(folder, blobs) == [], "the erased case's raw mail"
