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
from dataclasses import dataclass

from extractors.address_breaks import joined_across_break
from extractors.base import LabelIndex
from extractors.body_form import is_lone_label, parse_label_line
from extractors.header_lists import is_list, rows_fitting
from extractors.labels import NO_FIELD_HEADINGS
from extractors.pdf_correction_table import correction_rows
from extractors.pdf_layout import Glyph, Line, join_glyphs

# The values' line starts at most this many font sizes below the captions' line (a
# header cell of a ruled table may be taller than its text); beyond the nearer distance
# two columns or more must be answered.
MAX_DROP_EM = 4.0
NEAR_DROP_EM = 2.5
# A value wrapped inside its box goes on this close under its first line (a line's
# leading, not a row's gap).
WRAP_DROP_EM = 1.0
MAX_WRAPPED_LINES = 8  # a box holds a few lines; the rest of the page is read as lines
# A value starts at most this many font sizes left of its caption.
ALIGN_EM = 0.6
# A value under no caption is the nearest caption's when this many times nearer.
CLEARLY_NEARER = 2.0
# Columns are parted by a gap this many font sizes wide (a word space is about 0.3);
# captions of narrow cells sit closer than values do, so a wider gap is tried second.
COLUMN_GAPS_EM = (0.8, 1.5)


def column_lines(lines: Sequence[Line], labels: LabelIndex) -> list[str]:
    """The page's lines as text, each caption row and the row of values under it as
    `caption: value` lines (a caption with nothing under it gives none)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        corrected = correction_rows(lines, k)
        if corrected is not None:  # item | as on record | as it should be (set 105)
            out += corrected[0]
            k += corrected[1]
            continue
        read = _captions_over(lines[k : k + 3 + MAX_WRAPPED_LINES], labels)
        listed = _listed_rows(lines[k:], labels) if read is not None else 0
        if is_list(listed):
            # people one a row under the captions (trainees, co-signers): none shown to
            # be the applicant, so no row is read, as a list in a mail's or Word's table
            k += 1 + listed
            continue
        if read is not None:
            pairs, used = read
            out += pairs
            k += used
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


@dataclass(frozen=True)
class _Columns:
    names: list[str]  # the captions, left to right
    starts: list[float]
    ends: list[float]


def _caption_columns(head: Line, labels: LabelIndex) -> _Columns | None:
    """The line as two or more captions apart, each a label alone; None otherwise."""
    for gap in COLUMN_GAPS_EM:
        caps = phrases(head.glyphs, gap)
        names = [join_glyphs(c).strip(" :：") for c in caps]
        known = [name for name in names if is_lone_label(name, labels)]
        headings = all(name in known or name.lower() in NO_FIELD_HEADINGS for name in names)
        if len(known) >= 2 and headings:
            starts = [min(g.x0 for g in c) for c in caps]
            return _Columns(names, starts, [max(g.x1 for g in c) for c in caps])
    return None


def _under(line: Line, columns: _Columns) -> dict[int, list[str]] | None:
    """`_under_by` with the line's phrases parted by a wide gap, else by a narrower one
    (the values of narrow cells sit closer than a value's own words are apart)."""
    for gap in reversed(COLUMN_GAPS_EM):
        found = _under_by(line, columns, gap)
        if found is not None:
            return found
    return None


def _under_by(line: Line, columns: _Columns, gap: float) -> dict[int, list[str]] | None:
    """The line's phrases by the caption each stands under: the one caption it overlaps
    (a caption may be centred over its column and the value set at its left), else the
    nearest caption when clearly nearer than any other; None when a phrase stands under
    two captions or between two alike."""
    found: dict[int, list[str]] = {}
    spans = list(zip(columns.starts, columns.ends, strict=True))
    for value in phrases(line.glyphs, gap):
        x0, x1 = min(g.x0 for g in value), max(g.x1 for g in value)
        overlaps = [i for i, (a, b) in enumerate(spans) if min(b, x1) - max(a, x0) > 0]
        if len(overlaps) > 1:
            return None
        if overlaps:
            column = overlaps[0]
        else:
            gaps = sorted((max(a - x1, x0 - b), i) for i, (a, b) in enumerate(spans))
            if len(gaps) > 1 and gaps[1][0] < CLEARLY_NEARER * gaps[0][0]:
                return None
            column = gaps[0][1]
        found.setdefault(column, []).append(join_glyphs(value).strip())
    return found or None


def _captions_over(lines: Sequence[Line], labels: LabelIndex) -> tuple[list[str], int] | None:
    """`caption: value` per column, and the lines used, when the first line is two or
    more captions (each a label alone) and every phrase of the line close under it
    stands in one caption's column and is no label; None otherwise (a line of pairs, a
    label over a label, prose). A caption wrapped onto that line ("เลขประจำตัว" over
    "ประชาชน") is joined to it and the values are the line after."""
    if len(lines) < 2:
        return None
    columns = _caption_columns(lines[0], labels)
    if columns is None:
        return None
    found = _values_under(lines[0], lines[1], columns, labels)
    if found is None:
        return None
    if len(lines) > 2:
        wrapped = _wrapped_captions(columns, found, labels)
        after = _values_under(lines[1], lines[2], wrapped, labels) if wrapped else None
        if wrapped is not None and after is not None:
            return _pairs(wrapped, after), 3
    used = 2 + _wrapped_values(lines[1:], columns, found, labels)
    return _pairs(columns, found), used


def _listed_rows(lines: Sequence[Line], labels: LabelIndex) -> int:
    """How many rows of values under the captions' line answer the same columns, two or
    more of them, each close under the last: a row per person, not one value wrapped
    inside its box (a wrapped line goes on in the columns whose values are long)."""
    columns = _caption_columns(lines[0], labels)
    first = (
        _values_under(lines[0], lines[1], columns, labels) if len(lines) > 1 and columns else None
    )
    if columns is None or first is None or len(first) < 2:
        return 0
    return 1 + rows_fitting(
        (row := _values_under(above, line, columns, labels)) is not None
        and row.keys() == first.keys()
        for above, line in itertools.pairwise(lines[1:])
    )


def _wrapped_values(
    lines: Sequence[Line], columns: _Columns, found: dict[int, list[str]], labels: LabelIndex
) -> int:
    """How many lines under the values' row go on with its values: a value longer than
    its box wraps inside it (an address printed in a ruled table), each line close under
    the last and every phrase of it under a column that has a value. Their words are
    added to `found`."""
    used = 0
    while used + 1 < len(lines):
        above, line = lines[used], lines[used + 1]
        size = max(_size(above.glyphs), _size(line.glyphs))
        if line.top - above.bottom > WRAP_DROP_EM * size:
            break
        more = _under(line, columns)
        if more is None or any(column not in found for column in more):
            break
        if any(parse_label_line(t, labels) is not None for ts in more.values() for t in ts):
            break
        for column, texts in more.items():
            found[column] += _mended(found[column], texts)
        used += 1
    return used


def _mended(above: list[str], texts: list[str]) -> list[str]:
    """`texts`, a value's next line in its cell, with its first word joined onto the
    last of `above` where the wrap cut a place's word or name ("...จังหวัดแ" / "พร่ ...",
    a narrow cell's address, set 94: extractors.address_breaks)."""
    if not above or not texts:
        return texts
    joined = joined_across_break(above[-1], texts[0])
    if "\n" in joined:
        return texts
    above[-1] = joined
    return texts[1:]


def _values_under(
    above: Line, line: Line, columns: _Columns, labels: LabelIndex
) -> dict[int, list[str]] | None:
    size = max(_size(above.glyphs), _size(line.glyphs))
    drop = line.top - above.bottom
    if drop > MAX_DROP_EM * size:
        return None
    found = _under(line, columns)
    if found is not None and drop > NEAR_DROP_EM * size and len(found) < 2:
        return None  # further down (a tall header cell): two columns answered, not one
    if found is None or any(
        parse_label_line(text, labels) is not None for texts in found.values() for text in texts
    ):
        return None
    return found


def _wrapped_captions(
    columns: _Columns, found: dict[int, list[str]], labels: LabelIndex
) -> _Columns | None:
    """The captions with the words under them joined on, when each joined caption is a
    label alone (Thai wraps without a space) and some caption needed them."""
    names = list(columns.names)
    for column, texts in found.items():
        tail = " ".join(texts)
        joined = next(
            (
                n
                for n in (names[column] + tail, f"{names[column]} {tail}")
                if is_lone_label(n, labels)
            ),
            None,
        )
        if joined is None:
            return None
        names[column] = joined
    return _Columns(names, columns.starts, columns.ends)


def _pairs(columns: _Columns, found: dict[int, list[str]]) -> list[str]:
    return [
        f"{columns.names[i]}: {' '.join(found[i])}"
        for i in sorted(found)
        if columns.names[i].lower() not in NO_FIELD_HEADINGS
    ]


def _empty_boxes_row(row: Line, captions: Line, values: Line, labels: LabelIndex) -> bool:
    """Whether `row` is a row of captions whose boxes were left empty: two or more
    phrases, each starting where a caption of the next row starts (the same grid), and
    that next row is a row of captions over values. Read as text it would run into the
    value of the label before it ("ที่อยู่" + "อาคาร ห้องเลขที่ ชั้นที่ หมู่บ้าน")."""
    mine = phrases(row.glyphs, COLUMN_GAPS_EM[0])
    theirs = phrases(captions.glyphs, COLUMN_GAPS_EM[0])
    if len(mine) < 2 or _captions_over([captions, values], labels) is None:
        return False
    tolerance = ALIGN_EM * _size(captions.glyphs)
    starts = [min(g.x0 for g in c) for c in theirs]
    return all(
        any(abs(min(g.x0 for g in p) - s) <= tolerance for s in starts) for p in mine
    ) and all(
        parse_label_line(join_glyphs(p), labels) is None or is_lone_label(join_glyphs(p), labels)
        for p in mine
    )
