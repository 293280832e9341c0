"""Migration 0015 drops the two indexes no query needs (messages.source, cases.status),
keeps the one that serves status queries, and goes back, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect

from storage.db import MIGRATIONS_DIR, make_engine, migrate

DROPPED = {("messages", "ix_messages_source"), ("cases", "ix_cases_status")}
KEPT = {("cases", "ix_cases_status_received_at"), ("messages", "ix_messages_state")}


def _indexes(engine: Engine) -> set[tuple[str, str]]:
    found = inspect(engine)
    return {(t, i["name"]) for t in ("messages", "cases") for i in found.get_indexes(t)}


def _downgrade(engine: Engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":  # the table rebuild must not trip the FKs
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        connection.commit()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        return make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    return make_engine(request.getfixturevalue("postgres_url"))


def test_the_two_unread_indexes_are_dropped_and_come_back_on_downgrade(engine: Engine) -> None:
    migrate(engine)
    indexes = _indexes(engine)
    assert not DROPPED & indexes
    assert indexes >= KEPT
    _downgrade(engine, "0014")
    engine.dispose()
    assert _indexes(engine) >= DROPPED | KEPT
    migrate(engine)  # and up again
    engine.dispose()
    assert not DROPPED & _indexes(engine)
