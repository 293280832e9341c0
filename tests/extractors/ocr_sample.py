"""Which pages of the OCR sets `make test` reads: a fixed half, every layout in it.

A scanned or photographed page costs Tesseract several seconds (three full readings of a
poor photo, tens of crops read again). The OCR sets (the held-out set, blind sets 20-25,
set 50) held 1,529 of the 4,104 test-seconds of a CI run (stop 44's junit times), and the
suite took 35 minutes where well under 30 is asked. So under `make test` each set reads,
of every layout (the style's part before "/", or the kind a set gives its styles), half
its styles, each time the capture read least so far; a style is read whole or not at all,
so the floor written for it still holds. Which half is fixed, not drawn, so a failure
reads the same on every run.

`make test-ocr-all` (OCR_SETS=all) reads every page of every set: run it whenever the
readers of pages change (extractors/ocr*.py, pdf_ocr_layer.py, the image steps) and
before quoting an OCR set's figures.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

READ_ALL = os.environ.get("OCR_SETS", "").strip().lower() == "all"


class Styled(Protocol):
    @property
    def style(self) -> str: ...


S = TypeVar("S", bound=Styled)


def layout(style: str) -> str:
    return style.split("/")[0]


def capture(style: str) -> str:
    return style.split("/")[-1]


def half_of(styles: Iterable[str], family: Callable[[str], str] = layout) -> frozenset[str]:
    """Of each family's styles, in the order given, half (rounded up): each pick the first
    style whose capture has been picked least often so far."""
    families: dict[str, list[str]] = {}
    for style in dict.fromkeys(styles):
        families.setdefault(family(style), []).append(style)
    picked: list[str] = []
    captures: Counter[str] = Counter()
    for members in families.values():
        for _ in range(math.ceil(len(members) / 2)):
            left = [s for s in members if s not in picked]
            choice = min(left, key=lambda s: captures[capture(s)])
            picked.append(choice)
            captures[capture(choice)] += 1
    return frozenset(picked)


def pages_to_read(
    cases: Sequence[S], family: Callable[[str], str] = layout, read_all: bool = READ_ALL
) -> tuple[S, ...]:
    """The cases `make test` reads (all of them under OCR_SETS=all), in their order."""
    if read_all:
        return tuple(cases)
    keep = half_of((c.style for c in cases), family)
    return tuple(c for c in cases if c.style in keep)


def what_was_read(read: Sequence[Styled], of: Sequence[Styled]) -> str:
    """The line a set's table ends with, so no one takes a half for the whole."""
    styles, all_styles = {c.style for c in read}, {c.style for c in of}
    if len(read) == len(of):
        return f"read: all {len(of)} pages ({len(all_styles)} styles)"
    return (
        f"read: {len(read)} of {len(of)} pages ({len(styles)} of {len(all_styles)} styles; "
        "`make test-ocr-all` reads them all)"
    )
