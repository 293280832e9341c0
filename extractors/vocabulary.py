"""The common fields, defined once (config/fields.toml), and how a template uses them.

Before, every template carried its own copy of the name, ID, phone... labels, and the
copies drifted: a label known to one template was unknown to another. Now a template
field whose key is a common one starts from the common definition, and its own labels
are added to the common ones, never replacing them.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractors.base import FieldSpec

__all__ = ["VOCABULARY_FILE", "Vocabulary", "default_vocabulary_path", "load_vocabulary"]

VOCABULARY_FILE = "fields.toml"
_SHIPPED = Path(__file__).resolve().parents[1] / "config" / VOCABULARY_FILE
_LISTS = ("labels", "form_fields")


class Vocabulary:
    """Common field key -> its definition (a FieldSpec table without the key)."""

    def __init__(self, fields: dict[str, dict[str, Any]]) -> None:
        self.fields = fields

    def __contains__(self, key: object) -> bool:
        return key in self.fields

    def spec(self, key: str) -> FieldSpec:
        return FieldSpec.model_validate({"key": key, **self.fields[key]})

    def complete(self, table: dict[str, Any]) -> dict[str, Any]:
        """A template's field table with the common definition filled in.

        Raises ValueError (one line) for a `like` that names no common field.
        """
        key = table.get("key")
        like = table.get("like")
        if like is not None and like not in self.fields:
            raise ValueError(f"like {like!r} is not a common field in {VOCABULARY_FILE}")
        if isinstance(key, str) and key in self.fields:
            base = self.fields[key]
            merged = {**base, **table}
            for name in _LISTS:
                merged[name] = _union(base.get(name, []), table.get(name, []))
            return merged
        if like is not None:  # same kind of value; its labels stay with the common key
            inherited = {k: v for k, v in self.fields[like].items() if k not in _LISTS}
            return {**inherited, **table}
        return table


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def default_vocabulary_path(forms_dir: Path) -> Path | None:
    """`fields.toml` beside the forms folder, else the shipped one, else None."""
    for path in (forms_dir.parent / VOCABULARY_FILE, _SHIPPED):
        if path.is_file():
            return path
    return None


def load_vocabulary(path: Path) -> Vocabulary:
    """Read and check the vocabulary. Raises ValueError with a one-line problem."""
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"bad TOML: {exc}") from None
    fields: dict[str, dict[str, Any]] = {}
    for key, table in data.items():
        if not isinstance(table, dict):
            raise ValueError(f"{key!r} must be a table of a common field")
        unknown = sorted(set(table) - set(FieldSpec.model_fields))
        if unknown or "key" in table:
            raise ValueError(f"field {key!r}: unknown key {(unknown or ['key'])[0]!r}")
        try:
            FieldSpec.model_validate({"key": key, **table})
        except ValidationError as exc:
            error = exc.errors(include_input=False, include_url=False)[0]
            where = ".".join(str(p) for p in error["loc"])
            raise ValueError(f"field {key!r}: {where}: {error['msg']}") from None
        fields[key] = dict(table)
    return Vocabulary(fields)
