"""Which pages of the OCR sets `make test` reads: a fixed quarter, captures spread.

A scanned or photographed page costs Tesseract several seconds (three full readings of a
poor photo, tens of crops read again). The OCR sets (the held-out set, blind sets 20-25,
set 50) held 1,529 of the 4,104 test-seconds of a CI run (stop 44's junit times), and the
suite took 35 minutes where well under 30 is asked. So under `make test` each set read,
of every layout (the style's part before "/", or the kind a set gives its styles), half
its styles, each time the capture read least so far (`half_of`). At stop 46 they held
1,206 of 3,700 test-seconds and CI took 32 minutes again: now each set reads every other
style of that half, in the order picked (`quarter_of`), so every capture and half the
layouts are read. A style is read whole or not at all, so the floor written for it still
holds. Which part is fixed, not drawn, so a failure reads the same on every run.

The typed sets that hold a few scanned or photographed styles among their typed ones
read every typed style and half of those (`typed_and_half_the_scans`).

`make test-ocr-all` (OCR_SETS=all) reads every page of every set, and every scanned
style of the typed sets: run it whenever the readers of pages change (extractors/ocr*.py,
pdf_ocr_layer.py, the image steps, what every value goes through: validate.py,
normalise) and before quoting an OCR set's figures.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
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
    return frozenset(_picks(styles, family))


def quarter_of(styles: Iterable[str], family: Callable[[str], str] = layout) -> frozenset[str]:
    """Every other style of `half_of`'s picks, in the order they were picked."""
    return frozenset(_picks(styles, family)[::2])


def _picks(styles: Iterable[str], family: Callable[[str], str]) -> list[str]:
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
    return picked


def pages_to_read(
    cases: Sequence[S], family: Callable[[str], str] = layout, read_all: bool = READ_ALL
) -> tuple[S, ...]:
    """The cases `make test` reads (all of them under OCR_SETS=all), in their order."""
    if read_all:
        return tuple(cases)
    keep = quarter_of((c.style for c in cases), family)
    return tuple(c for c in cases if c.style in keep)


def typed_and_half_the_scans(
    scanned: Mapping[str, str], read_all: bool = READ_ALL
) -> Callable[[Sequence[S]], tuple[S, ...]]:
    """For a typed set that also holds styles read by OCR (`scanned`: each such style ->
    its family, "photo", "scan"...): every typed style, and of each family half its
    styles, as `half_of` picks them; every style under OCR_SETS=all. Those few styles
    held most of a typed set's time (set 21: 63 of its 75 s)."""

    def to_read(cases: Sequence[S]) -> tuple[S, ...]:
        unknown = set(scanned) - {c.style for c in cases}
        if unknown:
            raise ValueError(f"not styles of this set: {sorted(unknown)}")
        if read_all:
            return tuple(cases)
        keep = half_of((c.style for c in cases if c.style in scanned), scanned.__getitem__)
        return tuple(c for c in cases if c.style not in scanned or c.style in keep)

    return to_read


def what_was_read(read: Sequence[Styled], of: Sequence[Styled], items: str = "pages") -> str:
    """The line a set's table ends with, so no one takes a half for the whole."""
    styles, all_styles = {c.style for c in read}, {c.style for c in of}
    if len(read) == len(of):
        return f"read: all {len(of)} {items} ({len(all_styles)} styles)"
    return (
        f"read: {len(read)} of {len(of)} {items} ({len(styles)} of {len(all_styles)} styles; "
        "`make test-ocr-all` reads them all)"
    )
