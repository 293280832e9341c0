"""PostgreSQL: the application's role may add audit rows but never change or remove them."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from servers.postgres import PostgresServer
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from support.privacy_seed import TESTER

from storage.audit import append_audit, verify_chain
from storage.db import make_engine, migrate, transaction

GRANTS = Path(__file__).resolve().parents[2] / "storage" / "sql" / "grant_app_role.sql"


def grant_statements(role: str) -> list[str]:
    """The SQL file's statements with psql's :"app_role" filled in, as psql would."""
    body = "\n".join(
        line for line in GRANTS.read_text().splitlines() if not line.lstrip().startswith("--")
    )
    quoted = sql.Identifier(role).as_string(None)
    return [s.strip() for s in body.replace(':"app_role"', quoted).split(";") if s.strip()]


def test_the_grant_file_names_only_the_role_variable() -> None:
    assert all(re.search(r':"app_role"', s) is None for s in grant_statements("x"))
    assert any(
        "REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries" in s for s in grant_statements("x")
    )


def test_app_role_cannot_update_or_delete_audit_rows(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    owner = make_engine(postgres_url)
    migrate(owner)
    database = make_url(postgres_url).database
    assert database is not None
    role = f"app_{secrets.token_hex(4)}"
    app_url = postgres_server.create_role(role, secrets.token_hex(8), database=database)
    with postgres_server.connect(database) as conn:
        for statement in grant_statements(role):
            conn.execute(statement)
    app = make_engine(app_url)
    migrate(app)  # already at head: the app role needs no DDL to start
    with transaction(app) as session:
        for _ in range(3):
            append_audit(session, actor=TESTER, action="case.view", case_id=1, purpose="p")
    for statement in (
        "UPDATE audit_entries SET purpose = 'x' WHERE id = 2",
        "DELETE FROM audit_entries WHERE id = 2",
        "TRUNCATE audit_entries",
        "UPDATE audit_checkpoints SET signature = 'x'",
    ):
        with pytest.raises(DBAPIError) as caught, app.begin() as conn:
            conn.execute(text(statement))
        assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege), statement
    # and even the owner meets the trigger
    with pytest.raises(DBAPIError, match="append-only"), owner.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = 2"))
    with transaction(app) as session:
        assert verify_chain(session).entries == 3
    app.dispose()
    owner.dispose()
