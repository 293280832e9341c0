"""A web form's data mailed as its program dumped it, turned into `label: value` lines.

Small form mailers (a PHP page, a script behind a web form) often mail what they were
posted without laying it out: the JSON of the form (`{"fullname": "...", ...}`, the Thai
letters maybe escaped as \\u0e19), or PHP's print_r of the posted array
(`Array ( [fname] => ... )`), or the posted body itself, URL-encoded as the browser sent
it (`fname=%E0%B8%AA...&tel=08...`, one line among the mailer's own). Each is a list
of field names and values, which is what a `label: value` form is: the body is
rewritten so, one field a line, and read as one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import unquote_plus

from extractors.chat_marks import without_chat_marks
from extractors.chat_transcript import as_questions_and_answers
from extractors.device_signature import without_device_signatures
from extractors.dictation import as_dictated
from extractors.html_text import fold_full_width, markup_shown_as_text
from extractors.yaml_blocks import folded_block_values

__all__ = ["dump_as_lines", "dump_under_head", "shown_text", "text_to_read"]

MAX_DUMP_CHARS = 200_000  # a form's payload is a few KB
MAX_DEPTH = 4
# print_r's "    [fname] => value" (one entry a line, nested arrays indented).
_PRINT_R_ENTRY = re.compile(r"^\s*\[([^\[\]\n]{1,60})\]\s*=>\s?(.*)$")
_PRINT_R_OPEN = re.compile(r"^\s*Array\s*$|^\s*\(\s*$|^\s*\)\s*$")
# application/x-www-form-urlencoded: name=value pairs joined by &, the names a form's.
_QUERY_PAIR = re.compile(r"^([A-Za-z_][A-Za-z0-9_.\-\[\]]{0,40})=(.*)$", re.S)
MIN_QUERY_PAIRS = 3  # "a=1&b=2" is as likely a link's tail; a form posts more boxes
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_URL_QUERY = re.compile(r"^https?://[^\s?#]+\?([^\s#]+)(?:#\S*)?$", re.I)


# The body form and the prose reader each read a text part through these, one after
# the other: the second asks what the first was just told (about 85 us a mail, 4% of a
# text mail's analysis). Two texts only: the part being read (personal data, kept no
# longer than the next part's reading).
@lru_cache(maxsize=2)
def shown_text(text: str) -> str:
    """A text body as its sender's program meant it shown: full-width forms as ASCII,
    markup written as text read as markup, a chat app's *bold* and ~struck~ marks as it
    showed them, YAML's block values on their keys' lines, a chat transcript as questions
    and answers, a phone's "Sent from my iPhone" line left out (emptied: the program's
    words, not the sender's), voice typing's spoken "เว้นวรรค" and "ขึ้นบรรทัดใหม่" as the
    space and line break they ask for.
    The readers read this (or its dump's lines); the message's own text part is kept as
    it came."""
    return as_questions_and_answers(
        without_chat_marks(
            folded_block_values(
                markup_shown_as_text(without_device_signatures(as_dictated(fold_full_width(text))))
            )
        )
    )


def text_to_read(text: str) -> str:
    """shown_text, and a form mailer's dump as `key: value` lines."""
    shown = shown_text(text)
    return dump_as_lines(shown) or shown


def dump_as_lines(text: str) -> str | None:
    """`text` as `key: value` lines when it is a JSON object or a print_r array dump;
    None otherwise."""
    found = dump_under_head(text)
    return None if found is None else found[0] + found[1]


@lru_cache(maxsize=2)  # asked twice a text part, as shown_text
def dump_under_head(text: str) -> tuple[str, str] | None:
    """(head, lines): the lines a dump's program did not write above it, kept as they
    came (a forward's header, a relative's note), and the dump as `key: value` lines
    with anything below it; None when the text holds no dump."""
    stripped = text.strip()
    if len(stripped) > MAX_DUMP_CHARS:
        return None
    whole = _dump_lines(stripped)
    if whole is not None:
        return "", whole
    for start in _DUMP_OPENS.finditer(stripped):
        if start.start() == 0:
            continue
        lines = _dump_lines(stripped[start.start() :], query=False)
        if lines is not None:
            return stripped[: start.start()], lines
    return None


def _dump_lines(stripped: str, *, query: bool = True) -> str | None:
    if stripped.startswith("{") and stripped.endswith("}"):
        return _json_lines(stripped)
    if stripped.startswith("Array") and "=>" in stripped:
        whole = _print_r_lines(stripped)
        if whole is not None:
            return whole
    dumped = _dump_with_tail(stripped)
    return dumped if dumped is not None or not query else _query_lines(stripped)


# A dump under lines of mail: a relative forwards the form mailer's mail (Gmail's
# "Forwarded message" block, Outlook's จาก/ส่ง/ถึง/เรื่อง), or writes a note above the
# data. The dump opens a line: JSON's "{" (alone, as pretty-printed, or before its first
# key) or print_r's "Array". Read as text, set 6's address came as '"9 ถนน...' or
# '=> 18 หมู่ที่ ...' (the metamorphic harness's fwd_gmail, fwd_outlook_th).
_DUMP_OPENS = re.compile(r'^(?:\{[ \t]*$|\{\s*"|Array[ \t]*$)', re.M)


# A dump, then lines its program did not write: a phone's or a company's signature, a
# disclaimer, a relay's footer appended under it. The dump ends where its own syntax ends
# (the JSON object's closing brace, print_r's closing ")" alone at the line's start) and
# the lines below, on their own lines, are kept under its `label: value` lines as they
# came. Without this a dump with anything appended was read as text: set 6's address
# came as '"9 ถนน...' or '=> 18 หมู่ที่ ...' (the metamorphic harness's sig_iphone,
# disclaimer).
_PRINT_R_END = re.compile(r"^\)[ \t]*$", re.M)
_OWN_LINE = re.compile(r"[ \t]*\r?\n")


def _dump_with_tail(text: str) -> str | None:
    if text.startswith("{"):
        try:
            _, end = json.JSONDecoder(strict=False).raw_decode(text)  # wrapped: see below
        except ValueError:
            return None
        head, tail = text[:end], text[end:]
        lines = _json_lines(head) if head.endswith("}") else None
    elif text.startswith("Array") and "=>" in text:
        close = _PRINT_R_END.search(text)
        if close is None:
            return None
        head, tail = text[: close.end()], text[close.end() :]
        lines = _print_r_lines(head)
    else:
        return None
    if lines is None or not tail.strip() or _OWN_LINE.match(tail) is None:
        return None  # the text after the dump must begin on a line of its own
    return lines + "\n" + tail.lstrip(" \t")


def _query_lines(text: str) -> str | None:
    """The pairs of the one line that is a posted form's URL-encoded body, if one is.
    Percent escapes are decoded (+ is a space there); a body a relay already decoded
    keeps its + signs, which are then the citizen's own (a +66 phone)."""
    lines = text.splitlines()
    found = [pairs for line in lines if (pairs := _query_pairs(_query_of(line.strip())))]
    if len(found) != 1 and (pairs := _pair_lines(lines)) is not None:
        found = [pairs]
    if len(found) != 1:
        return None
    return "\n".join(f"{key}: {value}" for key, value in found[0] if value.strip()) or None


def _query_of(line: str) -> str:
    """A form sent by GET and logged as the URL it was called with: the pairs after '?'."""
    m = _URL_QUERY.match(line)
    return m.group(1) if m else line


def _pair_lines(lines: list[str]) -> list[tuple[str, str]] | None:
    """The pairs of a run of `name=value` lines, one a line (a relay that splits the
    posted body at its &), when MIN_QUERY_PAIRS or more stand together."""
    best: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        m = _QUERY_PAIR.match(line.strip())
        if m is not None and "&" not in line:
            run.append((m.group(1), _decoded(m.group(2))))
            continue
        best, run = (run if len(run) > len(best) else best), []
    return best if len(best) >= MIN_QUERY_PAIRS else None


def _decoded(value: str) -> str:
    return unquote_plus(value) if _PERCENT.search(value) and " " not in value else value


def _query_pairs(line: str) -> list[tuple[str, str]] | None:
    parts = line.split("&")
    if len(parts) < MIN_QUERY_PAIRS:
        return None
    pairs = [_QUERY_PAIR.match(p) for p in parts]
    if any(m is None for m in pairs):
        return None
    encoded = bool(_PERCENT.search(line)) and " " not in line
    return [
        (m.group(1), unquote_plus(m.group(2)) if encoded else m.group(2))
        for m in pairs
        if m is not None
    ]


def _json_lines(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        try:  # a line break inside a string: a mail client's hard wrap, made at a space
            data = _unwrapped(json.loads(text, strict=False))  # (the harness's wrap72)
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


def _unwrapped(data: object) -> object:
    """JSON read with its strings' raw line breaks (JSON's writers escape theirs) made the
    spaces a hard wrap took."""
    if isinstance(data, str):
        return data.replace("\r\n", "\n").replace("\n", " ")
    if isinstance(data, dict):
        return {key: _unwrapped(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_unwrapped(value) for value in data]
    return data


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
