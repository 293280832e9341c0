"""Engine and sessions. SQLite runs in WAL mode with full sync: a commit is on disk.

The SQLite files (database, -wal, -shm) are readable by the service's user only: the
database is created 0600 before SQLite opens it (SQLite gives the WAL and SHM the mode of
the database), and every connection puts all three back to 0600, whatever the umask or
an earlier version left. `secure_delete` is on for every connection, so deleted and
overwritten content is zeroed rather than left in free space; `scrub` then checkpoints
the WAL so the old page images leave the WAL file too (see storage/retention.py).
"""

from __future__ import annotations

import ast
import fcntl
import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Table, event, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, SQLModel, create_engine

from storage.errors import StorageError
from storage.held import add_rows

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for SQLite (default) or PostgreSQL (postgresql+psycopg://...)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database if parsed.database not in (None, "", ":memory:") else None
        if database:
            _create_private(Path(database))
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if database:
            event.listen(engine, "connect", lambda *_: _make_private(Path(database)))
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise StorageError(
        f"database.url uses {parsed.get_backend_name()!r}; use sqlite:/// or postgresql+psycopg://"
    )


def _create_private(database: Path) -> None:
    """Create the (empty) database file 0600 before SQLite does it with the umask."""
    database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with suppress(FileExistsError):
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    _make_private(database)


def _make_private(database: Path) -> None:
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        try:
            if stat.S_IMODE(path.stat().st_mode) != 0o600:
                path.chmod(0o600)
        except FileNotFoundError:
            continue


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def scrub(engine: Engine) -> list[str]:
    """After personal data was deleted: make the old bytes leave the store's files.

    SQLite: `secure_delete` already zeroed the freed content in the database pages; a
    TRUNCATE checkpoint copies the new pages into the database and empties the WAL,
    which still held the old page images. PostgreSQL: an UPDATE leaves the old row
    version (a dead tuple) in the table file, and a plain VACUUM frees it without
    overwriting it (measured: the old ciphertext stayed in the file), so the tables
    that held the case (`_PG_REWRITTEN`) are rewritten into new files (VACUUM FULL; the
    old files are removed). That locks each table for the rewrite: seconds at an agency's scale, and
    a retention run scrubs once for all its cases. PostgreSQL's WAL segments, WAL
    archives and replicas are outside our reach until they are recycled.
    Returns what could not be done (empty when all went), for the caller to report.
    """
    if is_postgres(engine):
        return _scrub_postgres(engine)
    if engine.dialect.name != "sqlite":
        return [f"no scrubbing for {engine.dialect.name}"]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for _ in range(_CHECKPOINT_TRIES):
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
            if not busy:
                return []
            time.sleep(0.2)  # a reader holds an old snapshot; it ends soon
    return ["the SQLite WAL could not be emptied (a reader stayed busy); the next erasure retries"]


_CHECKPOINT_TRIES = 25
# every table that holds a case's keys or ciphertext: its wrapped keys, its fields, its
# mail's headers and extraction, its index rows, its outgoing mail (sealed under its key)
# and its raw mail when blobs live in the database
_PG_REWRITTEN = ("data_keys", "cases", "messages", "blind_index", "outbox", "blobs")


def _scrub_postgres(engine: Engine) -> list[str]:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        missing = _not_owned(conn)
        for table in _PG_REWRITTEN:
            if not any(m.startswith(f"VACUUM FULL {table}:") for m in missing):
                conn.exec_driver_sql(f"VACUUM FULL {table}")
    return missing


def _not_owned(conn: Connection) -> list[str]:
    """Tables this role cannot rewrite: VACUUM by a role that does not own the table
    only warns and skips (a role granted by storage/sql/grant_app_role.sql)."""
    missing = []
    for table in _PG_REWRITTEN:
        owner = conn.exec_driver_sql(
            "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = %(t)s",
            {"t": table},
        ).scalar()
        if not owner:
            missing.append(
                f"VACUUM FULL {table}: the database role does not own the table; run it as "
                "the owner after erasures (or GRANT MAINTAIN on PostgreSQL 17+)"
            )
    return missing


def scrub_limits(engine: Engine) -> list[str]:
    """What `scrub` could not do on this store, without doing anything (for reports)."""
    if not is_postgres(engine):
        return []
    with engine.connect() as conn:
        return _not_owned(conn)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision.

    Several workers may start at once on a new store; one migrates while the others wait,
    then find nothing to do (without the lock the second one fails on "table exists").
    A store already at the newest revision, as at nearly every start, is only read:
    importing Alembic and loading its scripts was a sixth of a worker's start-up CPU.
    """
    if _stored_revision(engine) == head_revision():
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with _migration_file_lock(engine), engine.begin() as connection:
        if is_postgres(engine):  # held until this transaction ends
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        else:
            # Python's sqlite3 opens a transaction only before INSERT, UPDATE or DELETE,
            # so without this each CREATE commits alone and a worker killed halfway
            # leaves a store that no later start can migrate ("table already exists").
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _stored_revision(engine: Engine) -> str | None:
    """The store's Alembic revision; None for a new store (or a half-made one)."""
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:  # no such table yet: Alembic makes it
        return None


@cache
def head_revision() -> str | None:
    """The newest revision in the migration scripts, read as Alembic reads them (the one
    no other script names as its `down_revision`); None where that is not one plain
    string (a branch, an unreadable script), and then Alembic decides."""
    revisions: dict[str, object] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = _script_revisions(script)
        if found is None:
            return None
        revisions[found[0]] = found[1]
    downs: set[str] = set()
    for down in revisions.values():
        if isinstance(down, str):
            downs.add(down)
        elif isinstance(down, tuple | list):  # a merge of branches
            downs.update(d for d in down if isinstance(d, str))
    heads = [r for r in revisions if r not in downs]
    return heads[0] if len(heads) == 1 else None


def _script_revisions(script: Path) -> tuple[str, object] | None:
    """A script's `revision` and `down_revision`, from its module-level assignments."""
    values: dict[str, object] = {}
    try:
        tree = ast.parse(script.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or target.id not in ("revision", "down_revision"):
            continue
        try:
            values[target.id] = ast.literal_eval(value)
        except ValueError:
            return None
    revision = values.get("revision")
    if not isinstance(revision, str) or "down_revision" not in values:
        return None
    return revision, values["down_revision"]


MIGRATION_LOCK = 0x1A7A4E_0001  # any fixed advisory-lock key, distinct from mailbox locks


@contextmanager
def _migration_file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    fd = os.open(f"{database}.migrate-lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def take_sqlite_writer_lock(connection: Connection, table: str) -> None:
    """Hold SQLite's writer lock from now to the end of the transaction: a write that
    changes nothing still takes it (and row triggers do not fire on zero rows).
    `table` must be one of ours: it is put into the SQL."""
    connection.execute(text(f"DELETE FROM {table} WHERE 0 = 1"))


def insert_row(session: Session, row: SQLModel) -> None:
    """Write a table model's row at once through the session's connection, every column
    as the object holds it. The object stays outside the session: a later read in the
    same transaction loads the stored row. For rows written whole once (their id drawn
    beforehand, see storage.ids), where the unit of work's flush costs more than the
    statement."""
    table = type(row).__table__  # type: ignore[attr-defined]
    # now, or with the rest of a stage batch's rows of the table (storage.held)
    add_rows(session, table, [_values_of(row, _column_names(table))])


def _values_of(row: SQLModel, names: tuple[str, ...]) -> dict[str, Any]:
    """Every column's value as the object holds it: from its __dict__ where set (a row
    of new_row holds all of them; an attribute read through SQLAlchemy costs a dozen
    calls, and a case row has twenty columns), else read as usual."""
    held = row.__dict__
    return {name: held[name] if name in held else getattr(row, name) for name in names}


@cache
def _column_names(table: Table) -> tuple[str, ...]:
    return tuple(column.name for column in table.columns)


RowT = TypeVar("RowT", bound=SQLModel)


def new_row(model: type[RowT], **values: Any) -> RowT:
    """A table model's object for a row that `insert_row` writes whole, built as the ORM
    builds the rows it loads (the class's `__new__`, then the values put in place)
    instead of through the constructor, which sends every field through SQLAlchemy's
    and pydantic's attribute machinery: about 400 Python calls a case or outbox row,
    against about 110. Fields not given take their defaults, as with the constructor
    (which does not validate a table model either). Later assignments are tracked as
    on any object."""
    row: RowT = _manager(model).new_instance()
    row.__pydantic_fields_set__.update(values)
    for name, factory, field in _defaults(model):
        if name not in values:
            values[name] = factory() if factory else field.get_default(call_default_factory=True)
    row.__dict__.update(values)
    return row


def row_values(model: type[SQLModel], **values: Any) -> dict[str, Any]:
    """Every column of a new row of `model`, as `insert_row` would write `new_row`'s
    object (defaults filled in the same way), for `add_rows`: a row written whole that
    nothing reads back as an object (an acknowledgement's outbox row) needs no object,
    which cost some 35 us a row to build, fill and read back."""
    for name, factory, field in _defaults(model):
        if name not in values:
            if factory is not None:
                values[name] = factory()
            else:  # a None, a number, a string: pydantic's get_default would copy it
                default = field.default
                plain = default is None or type(default) in _IMMUTABLE
                values[name] = default if plain else field.get_default(call_default_factory=True)
    return {name: values[name] for name in _column_names(model.__table__)}  # type: ignore[attr-defined]


_IMMUTABLE = (str, int, float, bool, bytes)


def assign(row: SQLModel, name: str, value: Any) -> None:
    """`row.name = value` for a table model's column, as SQLModel does it (SQLAlchemy's
    tracked set, then the field marked set for pydantic, which table models do not
    validate on assignment), without its checks of what kind of attribute `name` is:
    a dozen calls fewer, for the assignments a stage makes to every message."""
    state = instance_state(row)
    state.manager[name].impl.set(state, state.dict, value, None)
    row.__pydantic_fields_set__.add(name)


@cache
def _manager(model: type[SQLModel]) -> Any:
    return sa_inspect(model).class_manager


@cache
def _defaults(model: type[SQLModel]) -> tuple[tuple[str, Callable[[], Any] | None, Any], ...]:
    """The fields with a default: (name, a factory called with nothing, the field).
    pydantic's get_default inspects the factory's signature at every call."""
    found: list[tuple[str, Callable[[], Any] | None, Any]] = []
    for name, field in model.model_fields.items():
        if not field.is_required():
            plain = field.default_factory and not field.default_factory_takes_validated_data
            found.append(
                (name, cast("Callable[[], Any]", field.default_factory) if plain else None, field)
            )
    return tuple(found)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
