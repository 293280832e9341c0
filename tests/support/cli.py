"""Write a settings file and run `python -m intake` as a separate process, as an operator would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from intake.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def write_config(
    path: Path,
    *,
    data_dir: Path,
    mailboxes: list[dict[str, Any]],
    database_url: str | None = None,
    **top: Any,
) -> Path:
    lines = [f"data_dir = {_toml_value(data_dir)}"]
    lines += [f"{key} = {_toml_value(value)}" for key, value in top.items()]
    if database_url:
        lines += ["[database]", f"url = {_toml_value(database_url)}"]
    for mailbox in mailboxes:
        lines.append("[[mailboxes]]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in mailbox.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def imap_mailbox(account: Any, name: str = "saraban", **overrides: Any) -> dict[str, Any]:
    """Settings for a mailbox on the test Dovecot, plain IMAP on loopback by default."""
    mailbox: dict[str, Any] = {
        "name": name,
        "host": account.host,
        "port": account.port,
        "security": "plain",
        "username": account.username,
        "password_env": PASSWORD_ENV,
        "poll_seconds": 5,
    }
    mailbox.update(overrides)
    return mailbox


def run_cli(
    config: Path | None,
    *args: str,
    password: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 900,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("INTAKE_CONFIG", None)
    if password is not None:
        full_env[PASSWORD_ENV] = password
    full_env.update(env or {})
    command = [sys.executable, "-m", "intake"]
    if config is not None:
        command += ["--config", str(config)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=cwd or REPO,
    )


def status_json(config: Path, password: str | None = None) -> dict[str, Any]:
    done = run_cli(config, "status", "--json", password=password)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def store_count(config: Path, table: Literal["cases", "messages"]) -> int:
    """The rows `status` counts as cases or messages, read in this process (0 while the
    store is not there yet), for a loop that waits on a running worker: `status` is a new
    interpreter, about 1.7 s of CPU, and run every second it took most of a core from
    the worker it waited on. What a test asserts it still reads from `status`."""
    engine = create_engine(load_settings(config).database_url)
    try:
        with engine.connect() as db:
            return int(db.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    except (OperationalError, ProgrammingError):
        return 0
    finally:
        engine.dispose()
