"""A row of captions over a row of values on a PDF page, read column by column.

A printed form may set its labels as a header row with the values in the row under it
(a ruled table printed from a spreadsheet or Word), or print a small caption ABOVE each
box (ภ.ง.ด.-like forms: อาคาร / เลขที่ / หมู่ที่ / ตรอก/ซอย / ถนน over their boxes). Read
line by line, the caption row is one line of labels and the values one line of words:
the name read as "เลขประจำตัวประชาชน วันเดือนปีเกิด", the address as its captions. Here
each value is given to the caption it stands under: "caption: value", one per column.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from extractors.base import LabelIndex
from extractors.body_form import parse_label_line
from extractors.pdf_layout import Glyph, Line, join_glyphs

# The values' line starts at most this many font sizes below the captions' line.
MAX_DROP_EM = 2.5
# A value starts at most this many font sizes left of its caption.
ALIGN_EM = 0.6
# Columns are parted by a gap this many font sizes wide (a word space is about 0.3);
# captions of narrow cells sit closer than values do, so a wider gap is tried second.
COLUMN_GAPS_EM = (0.8, 1.5)


def column_lines(lines: Sequence[Line], labels: LabelIndex) -> list[str]:
    """The page's lines as text, each caption row and the row of values under it as
    `caption: value` lines (a caption with nothing under it gives none)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        pairs = _captions_over(lines[k], lines[k + 1], labels) if k + 1 < len(lines) else None
        if pairs is not None:
            out += pairs
            k += 2
            continue
        if k + 2 < len(lines) and _empty_boxes_row(lines[k], lines[k + 1], lines[k + 2], labels):
            k += 1  # captions of boxes left empty (อาคาร, ชั้นที่ ...): no value, no text
            continue
        text = lines[k].text
        if text:
            out.append(text)
        k += 1
    return out


def phrases(glyphs: Sequence[Glyph], gap_em: float) -> list[list[Glyph]]:
    """The line's glyphs in phrases parted by gaps wider than `gap_em` font sizes; dots
    kept (an e-mail address's, an abbreviation's)."""
    kept = [g for g in glyphs if not g.text.isspace()]
    if not kept:
        return []
    out: list[list[Glyph]] = [[kept[0]]]
    for a, b in itertools.pairwise(kept):
        if not b.joins_left and b.x0 - a.x1 > gap_em * b.size:
            out.append([])
        out[-1].append(b)
    return out


def _size(glyphs: Sequence[Glyph]) -> float:
    return statistics.median(g.size for g in glyphs)


def _lone_label(text: str, labels: LabelIndex) -> bool:
    found = parse_label_line(text, labels)
    return found is not None and not found.value


def _captions_over(head: Line, below: Line, labels: LabelIndex) -> list[str] | None:
    """`caption: value` per column when `head` is two or more labels apart (each alone)
    and every phrase of `below`, close under it, starts under one caption and ends
    before the next; None otherwise (a line of pairs, a label over a label, prose)."""
    for gap in COLUMN_GAPS_EM:
        caps = phrases(head.glyphs, gap)
        names = [join_glyphs(c).strip(" :：") for c in caps]
        if len(caps) >= 2 and all(_lone_label(name, labels) for name in names):
            break
    else:
        return None
    size = max(_size(head.glyphs), _size(below.glyphs))
    if below.top - head.bottom > MAX_DROP_EM * size:
        return None
    starts = [min(g.x0 for g in c) for c in caps]
    tolerance = ALIGN_EM * size
    found: dict[int, list[str]] = {}
    for value in phrases(below.glyphs, COLUMN_GAPS_EM[-1]):
        x0, x1 = min(g.x0 for g in value), max(g.x1 for g in value)
        column = max((i for i, s in enumerate(starts) if s - tolerance <= x0), default=None)
        if column is None or (column + 1 < len(starts) and x1 > starts[column + 1] + tolerance):
            return None
        text = join_glyphs(value).strip()
        if parse_label_line(text, labels) is not None:
            return None
        found.setdefault(column, []).append(text)
    if not found:
        return None
    return [f"{names[i]}: {' '.join(found[i])}" for i in sorted(found)]


def _empty_boxes_row(row: Line, captions: Line, values: Line, labels: LabelIndex) -> bool:
    """Whether `row` is a row of captions whose boxes were left empty: two or more
    phrases, each starting where a caption of the next row starts (the same grid), and
    that next row is a row of captions over values. Read as text it would run into the
    value of the label before it ("ที่อยู่" + "อาคาร ห้องเลขที่ ชั้นที่ หมู่บ้าน")."""
    mine = phrases(row.glyphs, COLUMN_GAPS_EM[0])
    theirs = phrases(captions.glyphs, COLUMN_GAPS_EM[0])
    if len(mine) < 2 or _captions_over(captions, values, labels) is None:
        return False
    tolerance = ALIGN_EM * _size(captions.glyphs)
    starts = [min(g.x0 for g in c) for c in theirs]
    return all(
        any(abs(min(g.x0 for g in p) - s) <= tolerance for s in starts) for p in mine
    ) and all(
        parse_label_line(join_glyphs(p), labels) is None or _lone_label(join_glyphs(p), labels)
        for p in mine
    )
