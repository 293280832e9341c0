"""Fixtures: stores seeded with known people, on SQLite and on PostgreSQL (tests/support)."""

from support.stores import database_url, isolated_env, make_store

__all__ = ["database_url", "isolated_env", "make_store"]
