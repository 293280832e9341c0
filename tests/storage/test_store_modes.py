"""The database, its WAL and its SHM file are readable by the service's user only, even
when the data folder already exists and the umask is the usual 022."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import make_engine, migrate


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("usual_umask")
def test_database_wal_and_shm_are_private_in_an_existing_folder(tmp_path: Path) -> None:
    data = tmp_path / "var"
    data.mkdir(mode=0o755)
    engine = make_engine(f"sqlite:///{data / 'intake.db'}")
    migrate(engine)
    with engine.connect() as conn:  # held open, so the WAL and SHM exist while we look
        conn.execute(text("SELECT count(*) FROM messages")).scalar_one()
        files = {p.name: _mode(p) for p in data.iterdir()}
        assert {"intake.db", "intake.db-wal", "intake.db-shm"} <= files.keys()
        assert files == dict.fromkeys(files, 0o600)
    engine.dispose()


@pytest.mark.usefixtures("usual_umask")
def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    data = tmp_path / "var"
    data.mkdir(mode=0o755)
    database = data / "intake.db"
    engine = make_engine(f"sqlite:///{database}")
    migrate(engine)
    engine.dispose()
    database.chmod(0o644)
    engine = make_engine(f"sqlite:///{database}")
    with engine.connect() as conn:
        conn.execute(text("SELECT 1")).scalar_one()
        assert _mode(database) == 0o600
    engine.dispose()
