"""Load the form templates in `config/forms/*.toml`, one file per type of work.

A template that cannot be used stops the loader with a `TemplateError` whose message is
one line naming the file and the problem, so the agency's IT person can fix it at once.
The file layout (see config/forms/general_request.toml for a full example):

    title_th = "..."            title_en = "..."          retention_years = 10
    purpose_th = "..."          purpose_en = "..."        (optional; PDPA §39 record)
    [rules]                     subject_keywords, body_keywords, required_labels_seen, default
    [[fields]]                  key, type, title_th, title_en, labels, form_fields,
                                personal, required, multiline

The template's name is the file stem; a `name` key, if present, must equal it.

The common fields (name, ID, birth date, phone, email, address, postal code, province,
subject, details) are defined once in `fields.toml` (the vocabulary, see
`extractors.vocabulary`). A template field whose key is a common one starts from that
definition: the template may set any attribute and its labels are added to the common
ones. `like = "full_name"` makes a field of another key a kind of the common one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from extractors.base import FieldSpec, FieldType, FormTemplate, TemplateRules
from extractors.thai import fold_label
from extractors.vocabulary import Vocabulary, default_vocabulary_path, load_vocabulary

__all__ = ["TemplateError", "load_template", "load_templates"]


class TemplateError(Exception):
    """A form template that cannot be used. The message is one line: file, then problem."""

    def __init__(self, source: Path | str, problem: str) -> None:
        self.source = str(source)
        self.problem = " ".join(problem.split())
        super().__init__(f"{self.source}: {self.problem}")


_FIELD_TYPES: tuple[str, ...] = get_args(FieldType)
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_TOP_KEYS = {"name", *FormTemplate.model_fields}


def load_templates(directory: Path, vocabulary: Path | None = None) -> list[FormTemplate]:
    """Every `*.toml` template in `directory`, sorted by name, over the common fields.

    The vocabulary is `vocabulary`, else `fields.toml` beside or above the directory,
    else the one shipped in config/. Raises TemplateError for a missing or empty
    directory, for any bad file, and when more than one template claims to be the default.
    """
    if not directory.is_dir():
        raise TemplateError(directory, "no such directory")
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise TemplateError(directory, "no *.toml form templates found")
    common = _vocabulary(vocabulary or default_vocabulary_path(directory))
    templates = [load_template(path, common) for path in paths]
    defaults = [p for p, t in zip(paths, templates, strict=True) if t.rules.default]
    if len(defaults) > 1:
        others = ", ".join(p.name for p in defaults[:-1])
        raise TemplateError(defaults[-1], f"rules.default is also set in {others}; only one")
    return templates


def _vocabulary(path: Path | None) -> Vocabulary:
    if path is None:
        return Vocabulary({})
    try:
        return load_vocabulary(path)
    except ValueError as exc:
        raise TemplateError(path, str(exc)) from None


def load_template(path: Path, common: Vocabulary | None = None) -> FormTemplate:
    """One template file. Raises TemplateError naming the file and the problem."""
    if common is None:
        common = _vocabulary(default_vocabulary_path(path.parent))
    data = _read_toml(path)
    name = data.pop("name", path.stem)
    if name != path.stem:
        raise TemplateError(path, f"name {name!r} differs from the file name {path.stem!r}")
    _check_keys(path, data, _TOP_KEYS, "")
    _check_keys(path, _table(path, data.get("rules", {}), "rules"), TemplateRules, "rules: ")
    fields = data.get("fields")
    if not isinstance(fields, list) or not fields:
        raise TemplateError(path, "no [[fields]] defined")
    merged = []
    for i, field in enumerate(fields):
        table = _table(path, field, f"fields[{i}]")
        _check_field(path, table, i)
        try:
            merged.append(common.complete(dict(table)))
        except ValueError as exc:
            raise TemplateError(path, f"field {table.get('key')!r}: {exc}") from None
    data["fields"] = merged
    try:
        template = FormTemplate.model_validate({**data, "name": name})
    except ValidationError as exc:
        raise TemplateError(path, _first_error(exc)) from None
    _check_template(path, template)
    return template


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise TemplateError(path, f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise TemplateError(path, "not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(path, f"bad TOML: {exc}") from None


def _table(path: Path, value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise TemplateError(path, f"{where} must be a table")
    return value


def _check_keys(
    path: Path, table: Mapping[str, Any], allowed: Iterable[str] | type[BaseModel], where: str
) -> None:
    """Refuse keys the model does not know: a typo ("requird") must not pass silently."""
    names = set(allowed.model_fields) if isinstance(allowed, type) else set(allowed)
    unknown = sorted(set(table) - names)
    if unknown:
        raise TemplateError(path, f"{where}unknown key {unknown[0]!r}")


def _check_field(path: Path, field: Mapping[str, Any], index: int) -> None:
    key = field.get("key")
    where = f"field {key!r}" if isinstance(key, str) else f"fields[{index}]"
    _check_keys(path, field, FieldSpec, f"{where}: ")
    if not isinstance(key, str) or not _KEY.fullmatch(key) or hasattr(BaseModel, key):
        raise TemplateError(path, f"{where}: key must be a lower-case name like 'full_name'")
    kind = field.get("type", "text")
    if kind not in _FIELD_TYPES:
        allowed = ", ".join(_FIELD_TYPES)
        raise TemplateError(path, f"{where} has unknown type {kind!r} (one of: {allowed})")


def _first_error(exc: ValidationError) -> str:
    error = exc.errors(include_input=False, include_url=False)[0]
    loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"]).lstrip(".")
    return f"{loc}: {error['msg']}"


def _check_template(path: Path, template: FormTemplate) -> None:
    if template.retention_years < 1:
        raise TemplateError(path, "retention_years must be 1 or more")
    seen_keys: set[str] = set()
    labels: dict[str, str] = {}
    form_fields: dict[str, str] = {}
    for spec in template.fields:
        if spec.key in seen_keys:
            raise TemplateError(path, f"duplicate field key {spec.key!r}")
        seen_keys.add(spec.key)
        if not any(fold_label(label) for label in spec.labels):
            raise TemplateError(path, f"field {spec.key!r} has no labels")
        _claim(path, spec.key, spec.labels, labels, "label")
        _claim(path, spec.key, spec.form_fields, form_fields, "form field name")


def _claim(path: Path, key: str, names: list[str], owners: dict[str, str], what: str) -> None:
    """Each label folds to one field only; otherwise a value could land in either."""
    for name in names:
        folded = fold_label(name)
        owner = owners.setdefault(folded, key)
        if owner != key:
            raise TemplateError(path, f"{what} {name!r} is used by {owner!r} and {key!r}")
