"""Printed dotted leaders taken off a form's page before OCR (runs in the OCR child).

A Thai paper form prints each answer's place as a row of full stops (`ชื่อ..........`)
as black as its labels, and the answer is written on those dots. Tesseract reads the
dots as `.`, `,`, `:` or as parts of the letters above them: a value written on dots
comes out with dots inside it (`45./.2`, `089..330..7146`) and its lower strokes
misread (`ดอนแก้ว` as `ด9นแก๋ว`). No ink cut removes them (they are as dark as the
print), but their shape gives them away: small solid blobs, all of one size, in a row on
one baseline at one pitch, which no Thai letter, mark or digit makes (a full stop in
`พ.ศ.` stands alone; marks over a word are at no even pitch). Each such row is painted
over in white; a dot touching a written stroke joins the stroke's blob and stays, which
costs little: the dots between the strokes are what misleads.
"""

from __future__ import annotations

import itertools
import re
from statistics import median

from PIL import Image

Rect = tuple[int, int, int, int]  # left, top, right, bottom (inclusive)

DOT_SHARE = 180  # a dot is at most the page width over this (14 px at 300 dpi A4)
MIN_DOT = 2  # pixels: smaller is speckle
MIN_FILL = 0.45  # share of its box a dot fills (a round or square full stop)
MAX_ASPECT = 2.0  # a dot is about as wide as tall
MIN_ROW = 4  # dots in a row at one pitch: a leader (an ellipsis is three)
BASELINE_SLACK = 3  # pixels the bottoms of one row's dots may differ by
PITCH_SLACK = 0.15  # share of the pitch a dot may lie off the leader's grid
SIZE_RANGE = (0.6, 1.6)  # a dot's size against its run's: one font prints them all
MAX_SKIPPED = 8  # pitches a row may skip (dots hidden under a written word)


def leader_dots(ink: Image.Image) -> list[Rect]:
    """The boxes of the page's leader dots; `ink` a level black-on-white page (mode L)."""
    largest = max(MIN_DOT + 1, ink.width // DOT_SHARE)
    dots = [
        box
        for box, count in _components(ink.point(lambda v: 0 if v < 128 else 255))
        if _dot_like(box, count, largest)
    ]
    found: list[Rect] = []
    for row in _baselines(dots):
        found += _evenly_spaced(row)
    return found


def _dot_like(box: Rect, count: int, largest: int) -> bool:
    width, height = box[2] - box[0] + 1, box[3] - box[1] + 1
    if not (MIN_DOT <= width <= largest and MIN_DOT <= height <= largest):
        return False
    if max(width, height) > MAX_ASPECT * min(width, height):
        return False
    return count >= MIN_FILL * width * height


def _baselines(dots: list[Rect]) -> list[list[Rect]]:
    """The dots grouped by their bottom row, each group left to right."""
    rows: list[list[Rect]] = []
    for box in sorted(dots, key=lambda b: b[3]):
        if rows and box[3] - rows[-1][-1][3] <= BASELINE_SLACK:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row) for row in rows if len(row) >= MIN_ROW]


def _evenly_spaced(row: list[Rect]) -> list[Rect]:
    """The dots of one baseline that are a leader: runs of MIN_ROW or more at one pitch
    (the commonest gap between neighbours), and the dots of that size on the same
    pitch's grid near a run (a leader goes on under the writing, its dots showing
    between the letters; a font prints them at exactly its pitch)."""
    centres = [(b[0] + b[2]) / 2 for b in row]
    gaps = [b - a for a, b in itertools.pairwise(centres)]
    if not gaps:
        return []
    pitch = median(sorted(gaps)[: len(gaps) // 2 + 1])
    if pitch < 1.5 * median(_size(b) for b in row):
        return []
    runs: list[list[int]] = [[0]]
    for i, gap in enumerate(gaps, start=1):
        if abs(gap - pitch) <= PITCH_SLACK * pitch:
            runs[-1].append(i)
        else:
            runs.append([i])
    anchors = [run for run in runs if len(run) >= MIN_ROW]
    found: set[int] = {i for run in anchors for i in run}
    for run in anchors:
        origin, size = centres[run[0]], median(_size(row[i]) for i in run)
        low = centres[run[0]] - MAX_SKIPPED * pitch
        high = centres[run[-1]] + MAX_SKIPPED * pitch
        for i, centre in enumerate(centres):
            steps = (centre - origin) / pitch
            if (
                low <= centre <= high
                and abs(steps - round(steps)) <= PITCH_SLACK
                and SIZE_RANGE[0] * size <= _size(row[i]) <= SIZE_RANGE[1] * size
            ):
                found.add(i)
    return [row[i] for i in sorted(found)]


def _size(box: Rect) -> int:
    return max(box[2] - box[0], box[3] - box[1]) + 1


def _components(page: Image.Image) -> list[tuple[Rect, int]]:
    """Connected blobs of black (0) pixels, 8-connected: box and pixel count of each,
    found run by run (a page is mostly paper, so its rows hold few runs)."""
    width = page.width
    data = page.tobytes()
    run = re.compile(b"\x00+")
    parent: list[int] = []
    boxes: list[list[int]] = []  # left, top, right, bottom, count; valid at roots

    def root(label: int) -> int:
        while parent[label] != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    previous: list[tuple[int, int, int]] = []
    for y in range(page.height):
        row = data[y * width : (y + 1) * width]
        if b"\x00" not in row:
            previous = []
            continue
        current: list[tuple[int, int, int]] = []
        j = 0
        for m in run.finditer(row):
            start, end = m.start(), m.end() - 1
            while j < len(previous) and previous[j][1] < start - 1:
                j += 1
            label = -1
            k = j
            while k < len(previous) and previous[k][0] <= end + 1:
                other = root(previous[k][2])
                if label < 0:
                    label = other
                elif other != label:
                    _absorb(boxes[label], boxes[other])
                    parent[other] = label
                k += 1
            if label < 0:
                label = len(parent)
                parent.append(label)
                boxes.append([start, y, end, y, 0])
            box = boxes[label]
            box[0], box[2], box[3] = min(box[0], start), max(box[2], end), y
            box[4] += end - start + 1
            current.append((start, end, label))
        previous = current
    return [((b[0], b[1], b[2], b[3]), b[4]) for i, b in enumerate(boxes) if parent[i] == i]


def _absorb(box: list[int], other: list[int]) -> None:
    """`box` grown over `other` (two blobs found to be one)."""
    box[0], box[1] = min(box[0], other[0]), min(box[1], other[1])
    box[2], box[3] = max(box[2], other[2]), max(box[3], other[3])
    box[4] += other[4]
