"""A deal's two sides in rows of the mail (a receipt, a lease): the side not the writer's behind.

    ใบเสร็จเดือนล่าสุด:
    ผู้ให้เช่า : นาย<landlord>
    ที่อยู่ผู้ให้เช่า : 99 ถนน...
    โทร : 032-...
    ผู้เช่า : นาง<tenant>

A tenant asking rent help types or pastes her landlord's receipt into her mail (set 97):
the receipt's rows name both sides of the deal, the landlord's block with his address
and line, which a label reader takes as hers ("โทร" says only that it is a phone). Each
side's block runs from the row that names it down to the next side's row or a blank
line, with any row whose label names that side ("ที่อยู่ผู้ให้เช่า"). The writer names
herself elsewhere in the mail (her own words, her signature): a side whose name is
nowhere outside the blocks is not the writer's, so its values found only there are set
behind (set_behind.behind: kept, but never taken as hers without a flag). A landlord who
writes with his tenant's receipt keeps his block and sets hers behind the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, TextPart
from extractors.set_behind import behind

__all__ = ["deal_sides_behind"]

# The two sides of a deal a receipt or a contract names by what each does in it: who
# lets and who rents (ให้เช่า / เช่า, and hire purchase's เช่าซื้อ), who sells and who
# buys, who lends and who borrows.
_SIDES: tuple[tuple[str, str], ...] = (
    (r"ผู้ให้เช่า(?:ซื้อ)?", r"ผู้เช่า(?:ซื้อ)?"),
    (r"ผู้ขาย", r"ผู้ซื้อ"),
    (r"ผู้ให้กู้(?:ยืม)?", r"ผู้กู้(?:ยืม)?"),
)
_COLON = re.compile(r"\s*[:：]\s*")


def _row(line: str) -> tuple[str, str] | None:
    """A row's label and value ("label : value"), or None."""
    found = _COLON.search(line)
    if found is None or not line[: found.start()].strip():
        return None
    return line[: found.start()].strip(), line[found.end() :].strip()


class _Side:
    """One side's rows in a part: its name (the value of the row that names it) and the
    indexes of its rows."""

    def __init__(self) -> None:
        self.name = ""
        self.rows: set[int] = set()


def _sides(lines: Sequence[str], one: str, other: str) -> list[_Side]:
    """Both sides' rows, or none when the lines do not name both in rows of their own
    ("ผู้ให้เช่า : <name>")."""
    opens = [re.compile(rf"(?:ชื่อ\s*)?(?:{s})(?:\s*[(（][^()（）]*[)）])?") for s in (one, other)]
    names = [re.compile(s) for s in (one, other)]
    sides = [_Side(), _Side()]
    current: _Side | None = None
    for n, line in enumerate(lines):
        row = _row(line)
        if row is None:
            if not line.strip():
                current = None  # a blank line ends a block
            elif current is not None:
                current.rows.add(n)
            continue
        label, value = row
        k = next((k for k, p in enumerate(opens) if p.fullmatch(label) and value), None)
        if k is not None and not sides[k].name:
            current = sides[k]
            current.name = value
            current.rows.add(n)
            continue
        named = next((k for k, p in enumerate(names) if p.search(label)), None)
        if named is not None:
            sides[named].rows.add(n)  # "ที่อยู่ผู้ให้เช่า": that side's, wherever it is
        elif current is not None:
            current.rows.add(n)
    return sides if all(side.name for side in sides) else []


def _fold(text: str) -> str:
    return " ".join(text.split())


def deal_sides_behind(
    candidates: Sequence[FieldCandidate], parts: Sequence[TextPart]
) -> list[FieldCandidate]:
    """`candidates` with a mail part's values found only in the block of a deal's side
    whose name the part gives nowhere else set behind."""
    # part: the text outside both sides' blocks, and the values of a side not the writer's
    others: dict[str, tuple[str, list[str]]] = {}
    for part in parts:
        if "ผู้" not in part.text:
            continue
        lines = part.text.splitlines()
        for one, other in _SIDES:
            sides = _sides(lines, one, other)
            if not sides:
                continue
            inside = sides[0].rows | sides[1].rows
            outside = _fold("\n".join(x for n, x in enumerate(lines) if n not in inside))
            values = [
                _fold(row[1])
                for side in sides
                if _fold(side.name) not in outside
                for n in sorted(side.rows)
                if (row := _row(lines[n])) is not None and row[1]
            ]
            if values:
                others[part.part] = (outside, values)
    if not others:
        return list(candidates)
    return [behind(c) if _only_in_anothers(c, others) else c for c in candidates]


def _only_in_anothers(c: FieldCandidate, others: dict[str, tuple[str, list[str]]]) -> bool:
    """Whether `c` is a value of a body part found in a block of a side not the writer's
    and nowhere outside the blocks."""
    if c.provenance.filename_index is not None or c.provenance.part not in others:
        return False
    value = _fold(c.value)
    outside, values = others[c.provenance.part]
    return bool(value) and value not in outside and any(value in v for v in values)
