"""The national ID written one digit per printed box, read again box by box (in the OCR
child).

Read with the page, an ID in boxes comes out with the boxes' sides among its digits
(`|`, `[`, `1`, on a photo `ๅ` and `l`) and its digits misread as letters beside them:
the sides a photo's keystone leaves slanted or a blur leaves broken are not found to
be taken off (`extractors.ocr_rules`). But the boxes' two rules are found, and they
say where each box is: a run of boxes n boxes long is n times as wide as it is tall.
So the 13 boxes of a line are cut out each inside its own sides (a margin in from
where the side must be, wherever it was left), set apart on a clean strip, and read
as digits only. What comes out is one more reading of the ID, chosen only when its
check digit holds (`extractors.ocr.with_id_from_boxes`).
"""

from __future__ import annotations

import itertools

from PIL import Image

from extractors.ocr_rules import Rect, grouped_in_lines, rect_height, side_spans

ID_BOXES = 13
BOX_WIDTH = (0.65, 1.35)  # a box's width over its height: about square
SAME_LINE = 0.3  # runs of one line: tops and heights within this share of a height
INSET = 0.14  # of a box's width, cut from each side: where a side left on the page lies
GAP = 0.5  # of a box's height, the white set between two boxes on the strip
OVER = 0.25  # of a box's height, taken above and below it: a digit written over its rules


def id_boxes(ink: Image.Image, runs: list[Rect]) -> list[Rect]:
    """The 13 boxes of the page's ID, left to right, or [] when no line of runs of boxes
    (their outlines, from `ocr_rules.boxes_on_page`) holds 13 boxes. A run's rules are
    often found in pieces (a blurred rule breaks), so a line's boxes are found again
    between its sides: columns of ink from rule to rule (`ocr_rules.side_spans`) about a
    box's height apart, one box between each two, or two where a side was lost. `ink`
    is the page the runs were found on."""
    page = ink.point(lambda v: 0 if v < 128 else 255)
    for line in grouped_in_lines(runs, _same_line):
        top, bottom = min(r[1] for r in line), max(r[3] for r in line)
        height = bottom - top + 1
        band = max(2, height // 8)  # the rules' rows: a side is looked for between them
        # the pieces found may be any of the 13: the sides are looked for an ID's length
        # either way (a letter's stroke is not ink from rule to rule)
        reach = ID_BOXES * height
        left, right = max(0, line[0][0] - reach), min(page.width - 1, line[-1][2] + reach)
        sides = side_spans(page, left, right, top + band, bottom - band)
        cells = _cells(sides, top, bottom)
        if len(cells) == ID_BOXES:
            return cells
    return []


def _cells(sides: list[tuple[int, int]], top: int, bottom: int) -> list[Rect]:
    height = bottom - top + 1
    cells: list[Rect] = []
    for (_, a), (b, _) in itertools.pairwise(sides):
        n = round((b - a) / height)
        if 1 <= n <= 2 and BOX_WIDTH[0] <= (b - a) / height / n <= BOX_WIDTH[1]:
            width = (b - a) / n
            cells += [
                (round(a + k * width), top, round(a + (k + 1) * width), bottom) for k in range(n)
            ]
    return cells


def boxes_strip(page: Image.Image, cells: list[Rect]) -> Image.Image:
    """Each box's inside, a margin in from its sides (and over its rules, already taken
    off the page), set apart on one white strip."""
    tall = max(c[3] - c[1] + 1 for c in cells)
    gap, over = max(8, int(GAP * tall)), int(OVER * tall)
    pieces = []
    for left, top, right, bottom in cells:
        inset = int(INSET * (right - left + 1))
        pieces.append(page.crop((left + inset, top - over, right - inset + 1, bottom + over + 1)))
    height = max(p.height for p in pieces)
    width = sum(p.width for p in pieces) + gap * (len(pieces) + 1)
    strip = Image.new("L", (width, height + 2 * gap), 255)
    x = gap
    for piece in pieces:
        strip.paste(piece, (x, gap))
        x += piece.width + gap
    return strip


def _same_line(rect: Rect, first: Rect) -> bool:
    tall = rect_height(first)
    same_top = abs(rect[1] - first[1]) <= SAME_LINE * tall
    return same_top and abs(rect_height(rect) - tall) <= SAME_LINE * tall
