"""A private PostgreSQL cluster for integration tests: `initdb` in a temp dir, one server.

The server runs as the `postgres` OS user, as a direct child of the test process (not
daemonised through pg_ctl), so stopping it, or the test process dying, takes it down.
It listens on one free loopback port and a unix socket inside the temp dir. The superuser
`postgres` is trusted on loopback; other roles log in with their password (scram), as an
application role would in production.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

from . import (
    INSTALL_HINT,
    LOOPBACK,
    ServerUnavailable,
    die_with_parent,
    find_program,
    free_port,
    make_public_tempdir,
    require_root,
    run_checked,
    wait_until,
)

__all__ = ["PostgresServer"]

OS_USER = "postgres"
SUPERUSER = "postgres"
_START_TIMEOUT_S = 60.0
_START_ATTEMPTS = 3
_NAME = re.compile(r"[a-z][a-z0-9_]{0,40}")
# Durability is pointless for throwaway test data and costs seconds on a slow CI disk.
_SERVER_OPTIONS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
_HBA = f"""\
local all all trust
host all {SUPERUSER} 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


class PostgresServer:
    """One running cluster; make it with `PostgresServer.start()`, end it with `stop()`."""

    host = LOOPBACK

    def __init__(
        self,
        root: Path,
        process: subprocess.Popen[bytes],
        port: int,
        options: tuple[str, ...] = (),
    ) -> None:
        self.root = root
        self.port = port
        self.options = options
        self._process = process
        self._counter = itertools.count(1)

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    @property
    def pid(self) -> int:
        """The postmaster's process id."""
        return self._process.pid

    @classmethod
    def start(cls, options: tuple[str, ...] = ()) -> PostgresServer:
        """initdb and start a fresh cluster; ServerUnavailable says what is missing or wrong.
        `options`: more `-c name=value` settings (a benchmark's pg_stat_statements)."""
        require_root("PostgreSQL")
        bin_dir = _bin_dir()
        user = _os_user()
        root = make_public_tempdir("intake-postgres-", in_memory=True)
        try:
            os.chown(root, user.pw_uid, user.pw_gid)
            _initdb(bin_dir, root)
            server = _start_with_retries(cls, bin_dir, root, options)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        atexit.register(server.stop)
        return server

    def superuser_url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL for the trusted superuser on `database`."""
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def new_database(self, prefix: str = "t") -> str:
        """Create an empty database; returns its superuser SQLAlchemy URL."""
        _check_name(prefix)
        name = f"{prefix}_{next(self._counter)}_{secrets.token_hex(3)}"
        self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.superuser_url(name)

    def create_role(self, name: str, password: str, database: str = "postgres") -> str:
        """Create a login role (no privileges granted); returns its URL for `database`.

        Roles are cluster-wide, so use a name unique to the test. Grant what the role may
        do through `superuser_url`.
        """
        _check_name(name)
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(password)
        )
        self.execute(statement)
        secret = quote(password, safe="")
        return f"postgresql+psycopg://{name}:{secret}@{self.host}:{self.port}/{database}"

    def execute(self, statement: sql.Composed | sql.SQL | str, database: str = "postgres") -> None:
        """Run one statement as the superuser in autocommit (CREATE DATABASE needs that)."""
        with self.connect(database) as conn:
            conn.execute(statement)

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit psycopg connection as the superuser."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
            connect_timeout=5,
        )

    def stop(self, *, keep_files: bool = False) -> None:
        """Fast shutdown (rolls back open transactions); removes the temp dir. Idempotent."""
        _shutdown(self._process)
        if not keep_files:
            shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Shut the server down, keeping its data (the database becomes unavailable)."""
        _shutdown(self._process)

    def resume(self) -> None:
        """Start the paused server again on the same port and data."""
        self._process = _spawn(_bin_dir(), self.root, self.port, self.options)
        _wait_ready(self._process, self.root, self.port)

    def __repr__(self) -> str:
        return f"PostgresServer(port={self.port}, root={self.root})"


def _check_name(name: str) -> None:
    if not _NAME.fullmatch(name):
        raise ValueError("name must be lower-case letters, digits or _, starting with a letter")


def _bin_dir() -> Path:
    """The newest Debian cluster binaries, else wherever `initdb` is on PATH."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    initdb = Path(find_program("initdb")).resolve()
    if not (initdb.parent / "postgres").exists():
        raise ServerUnavailable(f"no `postgres` beside {initdb}; {INSTALL_HINT}")
    return initdb.parent


def _os_user() -> pwd.struct_passwd:
    """The `postgres` OS user (PostgreSQL refuses to run as root); created if missing."""
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(OS_USER)
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    run_checked(
        [
            useradd,
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            OS_USER,
        ],
        f"creating the {OS_USER} OS user",
    )
    return pwd.getpwnam(OS_USER)


def _env() -> dict[str, str]:
    # A LANG naming a locale the machine lacks makes initdb and postgres fail.
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C"}


def _initdb(bin_dir: Path, root: Path) -> None:
    data = root / "data"
    run_checked(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        ],
        "initdb",
        user=OS_USER,
        cwd=root,
        env=_env(),
    )
    (data / "pg_hba.conf").write_text(_HBA)


def _start_with_retries(
    cls: type[PostgresServer], bin_dir: Path, root: Path, options: tuple[str, ...] = ()
) -> PostgresServer:
    error: ServerUnavailable | None = None
    for _attempt in range(_START_ATTEMPTS):
        port = free_port()
        process = _spawn(bin_dir, root, port, options)
        try:
            _wait_ready(process, root, port)
        except ServerUnavailable as failure:
            error = failure
            _shutdown(process)
            continue
        return cls(root, process, port, options)
    assert error is not None
    raise error


def _spawn(
    bin_dir: Path, root: Path, port: int, options: tuple[str, ...] = ()
) -> subprocess.Popen[bytes]:
    args = [
        str(bin_dir / "postgres"),
        "-D",
        str(root / "data"),
        "-p",
        str(port),
        "-h",
        LOOPBACK,
        "-k",
        str(root),
    ]
    for option in (*_SERVER_OPTIONS, *options):
        args += ["-c", option]
    with (root / "postgres.log").open("ab") as log:
        try:
            return subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=root,
                env=_env(),
                user=OS_USER,
                preexec_fn=die_with_parent(signal.SIGQUIT),
            )
        except OSError as failure:
            raise ServerUnavailable(f"cannot run postgres: {failure}; {INSTALL_HINT}") from None


def _wait_ready(process: subprocess.Popen[bytes], root: Path, port: int) -> None:
    def ready() -> bool:
        try:
            psycopg.connect(
                host=LOOPBACK, port=port, user=SUPERUSER, dbname="postgres", connect_timeout=2
            ).close()
        except psycopg.OperationalError:
            return False
        return True

    wait_until(
        ready,
        timeout=_START_TIMEOUT_S,
        what="PostgreSQL",
        alive=lambda: process.poll() is None,
        log=root / "postgres.log",
    )


def _shutdown(process: subprocess.Popen[bytes]) -> None:
    """SIGINT is PostgreSQL's fast shutdown; SIGQUIT, then SIGKILL, if it hangs."""
    for sig, wait_s in ((signal.SIGINT, 20.0), (signal.SIGQUIT, 5.0), (signal.SIGKILL, 5.0)):
        if process.poll() is not None:
            return
        process.send_signal(sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=wait_s)
