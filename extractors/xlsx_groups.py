"""Which cell each text box of a group of shapes sits over, in an Excel drawing.

A citizen who types her answers in text boxes over an Excel form's blanks often selects
them all and groups them, to move them as one. The drawing then anchors only the group,
at the cell of its top left corner; each box keeps its own place in the group's child
coordinates (its a:xfrm's a:off), which the group's a:chOff/a:chExt map onto the group's
rectangle (a:off/a:ext, in the sheet's EMU). Excel leaves the child coordinates as they
were when the group was made, so only that map says where a box is now. A box's cell is
found by walking the sheet's rows and columns from the anchor's cell for as many EMU as
the box lies below and right of it, each row and column with its own size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

EMU_PER_POINT = 12700
EMU_PER_PIXEL = 9525
_DEFAULT_ROW = 15 * EMU_PER_POINT  # Excel's default row, 15 pt
_DEFAULT_COLUMN = 64 * EMU_PER_PIXEL  # Excel's default column, 64 px
MAX_DEPTH = 8  # groups of groups: a form has one or two levels
MAX_STEPS = 2000  # rows or columns walked: a form is small, a hostile offset is not

_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

Place = Callable[[float, float], tuple[float, float]]


@dataclass(frozen=True)
class SheetGrid:
    """The sheet's row heights and column widths in EMU, 0-based."""

    rows: dict[int, int]
    columns: dict[int, int]
    default_row: int = _DEFAULT_ROW
    default_column: int = _DEFAULT_COLUMN

    def cell_at(self, row: int, column: int, down: float, right: float) -> tuple[int, int, int]:
        """(row, column, EMU into the column) of the point `down` and `right` EMU from
        the top left corner of cell (row, column)."""
        row, _ = _walk(row, down, self.rows, self.default_row)
        column, rest = _walk(column, right, self.columns, self.default_column)
        return row, column, rest


def _walk(index: int, emu: float, sizes: dict[int, int], default: int) -> tuple[int, int]:
    """The row (column) `emu` past the start of row `index`, and how far into it. A box
    whose top sits in a row's last quarter belongs to the row under it: boxes are dragged
    onto a line by eye, a hair above it as often as below."""
    for _ in range(MAX_STEPS):
        size = max(sizes.get(index, default), 1)
        if emu < size - size // 4:
            break
        emu -= size
        index += 1
    return index, max(int(emu), 0)


def sheet_grid(sheet: Any) -> SheetGrid:
    """The grid of a parsed worksheet: its default and custom row heights (points) and
    column widths (characters of the default font, ~7 px each)."""
    form = sheet.find(f"{_S}sheetFormatPr")
    default_row = _points(form.get("defaultRowHeight") if form is not None else None)
    default_column = _chars(form.get("defaultColWidth") if form is not None else None)
    rows: dict[int, int] = {}
    for row in sheet.iter(f"{_S}row"):
        height = _points(row.get("ht"))
        if height and (row.get("r") or "").isdigit():
            rows[int(row.get("r")) - 1] = height
    columns: dict[int, int] = {}
    for col in sheet.iter(f"{_S}col"):
        width = _chars(col.get("width"))
        first, last = col.get("min") or "", col.get("max") or ""
        if width and first.isdigit() and last.isdigit():
            for k in range(int(first) - 1, min(int(last), int(first) + MAX_STEPS)):
                columns[k] = width
    return SheetGrid(rows, columns, default_row or _DEFAULT_ROW, default_column or _DEFAULT_COLUMN)


def _points(value: str | None) -> int:
    try:
        return int(float(value or "") * EMU_PER_POINT)
    except ValueError:
        return 0


def _chars(value: str | None) -> int:
    try:
        return int(round(float(value or "") * 7) * EMU_PER_PIXEL)
    except ValueError:
        return 0


def boxes_in_group(group: Any, read_text: Callable[[Any], str]) -> list[tuple[float, float, str]]:
    """(EMU down, EMU right, text) of each text box in the group, from the group's top
    left corner; `read_text` reads a shape's text ("" for none)."""
    found: list[tuple[float, float, str]] = []
    _collect(group, lambda x, y: (x, y), read_text, found, 0)
    if not found:
        return []
    corner = _offset(group.find(f"{_XDR}grpSpPr/{_A}xfrm"), "off")
    if corner is None:  # no rectangle saved: the group starts where its first box does
        corner = (min(x for _, x, _ in found), min(y for y, _, _ in found))
    return [(y - corner[1], x - corner[0], text) for y, x, text in found]


def _collect(
    group: Any,
    outer: Place,
    read_text: Callable[[Any], str],
    found: list[tuple[float, float, str]],
    depth: int,
) -> None:
    if depth > MAX_DEPTH:
        return
    inner = _child_map(group.find(f"{_XDR}grpSpPr/{_A}xfrm"))

    def place(x: float, y: float) -> tuple[float, float]:
        return outer(*inner(x, y))

    for shape in group.findall(f"{_XDR}sp"):
        at = _offset(shape.find(f"{_XDR}spPr/{_A}xfrm"), "off")
        text = read_text(shape)
        if at is not None and text:
            x, y = place(*at)
            found.append((y, x, text))
    for child in group.findall(f"{_XDR}grpSp"):
        _collect(child, place, read_text, found, depth + 1)


def _child_map(xfrm: Any) -> Place:
    """The group's map from its child coordinates to its parent's."""
    off, ext = _offset(xfrm, "off"), _offset(xfrm, "ext", "cx", "cy")
    child_off, child_ext = _offset(xfrm, "chOff"), _offset(xfrm, "chExt", "cx", "cy")
    if off is None or ext is None or child_off is None or child_ext is None:
        return lambda x, y: (x, y)
    sx = ext[0] / child_ext[0] if child_ext[0] else 1.0
    sy = ext[1] / child_ext[1] if child_ext[1] else 1.0
    return lambda x, y: (off[0] + (x - child_off[0]) * sx, off[1] + (y - child_off[1]) * sy)


def _offset(xfrm: Any, tag: str, x: str = "x", y: str = "y") -> tuple[float, float] | None:
    point = xfrm.find(f"{_A}{tag}") if xfrm is not None else None
    try:
        return (float(point.get(x)), float(point.get(y))) if point is not None else None
    except (TypeError, ValueError):
        return None
