"""Fixtures shared by several test folders; a folder's conftest imports the ones it uses.

`isolated_env` (autouse where imported): its own working directory, no INTAKE_* settings
leaking in, logging restored. `database_url`: SQLite and PostgreSQL in turn. `make_store`:
a store seeded through the real pipeline with one complaint per known person.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from intake.context import Context, open_context
from intake.importer import import_paths
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Case
from storage.privacy import open_case_record
from support.cli import write_config
from support.privacy_seed import PEOPLE, TESTER, MakeStore, Person, Store, request_mail


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for key in [k for k in os.environ if k.startswith("INTAKE_")]:
        monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'var' / 'intake.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def make_store(tmp_path: Path, database_url: str) -> MakeStore:
    """A store with one complaint per person in `people` (all four by default)."""

    def make(people: list[Person] | None = None, **settings: Any) -> Store:
        config = write_config(
            tmp_path / "agency.toml",
            data_dir=tmp_path / "var",
            mailboxes=[],
            database_url=database_url,
            **settings,
        )
        ctx = open_context(load_settings(config))
        folder = tmp_path / "mail"
        folder.mkdir(exist_ok=True)
        chosen = PEOPLE if people is None else people
        for number, person in enumerate(chosen):
            (folder / f"{number}.eml").write_bytes(request_mail(person, number))
        import_paths(ctx, [folder])
        process_due(ctx)
        receipts = _receipts_by_person(ctx, chosen)
        return Store(config, ctx, receipts)

    return make


def _receipts_by_person(ctx: Context, people: list[Person]) -> dict[str, str]:
    found: dict[str, str] = {}
    with transaction(ctx.engine) as session:
        for case in session.exec(select(Case)):
            assert case.id is not None
            record = open_case_record(
                session, ctx.keyring, actor=TESTER, purpose="test set-up", case_id=case.id
            )
            found[record["fields"]["national_id"]] = case.receipt_no
    assert set(found) == {p.national_id for p in people}, "every mail should become a case"
    return found
