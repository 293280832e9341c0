"""Outgoing mail tests: each in its own directory, with a config that names SMTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from support.stores import isolated_env

__all__ = ["isolated_env", "write_mail_config"]


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def write_mail_config(
    tmp_path: Path,
    *,
    sections: dict[str, dict[str, Any]],
    mailboxes: list[dict[str, Any]] | None = None,
) -> Path:
    """A config with a drop-folder mailbox (unless given) and the named sections."""
    boxes = mailboxes or [{"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox")}]
    lines = [f"data_dir = {_value(tmp_path / 'var')}"]
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines += [f"{key} = {_value(v)}" for key, v in values.items()]
    for box in boxes:
        lines.append("[[mailboxes]]")
        lines += [f"{key} = {_value(v)}" for key, v in box.items()]
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "agency.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
