"""A correction's table on a typed PDF page: each row's item and the value to use.

A letter sending a notice back with corrections (set 105: a land-tax assessment) sets
them in a ruled table, "รายการ | ข้อมูลในแบบแจ้ง... | ข้อมูลที่ถูกต้อง": the item, the value
as the notice has it, the value as it should be. Read a line at a time the row is one
run of words ("ชื่อผู้เสียภาษี <misspelt name> <right name>"), both names joined into one.
Here the header's captions say which column is which (correction_columns), each row's
glyphs are parted at the columns' starts, and the row reads "item: value to use"; a
line under a row with nothing in its item column goes on its value (an address wrapped
in its cell). The old column's values are hers no longer and are not read. The table
ends at a line that crosses a column's start (a paragraph) or leaves the new one empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.correction_columns import new_and_old_columns
from extractors.pdf_layout import Glyph, Line, join_glyphs

__all__ = ["correction_rows"]

# Columns are parted by a gap this many font sizes wide (a word space is about 0.3).
_COLUMN_GAP_EM = 0.8
# A cell's text starts at most this many font sizes left of its caption's start.
_ALIGN_EM = 0.6
_MAX_ROWS = 40


def correction_rows(lines: Sequence[Line], k: int) -> tuple[list[str], int] | None:
    """When `lines[k]` heads a correction's table (item, old and new columns), its rows
    as "item: value to use" lines and how many lines it spans; else None."""
    starts = _header_starts(lines[k])
    if starts is None:
        return None
    old_start, new_start = starts
    rows: list[list[str]] = []  # [item, new value's pieces...]
    used = 1
    for line in lines[k + 1 : k + 1 + _MAX_ROWS]:
        tolerance = _ALIGN_EM * _size(line.glyphs)
        if any(g.x0 < new_start - tolerance < g.x1 for g in line.glyphs):
            break  # a glyph across the new column's start: a paragraph, not a row
        new = [g for g in line.glyphs if g.x0 >= new_start - tolerance]
        if not new:
            break
        item = [g for g in line.glyphs if g.x0 < old_start - tolerance]
        if item:
            rows.append([join_glyphs(item).strip(), join_glyphs(new).strip()])
        elif rows:
            rows[-1].append(join_glyphs(new).strip())
        else:
            break
        used += 1
    if not rows:
        return None
    return [f"{row[0]}: {' '.join(row[1:])}" for row in rows if row[0]], used


def _header_starts(line: Line) -> tuple[float, float] | None:
    """(where the old column's caption starts, where the new column's starts) when the
    line is three captions apart, the second and third one old and one new."""
    caps = _phrases(line.glyphs, _COLUMN_GAP_EM * _size(line.glyphs)) if line.glyphs else []
    if len(caps) != 3:
        return None
    found = new_and_old_columns([join_glyphs(c).strip() for c in caps])
    if found is None:
        return None
    new, old = found
    if new < old:
        return None  # the new column first: where its cells end is not told here
    return min(g.x0 for g in caps[old]), min(g.x0 for g in caps[new])


def _phrases(glyphs: Sequence[Glyph], gap: float) -> list[list[Glyph]]:
    kept = [g for g in glyphs if not g.text.isspace()]
    out: list[list[Glyph]] = []
    for g in kept:
        if out and (g.joins_left or g.x0 - out[-1][-1].x1 <= gap):
            out[-1].append(g)
        else:
            out.append([g])
    return out


def _size(glyphs: Sequence[Glyph]) -> float:
    sizes = sorted(g.size for g in glyphs)
    return sizes[len(sizes) // 2] if sizes else 1.0
