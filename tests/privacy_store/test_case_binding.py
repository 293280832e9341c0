"""A case's link to its message is bound cryptographically: swapping `cases.message_id`
between two rows (a database writer's attack) makes either case refuse to open."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text
from support.privacy_seed import PEOPLE, TESTER, MakeStore

from intake.context import open_context
from intake.settings import load_settings
from storage.db import MIGRATIONS_DIR, transaction
from storage.privacy import CaseBindingError, open_case_record


def _open(ctx: object, case_id: int) -> dict[str, object]:
    with transaction(ctx.engine) as session:  # type: ignore[attr-defined]
        return open_case_record(
            session,
            ctx.keyring,  # type: ignore[attr-defined]
            actor=TESTER,
            purpose="test",
            case_id=case_id,
        )


def _two_cases(store: object) -> list[tuple[int, int]]:
    with store.ctx.engine.connect() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(text("SELECT id, message_id FROM cases ORDER BY id")).all()
    return [(int(r[0]), int(r[1])) for r in rows]


def test_swapped_message_ids_fail_with_a_clear_error(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:2])
    (a, message_a), (b, message_b) = _two_cases(store)
    _open(store.ctx, a), _open(store.ctx, b)
    with store.ctx.engine.begin() as conn:
        conn.execute(
            text("UPDATE cases SET message_id = :m WHERE id = :c"), {"m": message_b, "c": a}
        )
        conn.execute(
            text("UPDATE cases SET message_id = :m WHERE id = :c"), {"m": message_a, "c": b}
        )

    for case_id in (a, b):
        with pytest.raises(CaseBindingError, match="link to its message was altered"):
            _open(store.ctx, case_id)


def test_a_removed_binding_is_refused_too(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    [(a, _)] = _two_cases(store)
    with store.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE cases SET binding = NULL WHERE id = :c"), {"c": a})
    with pytest.raises(CaseBindingError):
        _open(store.ctx, a)


def test_cases_from_before_the_binding_are_bound_once_on_first_open(
    make_store: MakeStore,
) -> None:
    store = make_store(people=PEOPLE[:2])
    with store.ctx.engine.begin() as conn:  # the store as migration 0006 leaves an old one
        conn.execute(text("UPDATE cases SET binding = NULL"))
        conn.execute(text("UPDATE store_flags SET value = 'pending' WHERE name = 'case_binding'"))

    ctx = open_context(load_settings(store.config))

    for case_id, _ in _two_cases(store):
        assert _open(ctx, case_id)["fields"]
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases WHERE binding IS NULL")).scalar() == 0
        flag = conn.execute(text("SELECT value FROM store_flags WHERE name = 'case_binding'"))
        assert flag.scalar_one() == "done"
        bound = conn.execute(text("SELECT count(*) FROM audit_entries WHERE action = 'case.bind'"))
        assert bound.scalar_one() == 1


def test_a_store_at_revision_0004_migrates_and_its_cases_are_bound(
    make_store: MakeStore,
) -> None:
    store = make_store(people=PEOPLE[:2])
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.ctx.engine.connect() as connection:  # back to the schema before this work
        if connection.dialect.name == "sqlite":  # the table rebuild must not trip the FKs
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
        connection.commit()
    columns = {c["name"] for c in inspect(store.ctx.engine).get_columns("cases")}
    assert "binding" not in columns
    store.ctx.engine.dispose()

    ctx = open_context(load_settings(store.config))

    for case_id, _ in _two_cases(store):
        assert _open(ctx, case_id)["fields"]
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases WHERE binding IS NULL")).scalar() == 0
