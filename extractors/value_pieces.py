"""A date alone among a person's values typed as one line (set 29).

In a chat or a page's message the answers to "name / ID / birth date / address / phone"
come back in one line, parted as the question parted them:

    นางสาวเมษา ทองมาก / 3-7204-00556-78-1 / 08/02/1987 / 41/3 ม.7 ... / 0917723364

Nothing says which piece is the birth date, but a piece that is a date and nothing else,
in a line that holds the person's own ID or phone, is one: no other date of a request
is typed among the person's particulars. Read by its shape, so less sure than a label
(the value is flagged for a clerk to look at).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from extractors.thai import parse_date
from extractors.validate import normalise_phone
from extractors.values import PHONE_IN_TEXT, valid_ids_in

__all__ = ["DATE_PIECE", "date_pieces"]

DATE_PIECE = "date alone among a person's values parted by /"
_SEPARATOR = re.compile(r"[ \t]+[/|][ \t]+|;[ \t]*")
# A date piece: digits and the marks a date is written with, or a Thai or English month's
# word between a day and a year; no other words (a sentence holding a date is no piece).
_DATE_SHAPE = re.compile(
    r"[0-9๐-๙]{1,4}(?:[/\-.][0-9๐-๙]{1,2}[/\-.][0-9๐-๙]{2,4}"
    r"|[ \t]*[\u0e01-\u0e4eA-Za-z.]+[ \t]*(?:(?:พ\.ศ\.|ค\.ศ\.)[ \t]*)?[0-9๐-๙]{4})"
)
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
