"""Several workers starting at once on a new store: one migrates, the others wait and find
the schema ready. Without the migration lock the later ones fail with "table exists"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import REPO, write_config

pytestmark = [pytest.mark.integration]

STARTERS = 4


def _start_all(config: Path) -> list[subprocess.CompletedProcess[str]]:
    command = [sys.executable, "-m", "intake", "--config", str(config), "status", "--json"]
    running = [
        subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(STARTERS)
    ]
    done = []
    for process in running:
        out, err = process.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return done


def test_simultaneous_first_start_on_sqlite(tmp_path: Path) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    (tmp_path / "var").mkdir()
    results = _start_all(config)
    assert [r.returncode for r in results] == [0] * STARTERS, [r.stderr[-500:] for r in results]


def test_simultaneous_first_start_on_postgres(tmp_path: Path, postgres_url: str) -> None:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[],
        database_url=postgres_url,
    )
    (tmp_path / "var").mkdir()
    results = _start_all(config)
    assert [r.returncode for r in results] == [0] * STARTERS, [r.stderr[-500:] for r in results]
