"""Erasure is effective on disk: after `subject erase` or a retention disposal, no file of
the data folder (database, WAL, SHM, blobs) holds the case's wrapped keys or ciphertext."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import case_secrets, close_case, files_holding
from support.privacy_seed import PEOPLE, TESTER, MakeStore

from compliance.subject import erase_subject
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
