"""A store already at the newest revision opens without Alembic: every `intake` command
and every worker start migrated, and importing Alembic and reading its scripts was a
sixth of a worker's start-up CPU. What the shortcut takes for the newest revision must be
Alembic's own, and a store that is behind still goes through Alembic
(test_migration_0015 takes one back a revision and up again)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import event

from storage.db import MIGRATIONS_DIR, head_revision, make_engine, migrate


def test_the_newest_revision_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_store_at_the_newest_revision_is_only_read(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    migrate(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    migrate(engine)
    assert statements == ["SELECT version_num FROM alembic_version"]


def test_opening_an_up_to_date_store_imports_no_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    migrate(make_engine(url))
    script = (
        "import sys\nfrom storage.db import make_engine, migrate\n"
        f"migrate(make_engine({url!r}))\nprint('alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
