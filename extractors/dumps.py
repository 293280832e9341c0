"""A web form's data mailed as its program dumped it, turned into `label: value` lines.

Small form mailers (a PHP page, a script behind a web form) often mail what they were
posted without laying it out: the JSON of the form (`{"fullname": "...", ...}`, the Thai
letters maybe escaped as \\u0e19), or PHP's print_r of the posted array
(`Array ( [fname] => ... )`). Each is a list of field names and values, which is what
a `label: value` form is: the body is rewritten so, one field a line, and read as one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from extractors.html_text import fold_full_width, markup_shown_as_text

__all__ = ["dump_as_lines", "shown_text", "text_to_read"]

MAX_DUMP_CHARS = 200_000  # a form's payload is a few KB
MAX_DEPTH = 4
# print_r's "    [fname] => value" (one entry a line, nested arrays indented).
_PRINT_R_ENTRY = re.compile(r"^\s*\[([^\[\]\n]{1,60})\]\s*=>\s?(.*)$")
_PRINT_R_OPEN = re.compile(r"^\s*Array\s*$|^\s*\(\s*$|^\s*\)\s*$")


def shown_text(text: str) -> str:
    """A text body as its sender's program meant it shown: full-width forms as ASCII,
    markup written as text read as markup. The readers read this (or its dump's lines);
    the message's own text part is kept as it came."""
    return markup_shown_as_text(fold_full_width(text))


def text_to_read(text: str) -> str:
    """shown_text, and a form mailer's dump as `key: value` lines."""
    shown = shown_text(text)
    return dump_as_lines(shown) or shown


def dump_as_lines(text: str) -> str | None:
    """`text` as `key: value` lines when it is a JSON object or a print_r array dump;
    None otherwise."""
    stripped = text.strip()
    if len(stripped) > MAX_DUMP_CHARS:
        return None
    if stripped.startswith("{") and stripped.endswith("}"):
        return _json_lines(stripped)
    if stripped.startswith("Array") and "=>" in stripped:
        return _print_r_lines(stripped)
    return None


def _json_lines(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return "\n".join(f"{key}: {value}" for key, value in _pairs(data, 0)) or None


def _pairs(data: dict[object, object], depth: int) -> Iterator[tuple[str, str]]:
    for key, value in data.items():
        if isinstance(value, dict) and depth < MAX_DEPTH:
            yield from _pairs(value, depth + 1)
        elif isinstance(value, list):
            yield str(key), ", ".join(str(v) for v in value if not isinstance(v, dict | list))
        elif value is not None:
            yield str(key), str(value)


def _print_r_lines(text: str) -> str | None:
    """The entries of print_r's output; None unless every line is print_r's own."""
    out = []
    for line in text.splitlines():
        if not line.strip() or _PRINT_R_OPEN.match(line):
            continue
        entry = _PRINT_R_ENTRY.match(line)
        if entry is None:
            return None
        key, value = entry.group(1).strip(), entry.group(2).strip()
        if value and value != "Array":
            out.append(f"{key}: {value}")
    return "\n".join(out) or None
