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

from PIL import Image, ImageDraw, ImageOps

from extractors.ocr_rules import Rect, grouped_in_lines, otsu_threshold, rect_height, side_spans

ID_BOXES = 13
ID_GROUPS = (1, 4, 5, 2, 1)  # the ID card's grouping of its digits, which forms follow
BOX_WIDTH = (0.65, 1.35)  # a box's width over its height: about square
SAME_LINE = 0.3  # runs of one line: tops and heights within this share of a height
INSET = 0.14  # of a box's width, cut from each side: where a side left on the page lies
SAME_WIDTH = 0.12  # of the usual box's width: boxes printed one size differ by less
GAP = 0.5  # of a box's height, the white set between two boxes on the strip
RULED = 0.6  # a row or column of a box's piece inked over this share is a rule or side
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
        cells = same_width(cells_between(sides, top, bottom))
        if len(cells) == ID_BOXES:
            return cells
        cells = cells_of_runs(line)
        if len(cells) == ID_BOXES:
            return cells
    return []


def cells_of_runs(line: list[Rect]) -> list[Rect]:
    """The boxes of a line's runs (one run within another counted once), each run cut
    into as many boxes as it is heights wide, where they make the ID's groups: all 13
    (1-4-5-2-1, as the ID card prints them, or runs joined where no gap was printed), or
    the groups between its ends with the end groups, a box alone, added at the place
    the others' spacing gives: a lone box's rules are too short to be found as rules on
    a photo (`ocr_rules.RULE_SHARE`). [] otherwise."""
    runs = [r for r in line if not any(o != r and o[0] <= r[0] and r[2] <= o[2] for o in line)]
    counts = [round((r[2] - r[0] + 1) / rect_height(r)) for r in runs]
    if not runs or 0 in counts:
        return []
    width = sum(r[2] - r[0] + 1 for r in runs) / sum(counts)
    if sum(counts) == ID_BOXES:
        return [cell for r, n in zip(runs, counts, strict=True) for cell in _split(r, n)]
    if tuple(counts) != ID_GROUPS[1:-1] or len(runs) < 2:
        return []
    gap = (runs[-1][0] - runs[0][2] - width * sum(counts[1:-1])) / (len(runs) - 1)
    first, last = runs[0], runs[-1]
    before = (round(first[0] - gap - width), first[1], round(first[0] - gap), first[3])
    after = (round(last[2] + gap), last[1], round(last[2] + gap + width), last[3])
    return [before, *(c for r, n in zip(runs, counts, strict=True) for c in _split(r, n)), after]


def _split(run: Rect, n: int) -> list[Rect]:
    width = (run[2] - run[0] + 1) / n
    return [
        (round(run[0] + k * width), run[1], round(run[0] + (k + 1) * width), run[3])
        for k in range(n)
    ]


def cells_between(sides: list[tuple[int, int]], top: int, bottom: int) -> list[Rect]:
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


def same_width(cells: list[Rect]) -> list[Rect]:
    """The cells as wide as most of them: an ID's boxes are printed one size, and the
    gap between two groups of boxes (1-4-5-2-1, with or without a dash in it) is
    bounded by two sides like a box, narrower."""
    if not cells:
        return cells
    widths = sorted(c[2] - c[0] for c in cells)
    usual = widths[len(widths) // 2]
    return [c for c in cells if abs(c[2] - c[0] - usual) <= SAME_WIDTH * usual]


def boxes_strip(page: Image.Image, cells: list[Rect], gap: float = GAP) -> Image.Image:
    """Each box's inside, a margin in from its sides (and over its rules, already taken
    off the page), set apart on one white strip `gap` box heights apart. Each piece is
    cut to ink at its own Otsu level (a box's pale ink on a photo's paper is lost at the
    page's cut), its rows and columns of ink nearly across it taken off (the sides and
    rules of a box whose rules were too short to be found), and its white either side
    dropped: Tesseract reads a line of digits spread wide as more digits than it holds."""
    tall = max(c[3] - c[1] + 1 for c in cells)
    space, over = max(8, int(gap * tall)), int(OVER * tall)
    pieces = []
    for left, top, right, bottom in cells:
        inset = int(INSET * (right - left + 1))
        piece = page.crop((left + inset, top - over, right - inset + 1, bottom + over + 1))
        pieces.append(_trimmed(_unruled(piece.point(_ink_cut(piece)))))
    height = max(p.height for p in pieces)
    width = sum(p.width for p in pieces) + space * (len(pieces) + 1)
    strip = Image.new("L", (width, height + 2 * space), 255)
    x = space
    for piece in pieces:
        strip.paste(piece, (x, space))
        x += piece.width + space
    return strip


def _ink_cut(piece: Image.Image) -> list[int]:
    cut = otsu_threshold(piece)
    return [255 if v > cut else 0 for v in range(256)]


def _unruled(piece: Image.Image) -> Image.Image:
    """The piece without its rows and columns that are ink nearly across: a digit's
    stroke never crosses a box from side to side."""
    width, height = piece.size
    ink = [[piece.getpixel((x, y)) == 0 for x in range(width)] for y in range(height)]
    draw = ImageDraw.Draw(piece)
    for y, row in enumerate(ink):
        if sum(row) > RULED * width:
            draw.line((0, y, width - 1, y), fill=255)
    for x in range(width):
        if sum(row[x] for row in ink) > RULED * height:
            draw.line((x, 0, x, height - 1), fill=255)
    return piece


def _trimmed(piece: Image.Image) -> Image.Image:
    found = ImageOps.invert(piece).getbbox()
    return piece.crop((found[0], 0, found[2], piece.height)) if found else piece


def _same_line(rect: Rect, first: Rect) -> bool:
    tall = rect_height(first)
    same_top = abs(rect[1] - first[1]) <= SAME_LINE * tall
    return same_top and abs(rect_height(rect) - tall) <= SAME_LINE * tall
