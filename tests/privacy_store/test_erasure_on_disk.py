"""Erasure is effective on disk: after `subject erase` or a retention disposal, no file of
the data folder (database, WAL, SHM, blobs) holds the case's wrapped keys or ciphertext."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from store_helpers import case_secrets, close_case, files_holding
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
def database_url(tmp_path: Path) -> str:
    """SQLite: the data folder is the whole store (PostgreSQL: test_erasure_postgres.py)."""
    return f"sqlite:///{tmp_path / 'var' / 'intake.db'}"


def test_subject_erasure_leaves_no_trace_in_any_file(make_store: MakeStore, tmp_path: Path) -> None:
    store = make_store(people=PEOPLE[:2])
    person = PEOPLE[0]
    case_id = close_case(store.ctx, store.receipts[person.national_id])
    secrets = case_secrets(store.ctx, case_id)
    assert files_holding(tmp_path / "var", secrets), "the test must see the bytes before"

    result = erase_subject(store.ctx, TESTER, national_id=person.national_id, reason="ร้องขอ")

    assert result.erased == [store.receipts[person.national_id]]
    assert files_holding(tmp_path / "var", secrets) == []


def test_retention_disposal_leaves_no_trace_in_any_file(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store(people=PEOPLE[:2])
    ctx = store.ctx
    case_id = close_case(ctx, store.receipts[PEOPLE[1].national_id])
    secrets = case_secrets(ctx, case_id)

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
    assert files_holding(tmp_path / "var", secrets) == []


def test_erased_outgoing_mail_leaves_no_trace_in_any_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mail polled from the drop folder gets an acknowledgement sealed under the case's
    key in the outbox: the case's ciphertext too."""
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    inbox = tmp_path / "var" / "inbox"
    inbox.mkdir(parents=True)
    for number, person in enumerate(PEOPLE[:2]):
        (inbox / f"{number}.eml").write_bytes(request_mail(person, number))
    assert invoke(capsys, "--config", str(config), "poll", "--once")[0] == 0
    ctx = open_context(load_settings(config))
    receipt = find_cases(ctx, TESTER, national_id=PEOPLE[0].national_id)[0]
    case_id = close_case(ctx, receipt)
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT payload_enc FROM outbox WHERE case_id = :c"), {"c": case_id}
        ).scalars()
        outgoing = [bytes(r) for r in rows if r]
    secrets = outgoing + case_secrets(ctx, case_id)
    assert outgoing and files_holding(tmp_path / "var", outgoing), "the test must see it before"

    erase_subject(ctx, TESTER, national_id=PEOPLE[0].national_id, reason="ร้องขอ")

    assert files_holding(tmp_path / "var", secrets) == []
