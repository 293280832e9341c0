"""Fixtures for keys, retention, subject rights and compliance: seeded stores on SQLite
and PostgreSQL, through the real pipeline (mail in, cases out), as in tests/privacy."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.privacy_seed import PEOPLE, TESTER, MakeStore, Person, Store
from support.stores import database_url, isolated_env, make_store

from intake.logs import JsonFormatter

__all__ = [
    "PEOPLE",
    "TESTER",
    "MakeStore",
    "Person",
    "Store",
    "database_url",
    "isolated_env",
    "make_store",
]


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Everything logged at DEBUG and up, as the worker writes it (JSON lines)."""
    path = tmp_path / "intake.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    handler.close()
