"""A national ID read by OCR, chosen by its check digit among the ways it could be read.

A Thai national ID carries a mod-11 check digit, so of several readings of one ID at
most a few make a valid number; where exactly one does, it is the best guess the page
allows. Never a sure one: a value chosen here is flagged `ocr_repaired` and
`ocr_low_confidence` by the caller, and a clerk checks it against the page.

Two ways an ID comes out of Tesseract that this undoes:

- written in printed boxes, a box side left on the page (the rules came off, a side
  was too faint to be found) is read among the digits as `|`, `[`, `]`, or as a `1`:
  `3 [3005 01244| 76 1` for 3-3005-01244-76-1. The marks no digit looks like are
  dropped; when that leaves one digit too many, the `1` whose removal the check digit
  accepts, if exactly one does. Not two: of the ways to drop two, one in three or so
  makes some valid number, and a guess that often wrong is no help to a clerk.
- the page read several ways (strict cut, grey page, lenient cut: `extractors.ocr`)
  gives the same 13 places different digits: `2409900155361` and `3409900155369`. The
  chosen reading with one place taken from another reading that differs from it in at
  most two places, where exactly one such change makes the ID valid. Readings further
  apart are not reading the same digits well: each place tried is another chance for
  a wrong number to pass the check (one in ten).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from extractors.thai import thai_digits_to_arabic
from extractors.validate import national_id_is_valid

ID_LENGTH = 13
MAX_PLACES_APART = 2  # readings further apart than this are not compared
# What a printed box's side is read as, besides a 1: no digit looks like these.
_SIDE_MARKS = re.compile(r"[|\[\]]")
# What may stand between the digits of an ID as written: spaces, the printed dashes.
_SEPARATORS = re.compile(r"[\s\-–—.]+")


def id_digits(value: str) -> str | None:
    """The value's digits (Thai digits as Arabic) when it holds nothing but digits,
    separators and box sides; None otherwise (a word, a letter read for a digit)."""
    bare = _SIDE_MARKS.sub("", _SEPARATORS.sub("", thai_digits_to_arabic(value)))
    return bare if bare.isdigit() and bare.isascii() else None


def id_without_box_sides(value: str, ones: int = 1) -> str | None:
    """The valid ID left when the box sides read among its digits are dropped (see the
    module's note), or None: none, or more than one, is valid that way. Up to `ones`
    sides read as `1` are dropped: the label reader asks with 2, as it sees the value
    with its `|` already read as `1` (`ocr_text.repair_value`); the value itself is
    repaired with 1."""
    digits = id_digits(value)
    if digits is None or not 0 <= len(digits) - ID_LENGTH <= ones:
        return None
    places = [i for i, d in enumerate(digits) if d == "1"]
    kept = (
        "".join(d for i, d in enumerate(digits) if i not in dropped)
        for dropped in itertools.combinations(places, len(digits) - ID_LENGTH)
    )
    valid = {k for k in kept if national_id_is_valid(k)}
    return valid.pop() if len(valid) == 1 else None


def id_from_readings(chosen: str, others: Sequence[str]) -> str | None:
    """`chosen` (13 digits, its check digit failing) with the digit of one place taken
    from another reading of the same ID, when exactly one such change is valid; None
    otherwise. Readings not 13 digits long are not aligned with it and say nothing."""
    if len(chosen) != ID_LENGTH or not chosen.isdigit() or national_id_is_valid(chosen):
        return None
    valid = set()
    for other in others:
        if len(other) != ID_LENGTH or not other.isdigit():
            continue
        if sum(a != b for a, b in zip(chosen, other, strict=True)) > MAX_PLACES_APART:
            continue
        for i, (mine, theirs) in enumerate(zip(chosen, other, strict=True)):
            trial = chosen[:i] + theirs + chosen[i + 1 :]
            if mine != theirs and national_id_is_valid(trial):
                valid.add(trial)
    return valid.pop() if len(valid) == 1 else None


# A 3 read as 2 at an ID's start: a typewriter's or a fax's 3, its top flattened, is read
# as 2 (three of the sets' IDs that fail the check digit, `2409900155361` for
# 3409900155361). The first digit is the person's category, 3 the most common of them.
FIRST_DIGIT_READ_AS = {"2": "3"}


def id_with_first_digit(digits: str) -> str | None:
    """`digits` (13, the check digit failing) with its first digit read as the one it is
    seen misread for (`FIRST_DIGIT_READ_AS`), when that makes the ID valid; None
    otherwise. A guess: one ID in ten misread elsewhere would pass so."""
    if len(digits) != ID_LENGTH or not digits.isdigit() or national_id_is_valid(digits):
        return None
    first = FIRST_DIGIT_READ_AS.get(digits[0])
    trial = f"{first}{digits[1:]}" if first else ""
    return trial if first and national_id_is_valid(trial) else None


MIN_AGREEING = 2  # readings of one crop that must give the same valid ID


def id_among(readings: Sequence[str]) -> str | None:
    """The ID that the readings of one crop (several ink cuts, heights and page modes:
    `extractors.ocr._line_reads`) give most often among those whose check digit holds,
    when at least MIN_AGREEING give it and no other valid ID is given as often; None
    otherwise. One reading alone passes the check one time in ten when wrong; two ways
    of reading agreeing on a wrong valid number was not seen on the sets' crops.

    Where no valid ID has two readings, the 13-digit readings, each wrong at a place or
    two of its own (`2700600311951`, `3700600312255`, `3700600311965`), are taken place
    by place by the digit most of them read (`_by_places`), then mended at one place by
    another reading's digit where exactly one such change is valid (`id_from_readings`)."""
    digits = [d for r in readings if (d := id_digits(r)) is not None]
    valid = Counter(d for d in digits if national_id_is_valid(d))
    ranked = valid.most_common(2)
    if ranked and ranked[0][1] >= MIN_AGREEING:
        return None if len(ranked) > 1 and ranked[1][1] == ranked[0][1] else ranked[0][0]
    whole = [d for d in digits if len(d) == ID_LENGTH]
    voted = _by_places(whole)
    if voted is None:
        return None
    return voted if national_id_is_valid(voted) else id_from_readings(voted, whole)


MIN_VOTERS = 3  # 13-digit readings needed to take an ID place by place


def _by_places(whole: Sequence[str]) -> str | None:
    """The digit most of `whole` (13-digit readings of one ID) read at each place, or
    None: fewer than MIN_VOTERS readings, or a place where no digit has a majority."""
    if len(whole) < MIN_VOTERS:
        return None
    voted = []
    for place in zip(*whole, strict=True):
        digit, count = Counter(place).most_common(1)[0]
        if 2 * count <= len(whole):
            return None
        voted.append(digit)
    return "".join(voted)
