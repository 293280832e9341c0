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


def _mark_class() -> str:
    ranges: list[tuple[int, int]] = []
    for cp in range(_SCANNED):
        if unicodedata.combining(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


_LONG_RUN = re.compile(f"[{_mark_class()}]{{{MAX_MARKS + 1},}}")


def stream_safe(text: str) -> str:
    """The text with every run of combining marks cut to MAX_MARKS."""
    if len(text) <= MAX_MARKS:
        return text
    return _LONG_RUN.sub(lambda m: m.group()[:MAX_MARKS], text)


def normalize(form: Literal["NFC", "NFD", "NFKC", "NFKD"], text: str) -> str:
    """unicodedata.normalize on the stream-safe text."""
    return unicodedata.normalize(form, stream_safe(text))
