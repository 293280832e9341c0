"""Tick boxes found on a form's page, and which of them are marked (in the OCR child).

Thai paper forms ask the title as a row of choices, `☐ นาย ☐ นาง ☐ นางสาว`, the citizen
ticking one. Tesseract reads an empty box as a bracket or a letter and the ticked word
worst of all: the tick's stroke runs over it. So the boxes are found on the page
before it is read: a box is a short horizontal stroke, another below it as long and
about as far down as it is long, and two upright strokes joining them at their ends.
Thai letters have no such closed square (บ ป ม are open at the top, อ is round), and an
ID's boxes stand joined in a long rule. A row of two or more such boxes of one size on
one text line is a choice; a box with ink inside where the row's emptiest has none is
marked, and the word printed after it is the choice ticked.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from extractors.base import LabelIndex
from extractors.body_form import parse_label_line
from extractors.ocr_rules import Rect, Span, Stroke, grouped_in_lines, rect_height, strokes_down

MIN_SIDE_SHARE = 110  # a box side is at least the page width over this (2 mm, 22 px at 300 dpi)
MAX_SIDE_SHARE = 28  # and at most the page width over this (88 px)
MAX_STROKE_SHARE = 220  # a box's rule is thinner than the page width over this
SQUARE = (0.7, 1.45)  # height over width of a box: a square, drawn by hand or printed
EDGE_FILL = 0.95  # of the places along a box's edge, the share with ink near the edge
SIDE_FILL = 0.7  # an upright side is ink over this share of the box's inside height
END_SHARE = 0.25  # a side stands within this share of the box's width from its end
LEFT_GAP = 0.4  # of a box's side, the white before it: the gap after the word before
SAME_SIZE = 0.3  # boxes of one row differ in side by less than this share
# Ink inside a marked box: a tick's two strokes over a box cover a fifth or more of its
# inside, a pen's thin cross a tenth; speckle and a blurred edge stay under a twentieth.
MARKED = 0.08
EMPTY = 0.03  # a row must have a box this empty: otherwise all are filled (digits in boxes)


@dataclass(frozen=True)
class TickBox:
    rect: Rect
    marked: bool


def tick_boxes(ink: Image.Image) -> list[TickBox]:
    """The boxes of the page's rows of choices, each marked or not; `ink` is a black on
    white page (mode L, ink darker than 128) already made level. A row counts only when
    at least one of its boxes is empty and at least one is not: a row of filled boxes is
    not a choice (digits written in boxes), and one of empty ones says nothing."""
    page = ink.point(lambda v: 0 if v < 128 else 255)
    boxes = _boxes(page)
    found: list[TickBox] = []
    for row in _rows(_outermost(boxes)):
        shares = [_inside_ink(page, box) for box in row]
        if min(shares) > EMPTY or max(shares) < MARKED:
            continue
        found += [TickBox(box, share >= MARKED) for box, share in zip(row, shares, strict=True)]
    return found


def _boxes(page: Image.Image) -> list[Rect]:
    width = page.width
    lo, hi = max(8, width // MIN_SIDE_SHARE), width // MAX_SIDE_SHARE
    strokes = _strokes(page, lo, hi)
    thick = max(3, width // MAX_STROKE_SHARE)
    # a box filled in (the blot a marker makes of a small box) is a square of solid ink
    boxes = [
        (s.left, s.top, s.right, s.bottom)
        for s in strokes
        if SQUARE[0] <= (s.bottom - s.top + 1) / (s.right - s.left + 1) <= SQUARE[1]
    ]
    strokes = [s for s in strokes if s.bottom - s.top < thick]
    for i, top in enumerate(strokes):
        for bottom in strokes[i + 1 :]:
            gap = bottom.top - top.bottom
            if gap > SQUARE[1] * (top.right - top.left + 1):
                break
            length = min(top.right - top.left, bottom.right - bottom.left) + 1
            box = _box(page, top, bottom, length) if gap >= SQUARE[0] * length * 0.8 else None
            if box is not None:
                boxes.append(box)
                break
    return boxes


def _box(page: Image.Image, top: Stroke, bottom: Stroke, length: int) -> Rect | None:
    """The box two strokes make when they lie over each other, joined at both ends."""
    shared = min(top.right, bottom.right) - max(top.left, bottom.left) + 1
    longer = max(top.right - top.left, bottom.right - bottom.left) + 1
    if shared < 0.8 * length or longer > 1.6 * length:
        return None
    left, right = min(top.left, bottom.left) - 2, max(top.right, bottom.right) + 2
    columns = _full_columns(page, left, right, top.bottom + 1, bottom.top - 1)
    reach = END_SHARE * length
    lefts = [x for x in columns if x <= max(top.left, bottom.left) + reach]
    rights = [x for x in columns if x >= min(top.right, bottom.right) - reach]
    if not lefts or not rights:
        return None
    box = (min(lefts), top.top, max(rights), bottom.bottom)
    ratio = (box[3] - box[1] + 1) / (box[2] - box[0] + 1)
    if not SQUARE[0] <= ratio <= SQUARE[1]:
        return None
    return box if _outlined(page, box) and _apart(page, box) else None


def _apart(page: Image.Image, box: Rect) -> bool:
    """White before the box at mid height, as a printed box stands apart from the word
    before it: a letter inside a word (a bold `a`, `e`, `o` with a squared outline on a
    scan) has its neighbour a tenth of that away. Only before: after a ticked box the
    tick's stroke runs on over the gap."""
    left, top, _, bottom = box
    side = bottom - top + 1
    gap = (max(0, left - round(LEFT_GAP * side)), top + side // 4, left - 2, bottom - side // 4)
    return gap[2] > gap[0] and min(page.crop(gap).getextrema()) == 255


def _outlined(page: Image.Image, box: Rect) -> bool:
    """Ink all along the box's four edges, corners too: round letters (o, e, อ) and
    arched ones (n) leave their corners white, a printed or drawn box does not."""
    left, top, right, bottom = box
    band = max(2, (bottom - top) // 7)
    edges = (
        (left, top, right, top + band),
        (left, bottom - band, right, bottom),
        (left, top, left + band, bottom),
        (right - band, top, right, bottom),
    )
    for i, edge in enumerate(edges):
        strip = page.crop((edge[0], edge[1], edge[2] + 1, edge[3] + 1))
        if i < 2:  # a horizontal edge: every column, a vertical one: every row
            strip = strip.transpose(Image.Transpose.ROTATE_90)
        data, width = strip.tobytes(), strip.width
        lines = [data[k * width : (k + 1) * width] for k in range(strip.height)]
        if sum(0 in line for line in lines) < EDGE_FILL * len(lines):
            return False
    return True


def _strokes(page: Image.Image, lo: int, hi: int) -> list[Stroke]:
    """Horizontal runs of ink `lo` to `hi` long (not part of a longer one), the rows of
    one stroke merged, top down."""
    run = re.compile(rb"(?<!\x00)\x00{%d,%d}(?!\x00)" % (lo, hi))
    done = strokes_down(page, run, _joins)
    return sorted(done, key=lambda s: (s.top, s.left))


def _joins(run: Span, stroke: Stroke) -> bool:
    # a scanned rule's edge rows are ragged: a run over most of the stroke joins it
    shared = min(run[1], stroke.right) - max(run[0], stroke.left)
    return shared >= 0.5 * min(run[1] - run[0], stroke.right - stroke.left)


def _full_columns(page: Image.Image, left: int, right: int, top: int, bottom: int) -> list[int]:
    """The columns from `left` to `right` that are ink over SIDE_FILL of top..bottom."""
    if bottom <= top:
        return []
    strip = page.crop((left, top, right + 1, bottom + 1)).transpose(Image.Transpose.ROTATE_90)
    height, data = strip.width, strip.tobytes()
    # ROTATE_90 turns counter-clockwise: row k of the turned strip is column right-k
    return [
        right - k
        for k in range(strip.height)
        if data[k * height : (k + 1) * height].count(0) >= SIDE_FILL * height
    ]


def _rows(boxes: list[Rect]) -> list[list[Rect]]:
    """Boxes of about one size standing on one text line, left to right, two or more."""
    return [row for row in grouped_in_lines(boxes, _same_row) if len(row) >= 2]


def _same_row(box: Rect, first: Rect) -> bool:
    side, other = rect_height(box), rect_height(first)
    return abs(box[1] - first[1]) <= side / 2 and abs(side - other) <= SAME_SIZE * other


def _outermost(boxes: list[Rect]) -> list[Rect]:
    """The boxes not inside another (a filled box's blot inside its printed rules)."""
    return [b for b in boxes if not any(o != b and _inside(b, o) for o in boxes)]


def _inside(inner: Rect, outer: Rect) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and outer[2] >= inner[2]
        and outer[3] >= inner[3]
    )


def ticked_words(table: str, ticks: Sequence[TickBox]) -> tuple[str, ...]:
    """The words printed after each marked box ("" where none was read), from
    Tesseract's `tsv` word table of the page the boxes were found on: the words on the
    box's line that start after it and before the row's next box, with no wider gap
    between them than a box. Every reading of a page has the same boxes, in one order."""
    words = _words(table)
    chosen = []
    for tick in ticks:
        if not tick.marked:
            continue
        _, top, right, bottom = tick.rect
        side = bottom - top + 1
        stop = min(
            (t.rect[0] for t in ticks if t.rect[0] > right and abs(t.rect[1] - top) < side),
            default=right + 6 * side,
        )
        # Tesseract's Thai "words" are often single letters: on the box's line are those
        # reaching into its rows; letters closer than half a box are one word
        on_line = sorted(
            (w for w in words if w[1][1] <= bottom and w[1][3] >= top), key=lambda w: w[1][0]
        )
        end, text = right, ""
        for word, box in on_line:
            if box[0] < right - side // 2 or box[0] >= stop:
                continue
            if box[0] - end > side:
                break
            text += word if not text or box[0] - end < side // 2 else " " + word
            end = max(end, box[2])
        chosen.append(text)
    return tuple(chosen)


def _words(table: str) -> list[tuple[str, Rect]]:
    out = []
    for row in csv.DictReader(io.StringIO(table), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") == "5" and word:
            left, top = int(row["left"]), int(row["top"])
            out.append((word, (left, top, left + int(row["width"]), top + int(row["height"]))))
    return out


def _inside_ink(page: Image.Image, box: Rect) -> float:
    """The share of ink inside the box, its rules and a margin for their blur left out."""
    left, top, right, bottom = box
    margin = max(3, (bottom - top) // 6)
    inside = page.crop((left + margin, top + margin, right - margin + 1, bottom - margin + 1))
    if inside.width <= 0 or inside.height <= 0:
        return 0.0
    return inside.tobytes().count(0) / (inside.width * inside.height)


# The titles a form offers to tick, as printed (a closed list: Thai civil titles).
TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.", "น.ส.")
_NOT_TITLE = re.compile(r"[^\u0e01-\u0e4e.]")


def ticked_title(readings: Sequence[str]) -> tuple[str, bool] | None:
    """The title the ticked words name, with whether it is sure, or None.

    Each reading of the word is matched to the printed titles: as read, or one letter
    off exactly one title (the tick's stroke runs over the word and takes a letter:
    `างสาว`). The title most readings name wins; it is sure only when every reading
    that names a title read it exactly."""
    named = [t for t in (_title(r) for r in readings) if t is not None]
    votes = Counter(title for title, _ in named).most_common()
    if not votes or (len(votes) > 1 and votes[0][1] == votes[1][1]):
        return None
    title = votes[0][0]
    return title, len(votes) == 1 and all(exact for _, exact in named)


def _title(reading: str) -> tuple[str, bool] | None:
    word = _NOT_TITLE.sub("", reading)
    if word in TITLES:
        return word, True
    near = [t for t in TITLES if _one_off(word, t)]
    return (near[0], False) if len(near) == 1 else None


def _one_off(a: str, b: str) -> bool:
    """`a` is `b` with one letter lost, added or changed."""
    if abs(len(a) - len(b)) > 1 or not a:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


MAX_BOX_JUNK = 2  # characters of a tick box read as a word of its own (`☒`, `'`, `ww`)
_THAI_NAME = re.compile(r"[\u0e01-\u0e2e]{2}")  # two Thai letters at least


def after_title_options(text: str, labels: LabelIndex) -> str:
    """The line from its second name label on, where a name label (`ข้าพเจ้า`) is
    followed by the row of printed titles (`☐ นาย ☒ นาง ☐ นางสาว`, two titles at least,
    the boxes lost or read as specks) and then another name label with the name
    (`ชื่อ-สกุล สายสุนีย์ บุญประคอง`): read whole, the options opened the name and the
    name was dropped as titles alone. The title is the ticked box's
    (`ocr.with_title_ticked`). Any other line is returned as it is."""
    kind = getattr(labels, "field_type", None)
    found = parse_label_line(text, labels)
    if kind is None or found is None or kind(found.key) != "name" or not found.value:
        return text
    words = found.value.split()
    at = titles = 0
    while at < len(words):
        word = _NOT_TITLE.sub("", words[at])
        if word in TITLES:
            titles += 1
        elif len(words[at]) > MAX_BOX_JUNK:
            break
        at += 1
    rest = " ".join(words[at:])
    again = parse_label_line(rest, labels) if titles >= 2 and rest else None
    if again is None or kind(again.key) != "name" or not _THAI_NAME.search(again.value):
        return text  # a name after Thai titles is written in Thai: `ชื่อ Ss` is junk read
    return rest
