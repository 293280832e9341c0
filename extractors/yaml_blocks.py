"""YAML's block values in a note written as YAML (a Markdown note's front matter, a
.yaml file): "ที่อยู่: >-" then the value's lines indented under it.

The indicator (">", "|", with "-" or "+" after it) is no part of the value; read as
written it became the address's first line and the lines below its rest (set 25,
silently). Each such value is written back on its key's line, its lines joined by a
space as YAML's folded style shows them.
"""

from __future__ import annotations

import re

_BLOCK_KEY = re.compile(r"^(?P<key>[ \t]*[^\s:#][^:\n]{0,60}:)[ \t]+[>|][+-]?[ \t]*$")


def folded_block_values(text: str) -> str:
    """`text` with each YAML block value on its key's line."""
    if ">" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _BLOCK_KEY.match(lines[i])
        i += 1
        if m is None:
            out.append(lines[i - 1])
            continue
        indent = len(m.group("key")) - len(m.group("key").lstrip())
        body: list[str] = []
        while i < len(lines) and lines[i].strip() and _indent(lines[i]) > indent:
            body.append(lines[i].strip())
            i += 1
        out.append(f"{m.group('key')} {' '.join(body)}" if body else lines[i - 1])
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))
