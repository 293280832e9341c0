"""Printed boxes taken off a form's page before OCR (runs in the OCR child process).

Thai paper forms print the national ID as 13 boxes, one digit written in each, and
some print their fields as the cells of a ruled table. Tesseract reads a box's sides as
letters (`|`, `[`, `]`, `1`): the ID `3-5011-00428-71-2` in boxes comes out as
`[31-[51011111-[01014121-...`, thirteen digits among twenty-odd that no rule can tell
apart. A box is a long horizontal rule, another below it over the same width, and the
straight strokes joining them from one to the other; writing never fills a column of a
box from top to bottom and never makes a flat stroke several letters long, so taking off
just those pixels leaves the digits written inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

Rect = tuple[int, int, int, int]  # left, top, right, bottom (inclusive)
Span = tuple[int, int]  # first and last column

RULE_SHARE = 45  # a rule is at least the page width over this (55 px at 300 dpi A4)
MAX_RULE_ROWS = 12  # thicker than this it is a filled shape, not a printed rule
SIDE_FILL = 0.85  # a box side is ink over this share of the box's height
MIN_BOX_HEIGHT = 60  # page widths over this: the box is taller (a letter fits in it)
MAX_BOX_HEIGHT = 12  # page widths over this: the box is shorter (a table row at most)
OVERLAP = 0.6  # the shorter rule's share that must lie over the longer one


@dataclass
class Stroke:
    top: int
    bottom: int
    left: int
    right: int


def box_strokes(ink: Image.Image) -> list[Rect]:
    """The rectangles of the page's box rules and box sides; `ink` is a black-on-white
    page (mode L, ink darker than 128) already made level."""
    return boxes_on_page(ink)[0]


def boxes_on_page(ink: Image.Image) -> tuple[list[Rect], list[Rect]]:
    """The page's box rules and sides (as `box_strokes`), and the outline of each run of
    boxes (from its top rule to its bottom rule, as wide as both)."""
    page = ink.point(lambda v: 0 if v < 128 else 255)
    width = page.width
    rules = _rules(page, max(20, width // RULE_SHARE))
    strokes: list[Rect] = []
    insides: list[Rect] = []
    used: set[int] = set()
    for i, top in enumerate(rules):
        for j in range(i + 1, len(rules)):
            bottom = rules[j]
            gap = bottom.top - top.bottom
            if gap > width // MAX_BOX_HEIGHT:
                break
            if gap < width // MIN_BOX_HEIGHT or not _over(top, bottom):
                continue
            left, right = max(top.left, bottom.left), min(top.right, bottom.right)
            sides = side_spans(page, left, right, top.bottom + 1, bottom.top - 1)
            if len(sides) < 2:
                continue
            strokes += [(x0, top.top, x1, bottom.bottom) for x0, x1 in sides]
            insides.append((left, top.top, right, bottom.bottom))
            used.update((i, j))
            break
    # a rule's edge rows are half ink (the scan's blur): two more rows either side
    strokes += [
        (r.left - 2, r.top - 2, r.right + 2, r.bottom + 2) for k, r in enumerate(rules) if k in used
    ]
    return strokes, insides


def without_strokes(image: Image.Image, strokes: list[Rect]) -> Image.Image:
    """`image` with the strokes painted over in the paper's white."""
    if not strokes:
        return image
    out = image.copy()
    draw = ImageDraw.Draw(out)
    for rect in strokes:
        draw.rectangle(rect, fill=255)
    return out


def _rules(page: Image.Image, length: int) -> list[Stroke]:
    """Horizontal runs of ink at least `length` long, rows of one rule merged, top down."""
    done = strokes_down(page, re.compile(b"\x00{%d,}" % length), _touches)
    rules = [r for r in done if r.bottom - r.top < MAX_RULE_ROWS]
    return sorted(rules, key=lambda r: (r.top, r.left))


def _touches(run: Span, stroke: Stroke) -> bool:
    return run[0] <= stroke.right and run[1] >= stroke.left


def strokes_down(
    page: Image.Image, run: re.Pattern[bytes], joins: Callable[[Span, Stroke], bool]
) -> list[Stroke]:
    """The matches of `run` (a pattern over a row's bytes, ink being 0) in every row of
    `page`, each merged into the stroke open on the row above that it `joins`: strokes
    of ink a few rows thick, as a scan prints a line."""
    width = page.width
    data = page.tobytes()
    open_: list[Stroke] = []
    done: list[Stroke] = []
    for y in range(page.height):
        row = data[y * width : (y + 1) * width]
        found = [(m.start(), m.end() - 1) for m in run.finditer(row)]
        still: list[Stroke] = []
        for stroke in open_:
            hit = [f for f in found if joins(f, stroke)]
            if hit:
                for f in hit:
                    found.remove(f)
                stroke.bottom = y
                stroke.left = min(stroke.left, *(f[0] for f in hit))
                stroke.right = max(stroke.right, *(f[1] for f in hit))
                still.append(stroke)
            else:
                done.append(stroke)
        open_ = still + [Stroke(y, y, x0, x1) for x0, x1 in found]
    return done + open_


def _over(a: Stroke, b: Stroke) -> bool:
    shared = min(a.right, b.right) - max(a.left, b.left)
    shorter = min(a.right - a.left, b.right - b.left)
    return shorter > 0 and shared >= OVERLAP * shorter


def side_spans(page: Image.Image, left: int, right: int, top: int, bottom: int) -> list[Span]:
    """Column spans between two rules that are ink from one rule to the other (with the
    two columns either side, as a printed side is a few pixels wide and not quite
    upright)."""
    if bottom <= top or right <= left:
        return []
    strip = page.crop((left, top, right + 1, bottom + 1)).transpose(Image.Transpose.ROTATE_90)
    height = bottom - top + 1
    columns = strip.tobytes()
    width = strip.width  # = the box height, after the turn
    full = []
    # ROTATE_90 turns counter-clockwise: row k of the turned strip is column right-k
    for k in range(strip.height):
        column = columns[k * width : (k + 1) * width]
        if column.count(0) >= SIDE_FILL * height:
            full.append(right - k)
    spans: list[Span] = []
    for x in sorted(full):
        if spans and x - spans[-1][1] <= 1:
            spans[-1] = (spans[-1][0], x)
        else:
            spans.append((x, x))
    return [(x0 - 2, x1 + 2) for x0, x1 in spans]


def grouped_in_lines(
    rects: list[Rect], same_line: Callable[[Rect, Rect], bool]
) -> list[list[Rect]]:
    """`rects` grouped top down, each joining the first group whose first rect it stands
    on one line with (`same_line(rect, first)`), each group left to right."""
    lines: list[list[Rect]] = []
    for rect in sorted(rects, key=lambda r: (r[1], r[0])):
        line = next((line for line in lines if same_line(rect, line[0])), None)
        if line is None:
            lines.append([rect])
        else:
            line.append(rect)
    return [sorted(line) for line in lines]


def rect_height(rect: Rect) -> int:
    return rect[3] - rect[1] + 1


def otsu_threshold(gray: Image.Image) -> int:
    """The grey level that best splits the histogram in two classes (Otsu, 1979)."""
    counts = gray.histogram()[:256]
    total = sum(counts)
    grand = sum(i * n for i, n in enumerate(counts))
    below = weighted = 0
    best, threshold = 0.0, 128
    for level, n in enumerate(counts):
        below += n
        above = total - below
        if not below or not above:
            continue
        weighted += level * n
        mean_below, mean_above = weighted / below, (grand - weighted) / above
        spread = below * above * (mean_below - mean_above) ** 2
        if spread > best:
            best, threshold = spread, level
    return threshold
