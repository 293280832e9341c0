"""Fixtures for the store-integrity tests: erasure on disk, restore-then-start, the drop
folder, the audit witness, file modes and the case-to-message binding."""

from __future__ import annotations

from support.privacy_seed import PEOPLE, TESTER, MakeStore, Person, Store
from support.stores import database_url, isolated_env, make_store

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
