"""A store's migration is all or nothing: a worker killed (or failing) in the middle of
creating a new store must leave a store the next start can migrate, not half its tables
("table data_keys already exists" on every start after)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, inspect

from storage.db import make_engine, migrate


class _Killed(Exception):
    pass


def test_a_migration_stopped_halfway_leaves_nothing_and_the_next_one_completes(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    created = [0]

    def die_at_the_sixth_table(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created[0] += 1
            if created[0] == 6:
                raise _Killed

    event.listen(engine, "before_cursor_execute", die_at_the_sixth_table)
    with pytest.raises(_Killed):
        migrate(engine)
    event.remove(engine, "before_cursor_execute", die_at_the_sixth_table)
    engine.dispose()
    assert inspect(engine).get_table_names() == []  # nothing half-made
    migrate(engine)  # the next start
    assert {"data_keys", "messages", "cases", "alembic_version"} <= set(
        inspect(engine).get_table_names()
    )
