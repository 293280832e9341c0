"""A PDF page of two columns side by side, read one column after the other.

A printed form may set two boxes side by side: the applicant's details on the left and
the assessment notice's on the right (a tax review), or the elder's on the left and the
proxy's on the right under the same labels (an allowance form). The text layer gives each
printed line whole, the right box's words a wide gap after the left's, so "ที่อยู่ 150
ม.4 ต.ป่าแดด อ.เมืองเชียงใหม่" ran on into "ลงวันที่ 30 เมษายน 2569", and the proxy's ตำบล
into the elder's address, all without a flag (set 26).

A gutter is found where three lines or more break with a wide gap at the same place and
the part left of it already holds a label and its value, or a phone or an e-mail alone
(so the right part is not that value: a form printing labels far left and values far
right is not two columns). It is
taken only when the right parts are not the other boxes of the same person's row
(ชื่อ | นามสกุล, อำเภอ | จังหวัด: a pairs layout, read as it is): the right parts
repeat the left's fields (two people side by side) or hardly name a field at all
(another matter). Within the lines the gutter runs through, the left column is read
first, then the right; a line across the gutter (a title, a table) ends a block.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from extractors.base import LabelIndex
from extractors.body_form import parse_label_line
from extractors.pdf_layout import Glyph, Line
from extractors.validate import normalise_email, normalise_phone

__all__ = ["by_columns"]

GUTTER_EM = 2.0  # a gap this many font sizes wide parts two columns (a word space ~0.3)
ALIGN_EM = 1.0  # the right column's lines start within this of one another
MIN_LINES = 3  # lines that must break at the gutter
ANOTHER_MATTER = 1 / 3  # at most this share of the right parts may name a field

Parse = Callable[[str], object]


def _bases(line: Line) -> list[Glyph]:
    return [g for g in line.glyphs if not g.is_mark and not g.text.isspace()]


def _gaps(line: Line) -> list[tuple[float, float, float]]:
    """(left part's right edge, right part's left edge, font size) per wide gap."""
    bases = sorted(_bases(line), key=lambda g: g.x0)
    out = []
    right = None
    for a, b in itertools.pairwise(bases):
        right = a.x1 if right is None else max(right, a.x1)
        if b.x0 - right > GUTTER_EM * b.size:
            out.append((right, b.x0, b.size))
    return out


def _split(line: Line, x: float) -> tuple[Line, Line] | None:
    left = tuple(g for g in line.glyphs if g.x0 < x)
    right = tuple(g for g in line.glyphs if g.x0 >= x)
    if not any(not g.is_mark for g in left) or not any(not g.is_mark for g in right):
        return None
    return Line(left), Line(right)


def _gutter(lines: Sequence[Line], labels: LabelIndex) -> float | None:
    """The x where the right column starts, or None."""
    starts = sorted((b, size) for line in lines for _, b, size in _gaps(line))
    best: list[float] = []
    for k, (x, size) in enumerate(starts):
        near = [s for s, _ in starts[k:] if s - x <= ALIGN_EM * size]
        if len(near) > len(best):
            best = near
    if len(best) < MIN_LINES:
        return None
    x = min(best) - 0.5
    pairs = [p for line in lines if (p := _split(line, x)) is not None and _breaks_at(line, x)]
    lefts = [parse_label_line(left.text, labels) for left, _ in pairs]
    valued = [
        left
        for (left, _), found in zip(pairs, lefts, strict=True)
        if (found is not None and found.value) or _value_alone(left.text)
    ]
    if len(valued) < MIN_LINES:
        return None
    rights = [parse_label_line(right.text, labels) for _, right in pairs]
    named = [r for r in rights if r is not None]
    same = sum(
        1
        for found, other in zip(lefts, rights, strict=True)
        if found is not None and other is not None and found.key == other.key
    )
    if same >= 2 or len(named) <= ANOTHER_MATTER * len(rights):
        return x
    return None


def _value_alone(text: str) -> bool:
    """A phone number or an e-mail address alone, no label: how a CV's sidebar gives her
    contact lines under its CONTACT heading (set 59), a value as a labelled one is."""
    text = text.strip()
    if "@" in text:
        return normalise_email(text) is not None
    return normalise_phone(text) is not None


def _breaks_at(line: Line, x: float) -> bool:
    return any(a < x <= b + 0.5 for a, b, _ in _gaps(line))


def by_columns(lines: Sequence[Line], labels: LabelIndex) -> list[Line]:
    """The page's lines with two columns side by side read one after the other; any
    other page's lines as they are."""
    x = _gutter(lines, labels)
    if x is None:
        return list(lines)
    broken = [k for k, line in enumerate(lines) if _breaks_at(line, x)]
    first, last = broken[0], broken[-1]
    out = list(lines[:first])
    left: list[Line] = []
    right: list[Line] = []
    for line in lines[first : last + 1]:
        pair = _split(line, x) if _breaks_at(line, x) else None
        if pair is not None:
            left.append(pair[0])
            right.append(pair[1])
        elif line.x1 <= x:
            left.append(line)
        elif line.x0 >= x:
            right.append(line)
        else:  # across the gutter: a title or a table ends the block
            out += left + right + [line]
            left, right = [], []
    out += left + right + list(lines[last + 1 :])
    return out
