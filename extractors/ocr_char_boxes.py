"""Values written one character per printed box, other than the national ID (a birth
date's day, month and year, a postal code, a phone), read again box by box as digits
(in the OCR child).

Read with the page, a row of boxes comes out as its digits split and misread among the
boxes' sides: `40 14 0` for 40140 in five boxes, `Tun 1 *` for a day 12 in two, or
nothing at all. The rows are found as the ID's are (`extractors.ocr_id_boxes`: two
rules, and sides about a box's height apart between them), each box's inside is cut out
and set apart, and the rows are read as digits only. A row's digits replace the words
the page's reading read among its boxes (or go between the words either side where it
read none there), so the labels before them read them as any typed value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from extractors.ocr_id_boxes import cells_between, same_width
from extractors.ocr_rules import Rect, rect_height, side_spans

MIN_BOXES = 2  # a lone box is a tick box or a page number's
MAX_BOXES = 12  # 13 is the ID, read by `ocr_id_boxes`
COVER = 0.85  # of a run's width, its boxes must cover: else it is a table's cell
# A value read from its boxes is taken as read, but not as sure: below the review
# threshold, so the clerk looks at it beside the page (an OCR value is never trusted).
BOXED_CONFIDENCE = 0.7

Word = tuple[str, float, tuple[int, int, int, int]]


@dataclass(frozen=True)
class BoxedRun:
    rect: Rect  # the run's outline on the level page, as the readings see it
    digits: str


def digit_runs(
    ink: Image.Image, runs: Sequence[Rect], id_cells: Sequence[Rect]
) -> list[list[Rect]]:
    """The boxes of each run of 2-12 printed boxes (`ocr_rules.boxes_on_page`'s runs,
    found on `ink`) that is not part of the ID's 13, left to right: each box bounded
    by two sides found between the run's rules. A run with no sides inside, or one
    whose boxes leave much of it uncovered, is a ruled cell, not a row of boxes."""
    page = ink.point(lambda v: 0 if v < 128 else 255)
    found: list[list[Rect]] = []
    for run in sorted(set(runs), key=lambda r: (r[1], r[0])):
        if any(_overlap(run, cell) for cell in id_cells):
            continue
        height = rect_height(run)
        band = max(2, height // 8)
        sides = side_spans(page, run[0] - 4, run[2] + 4, run[1] + band, run[3] - band)
        cells = same_width(cells_between(sides, run[1], run[3]))
        if not MIN_BOXES <= len(cells) <= MAX_BOXES:
            continue
        spread = cells[-1][2] - cells[0][0] >= COVER * (run[2] - run[0])
        if spread and not any(_overlap(cells[0], other[0]) for other in found):
            found.append(cells)
    return found


def _overlap(one: Rect, other: Rect) -> bool:
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


def with_boxed_runs(
    raw: str, words: Sequence[Word], runs: Sequence[BoxedRun]
) -> tuple[str, list[Word]] | None:
    """The line `raw` (Tesseract's text of the line whose words are `words`, with their
    boxes) with the words read among each run's boxes replaced by the run's digits, or
    the digits put between the words either side where none was read there; None when
    no run lies on this line, or the line's text is not its words (then it is left as
    read). Tesseract's `tsv` words of Thai are its syllables, which its `txt` line joins:
    the words are found in the line by their letters, and its spacing kept."""
    words = list(words)
    touched = False
    for run in runs:
        if not any(_on_run_line(w[2], run.rect) for w in words):
            continue
        spans = _word_spans(raw, [w[0] for w in words])
        if spans is None:
            return None
        inside = [i for i, w in enumerate(words) if _in_run(w[2], run.rect)]
        box = run.rect
        word: Word = (run.digits, BOXED_CONFIDENCE, (box[0], box[1], box[2], box[3]))
        if inside:
            first, last = inside[0], inside[-1]
            start, end = spans[first][0], spans[last][1]
            words[first : last + 1] = [word]
        else:
            at = sum(1 for w in words if (w[2][0] + w[2][2]) / 2 < box[0])
            start = end = spans[at][0] if at < len(spans) else len(raw)
            words.insert(at, word)
        raw = _spaced(raw[:start], run.digits, raw[end:])
        touched = True
    return (raw, words) if touched else None


def _word_spans(raw: str, texts: Sequence[str]) -> list[tuple[int, int]] | None:
    """Where each of `texts` lies in `raw`, in order with only spaces between; None
    when they do not make it up."""
    spans, at = [], 0
    for text in texts:
        while at < len(raw) and raw[at].isspace():
            at += 1
        if raw[at : at + len(text)] != text:
            return None
        spans.append((at, at + len(text)))
        at += len(text)
    return spans if not raw[at:].strip() else None


def _spaced(before: str, digits: str, after: str) -> str:
    """`digits` between `before` and `after`, a space apart from each unless one is
    there (a syllable it replaced may have been glued to the next)."""
    left = "" if not before or before[-1].isspace() else " "
    right = "" if not after or after[0].isspace() else " "
    return (before + left + digits + right + after).strip()


def _on_run_line(box: tuple[int, int, int, int], run: Rect) -> bool:
    middle = (box[1] + box[3]) / 2
    return run[1] <= middle <= run[3]


def _in_run(box: tuple[int, int, int, int], run: Rect) -> bool:
    middle = (box[0] + box[2]) / 2
    return _on_run_line(box, run) and run[0] <= middle <= run[2]
