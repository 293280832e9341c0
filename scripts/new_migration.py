"""Write a new Alembic revision from the difference between storage/models.py and the schema.

    python scripts/new_migration.py 0002 "audit chain"

Autogenerate runs against a scratch SQLite database brought to the current head; the
revision is then rewritten to plain SQLAlchemy types (no sqlmodel imports), so old
migrations never change meaning when sqlmodel does. Read and adjust the result.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.db import MIGRATIONS_DIR, make_engine, migrate

REWRITES = [
    (r"sqlmodel\.sql\.sqltypes\.AutoString\(", "sa.String("),
    (r"sqlmodel\.sql\.sqltypes\.UTCDateTime\(\)", "sa.DateTime(timezone=True)"),
    (r"sqlmodel\.sql\.sqltypes\.AutoString\b", "sa.String"),
    (r"^import sqlmodel\n", ""),
]


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{scratch}/scratch.db")
        migrate(engine)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
    for path in (MIGRATIONS_DIR / "versions").glob(f"{rev_id}_*.py"):
        text = path.read_text()
        for pattern, replacement in REWRITES:
            text = re.sub(pattern, replacement, text, flags=re.M)
        path.write_text(text)
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
