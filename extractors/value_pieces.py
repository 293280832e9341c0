"""A date alone among a person's values typed as one line (set 29).

In a chat or a page's message the answers to "name / ID / birth date / address / phone"
come back in one line, parted as the question parted them:

    นางสาวเมษา ทองมาก / 3-7204-00556-78-1 / 08/02/1987 / 41/3 ม.7 ... / 0917723364

Nothing says which piece is the birth date, but a piece that is a date and nothing else,
in a line that holds the person's own ID or phone, is one: no other date of a request
is typed among the person's particulars. Read by its shape, so less sure than a label
(the value is flagged for a clerk to look at).

So too a date alone on its line beside a line that is her ID or her phone alone (set 78:
a reply typed on a phone, one bare line a value, the clerk's questions quoted below):

    นางสมศรี แก้ววงศ์
    3-6502-00411-87-9
    วันที่ 21 เดือนสิงหาคม พ.ศ. 2499
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from extractors.thai import parse_date
from extractors.validate import normalise_phone
from extractors.values import PHONE_IN_TEXT, valid_ids_in

__all__ = ["DATE_LINE", "DATE_PIECE", "date_alone", "date_lines", "date_pieces"]

DATE_PIECE = "date alone among a person's values parted by /"
DATE_LINE = "date alone on a line beside her ID or phone alone"
_SEPARATOR = re.compile(r"[ \t]+[/|][ \t]+|;[ \t]*")
# A date piece: digits and the marks a date is written with, or a Thai or English month's
# word between a day and a year; no other words (a sentence holding a date is no piece).
_DATE_SHAPE = re.compile(
    r"[0-9๐-๙]{1,4}(?:[/\-.][0-9๐-๙]{1,2}[/\-.][0-9๐-๙]{2,4}"
    r"|[ \t]*[\u0e01-\u0e4eA-Za-z.]+[ \t]*(?:(?:พ\.ศ\.|ค\.ศ\.)[ \t]*)?[0-9๐-๙]{4})"
)
_DAY_WORD = re.compile(r"(?:วันที่|วัน)[ \t]*")
MIN_PIECES = 3  # a name, a number, a date at least: a line of values, not a sentence
OLDEST_YEARS = 120


def date_pieces(text: str) -> Iterator[tuple[str, str, int, str]]:
    """("birth_date", the date as written, its offset, DATE_PIECE) for each line of
    pieces that holds one date piece and the person's ID or phone."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if "/" in line or "|" in line or ";" in line:
            yield from _in_line(line.rstrip("\r\n"), offset)
        offset += len(line)


def _in_line(line: str, offset: int) -> Iterator[tuple[str, str, int, str]]:
    cuts = [0]
    for m in _SEPARATOR.finditer(line):
        cuts += [m.start(), m.end()]
    cuts.append(len(line))
    pieces = [(cuts[i], line[cuts[i] : cuts[i + 1]]) for i in range(0, len(cuts), 2)]
    if len(pieces) < MIN_PIECES:
        return
    dates = [(start, piece.strip()) for start, piece in pieces if _is_birth_date(piece.strip())]
    if len(dates) != 1 or not _holds_own_number(line):
        return
    start, value = dates[0]
    yield "birth_date", value, offset + start + line[start:].find(value), DATE_PIECE


def _is_birth_date(piece: str) -> bool:
    if not _DATE_SHAPE.fullmatch(piece):
        return False
    date = parse_date(piece)
    today = dt.date.today()
    return date is not None and today.year - OLDEST_YEARS <= date.year and date < today


def _holds_own_number(line: str) -> bool:
    """The line holds an ID with a valid check digit or a phone number."""
    if next(valid_ids_in(line), None) is not None:
        return True
    return any(normalise_phone(m.group(0)) for m in PHONE_IN_TEXT.finditer(line))


def date_lines(text: str) -> Iterator[tuple[str, str, int, str]]:
    """("birth_date", the date as written, its offset, DATE_LINE) for each line that is
    a date alone ("วันที่" before it at most) next to a line that is the person's ID or
    phone alone."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    bare = [line.strip() for line in lines]
    for n, line in enumerate(bare):
        value = date_alone(line)
        if value is None:
            continue
        near = [bare[k] for k in (n - 1, n + 1) if 0 <= k < len(bare)]
        if any(_only_own_number(other) for other in near):
            yield "birth_date", value, starts[n] + lines[n].find(value), DATE_LINE


def date_alone(text: str) -> str | None:
    """The date `text` is alone ("วันที่" before it at most), a past one a person may
    have been born on; None when it is anything else."""
    text = text.strip()
    value = text[m.end() :] if (m := _DAY_WORD.match(text)) else text
    return value if value and _is_birth_date(value) else None


def _only_own_number(line: str) -> bool:
    """The line is an ID with a valid check digit, or a phone number, and nothing else."""
    if any(m.group(0) == line for m in valid_ids_in(line)):
        return True
    return any(
        m.group(0).strip() == line and normalise_phone(line) for m in PHONE_IN_TEXT.finditer(line)
    )
