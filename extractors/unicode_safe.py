"""Unicode normalisation that stays linear on text a sender controls.

Normalisation puts each run of combining marks in canonical order, and CPython sorts a
run with an insertion sort: its cost is the run's length squared. Real text stacks a few
marks on a letter (Thai at most a vowel, a tone mark and a silencer), so a run longer
than UAX #15's Stream-Safe limit (30 non-starters) is cut there before any normalisation.
The marks past the limit carry nothing a reader could use: they draw on one glyph.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

MAX_MARKS = 30  # UAX #15, Stream-Safe Text Format

# Combining marks (canonical class above 0) all lie in planes 0 and 1 (a test checks it
# against the running Unicode version); scanning only those keeps the import quick.
_SCANNED = 0x20000


def _mark_ranges() -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for cp in range(_SCANNED):
        if unicodedata.combining(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return ranges


def _class_of(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


_BMP_END = 0x10000
_RANGES = _mark_ranges()
_IN_BMP = [(a, min(b, _BMP_END - 1)) for a, b in _RANGES if a < _BMP_END]
_PAST_BMP = [(max(a, _BMP_END), b) for a, b in _RANGES if b >= _BMP_END]
# The regex engine looks a character up in a class of characters all in the BMP with a
# table, but walks a class holding any character past it range by range (about 190):
# the one class of every mark cost 0.4 us a character, a third of a parser child's time
# on a Thai text mail (bench/bench_stages.py), where the BMP's marks alone cost 0.02 us.
# So text with no character past the BMP is scanned for those alone (none other can be
# in it), and other text with the BMP's table first and the rest only past the BMP.
_LONG_RUN_BMP = re.compile(f"[{_class_of(_IN_BMP)}]{{{MAX_MARKS + 1},}}")
_ASTRAL = re.compile(f"[{chr(_BMP_END)}-{chr(0x10FFFF)}]")
_LONG_RUN = re.compile(
    f"(?:[{_class_of(_IN_BMP)}]|(?={_ASTRAL.pattern})[{_class_of(_PAST_BMP)}]){{{MAX_MARKS + 1},}}"
)


def _cut(match: re.Match[str]) -> str:
    return match.group()[:MAX_MARKS]


def stream_safe(text: str) -> str:
    """The text with every run of combining marks cut to MAX_MARKS."""
    if len(text) <= MAX_MARKS:
        return text
    long_run = _LONG_RUN if _ASTRAL.search(text) else _LONG_RUN_BMP
    return long_run.sub(_cut, text)


def normalize(form: Literal["NFC", "NFD", "NFKC", "NFKD"], text: str) -> str:
    """unicodedata.normalize on the stream-safe text."""
    return unicodedata.normalize(form, stream_safe(text))
