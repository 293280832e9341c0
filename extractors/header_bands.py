"""A sheet's header in two bands: group captions merged over the captions of their own
columns, beside captions merged down over both rows, then the answers' row.

"ที่อยู่" over บ้านเลขที่ | ตำบล | อำเภอ, "คำนำหน้า" over นาย | นาง | นางสาว: each answer
belongs to the caption right above it, or, in a column with none in the lower band, to
the group's caption. Where a group's columns are options (the answers under them only
marks, ✓ / x), the group's answer is the option marked. Read a band at a time, the
lower band's captions were taken for the answers of the upper one, and the sheet gave
nothing (set 25).
"""

from __future__ import annotations

from collections.abc import Callable

TICKS = frozenset({"✓", "✔", "☑", "☒", "■", "●", "/", "x", "X", "×"})
MIN_ANSWERS = 2


def banded_pairs(
    top: list[str], sub: list[str], below: list[str], is_label: Callable[[str], bool]
) -> list[str]:
    """`label: value` per answer when `top` and `sub` are one header in two bands and
    `below` answers it; else []."""
    width = max(len(top), len(sub), len(below))
    top, sub, below = (row + [""] * (width - len(row)) for row in (top, sub, below))
    groups = _groups(top)
    if len(groups) < 2 or not any(sub):
        # one caption across the whole row is the sheet's title (a list's "บัญชีรายชื่อ
        # ... หมู่ที่ 7 ต.... จ...."), not a group of the header's columns (set 55)
        return []
    spanning = False
    lines: list[str] = []
    for start, end in groups:
        subs = [j for j in range(start, end) if sub[j]]
        if end - start > 1 and subs == [start]:
            # a caption over several columns with a lower caption under its first alone:
            # a paper form's label | (empty) | value row over another, no header
            return []
        if not subs:
            if end - start > 1 and any(below[j] for j in range(start + 1, end)):
                return []  # answers under no caption of their own: no such header
            if below[start]:
                lines.append(_line(top[start], below[start]))
            continue
        if end - start < 2 or any(below[j] and not sub[j] for j in range(start, end)):
            return []  # a lower caption under a caption of one column: a row of answers
        spanning = True
        marked = [j for j in subs if below[j].strip() in TICKS]
        if marked and all(not below[j] or j in marked for j in subs):
            if len(marked) == 1:  # options: the one ticked
                lines.append(_line(top[start], sub[marked[0]]))
            continue
        lines += [_line(sub[j], below[j]) for j in subs if below[j]]
    captions = [top[s] for s, _ in groups] + [c for c in sub if c]
    if not spanning or sum(1 for c in captions if is_label(c)) < 3:
        return []
    return lines if len(lines) >= MIN_ANSWERS else []


def _groups(top: list[str]) -> list[tuple[int, int]]:
    """(first column, end) of each caption in the upper band and the empty cells after
    it (a merged caption's covered cells)."""
    starts = [j for j, cell in enumerate(top) if cell]
    if not starts or starts[0] != 0:
        return []
    ends = [*starts[1:], len(top)]
    return list(zip(starts, ends, strict=True))


def _line(label: str, value: str) -> str:
    return f"{label.rstrip(' :：')}: {value}"
