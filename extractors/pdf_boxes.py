"""Check boxes a PDF page draws as small squares, read as the ballot boxes a reader sees.

A form printed or flattened to PDF keeps its title boxes ("☐ นาย ☐ นาง ☐ นางสาว") as
drawn squares, not as text, and the tick as a glyph inside one of them: a ZapfDingbats
check (Acrobat's flattened check box), an "X" or a "/" a filler typed. Read as text, the
tick floats between two options ("นาย ✔ นาง") and the boxes are gone, so the title is
lost or taken from the wrong word. Each lone square becomes a box glyph in its place,
ticked (☒, the tick glyph inside it dropped) or empty (☐). Squares holding other letters
are digit boxes or cells, and a square touching its neighbours is one of a grid: neither
is a check box.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractors.pdf_layout import Glyph

TICKS = frozenset("✓✔✗✘✕✖×xX/\\■●")
MIN_SIDE, MAX_SIDE = 5.0, 20.0  # points: a check box is a letter's size
SQUARE = 0.25  # sides differing by more than this share are a cell, not a box
GRID_GAP = 0.5  # a neighbour closer than this many sides makes the square a grid cell


@dataclass(frozen=True)
class _Square:
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def side(self) -> float:
        return max(self.x1 - self.x0, self.bottom - self.top)

    def holds(self, glyph: Glyph) -> bool:
        x, y = (glyph.x0 + glyph.x1) / 2, glyph.row_y
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom + 0.2 * self.side


def with_drawn_boxes(
    glyphs: Sequence[Glyph],
    rects: Iterable[dict[str, object]],
    lines: Iterable[dict[str, object]] = (),
) -> list[Glyph]:
    """The page's glyphs with its lone drawn squares (rectangles, or four strokes) as
    ☐/☒ glyphs."""
    squares = _lone([*_squares(rects), *_stroked_squares(lines)])
    if not squares:
        return list(glyphs)
    dropped: set[int] = set()
    boxes: list[Glyph] = []
    for square in squares:
        inside = [g for g in glyphs if not g.text.isspace() and square.holds(g)]
        if any(g.text not in TICKS for g in inside):
            continue  # a digit box or a cell with text: no check box
        dropped.update(id(g) for g in inside)
        mark = "☒" if inside else "☐"
        boxes.append(Glyph(mark, square.x0, square.x1, square.top, square.bottom, square.bottom))
    return [g for g in glyphs if id(g) not in dropped] + boxes


def _squares(rects: Iterable[dict[str, object]]) -> list[_Square]:
    found = []
    for rect in rects:
        try:
            x0, x1 = float(rect["x0"]), float(rect["x1"])  # type: ignore[arg-type]
            top, bottom = float(rect["top"]), float(rect["bottom"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            continue
        w, h = x1 - x0, bottom - top
        if not rect.get("stroke") or not (min(w, h) >= MIN_SIDE and max(w, h) <= MAX_SIDE):
            continue
        if abs(w - h) <= SQUARE * max(w, h):
            found.append(_Square(x0, x1, top, bottom))
    return found


def _lone(found: list[_Square]) -> list[_Square]:
    return [s for s in found if not any(o is not s and _touching(s, o) for o in found)]


MAX_STROKES = 2000  # a page of form lines; more is a drawing, not a form
_MEET = 1.0  # points: stroke ends this close meet


def _stroked_squares(lines: Iterable[dict[str, object]]) -> list[_Square]:
    """Squares a designer drew with four strokes: two short horizontal strokes of one
    span, a side apart, with a vertical stroke at each end."""
    flat, upright = [], []
    for k, line in enumerate(lines):
        if k >= MAX_STROKES:
            return []
        try:
            x0, x1 = float(line["x0"]), float(line["x1"])  # type: ignore[arg-type]
            top, bottom = float(line["top"]), float(line["bottom"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            continue
        if bottom - top < _MEET and MIN_SIDE <= x1 - x0 <= MAX_SIDE:
            flat.append((x0, x1, (top + bottom) / 2))
        elif x1 - x0 < _MEET and MIN_SIDE <= bottom - top <= MAX_SIDE:
            upright.append(((x0 + x1) / 2, top, bottom))
    found = []
    for x0, x1, y in flat:
        for a0, a1, low in flat:
            side = low - y
            if not (abs(a0 - x0) < _MEET and abs(a1 - x1) < _MEET and side >= MIN_SIDE):
                continue
            if abs(side - (x1 - x0)) > SQUARE * max(side, x1 - x0):
                continue
            ends = [any(abs(ux - x) < _MEET and abs(ut - y) < _MEET and abs(ub - low) < _MEET
                        for ux, ut, ub in upright) for x in (x0, x1)]  # fmt: skip
            if all(ends):
                found.append(_Square(x0, x1, y, low))
    return found


def _touching(a: _Square, b: _Square) -> bool:
    same_row = a.top < (b.top + b.bottom) / 2 < a.bottom
    gap = max(b.x0 - a.x1, a.x0 - b.x1)
    return same_row and gap < GRID_GAP * a.side
