"""Check boxes, option buttons and text boxes of an Excel form, as the text of its cells.

An agency's Excel form often asks for the title with three check boxes captioned นาย /
นาง / นางสาว. They are no cells: each is a shape of the sheet's VML drawing anchored over
a cell, its caption in the shape's text and its state in the shape (x:Checked) and, from
Excel 2010, in a control-properties part (checked="Checked"). A reader of cells sees
neither the options nor the tick, so the title was lost from the name. Each control is
read as the ballot box a reader sees and its caption ("☒ นาง"), in the cell its top left
corner is anchored in. A text box (Insert > Text Box) typed over a blank's cell is
read as that cell's text (runs in the child process with openpyxl's archive).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any

from lxml import etree

from extractors.safe_xml import safe_xml_parser
from extractors.xlsx_groups import SheetGrid, boxes_in_group, sheet_grid

MAX_CONTROLS = 100  # a form has a handful; a drawing of thousands is no form
_BOXES = ("Checkbox", "Radio")
_X = "{urn:schemas-microsoft-com:office:excel}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_TAG = re.compile(r"<[^>]+>")

Controls = dict[tuple[int, int], list[tuple[int, str]]]  # (row, column) 1-based: (offset, text)


def form_controls(archive: zipfile.ZipFile, sheet_path: str) -> Controls:
    """The sheet's check boxes and option buttons by the cell they sit in."""
    rels = _relations(archive, sheet_path)
    checked = _checked_by_shape(archive, sheet_path, rels)
    found: Controls = {}
    for target in (t for kind, t in rels.values() if kind.endswith("/vmlDrawing")):
        try:
            shapes = _vml_shapes(archive.read(target))
        except (KeyError, etree.XMLSyntaxError):
            continue
        for shape_id, row, column, offset, text, on in shapes[:MAX_CONTROLS]:
            mark = "☒" if on or checked.get(shape_id) else "☐"
            found.setdefault((row, column), []).append((offset, f"{mark} {text}".strip()))
    grid = _grid(archive, sheet_path)
    for target in (t for kind, t in rels.values() if kind.endswith("/drawing")):
        try:
            boxes = _text_boxes(archive.read(target), grid)
        except (KeyError, etree.XMLSyntaxError):
            continue
        for row, column, offset, text in boxes[:MAX_CONTROLS]:
            found.setdefault((row, column), []).append((offset, TYPED_OVER + text))
    return found


# Marks a text box's text: it stands in for a cell's blank (its dots or underscores), not
# beside a cell's own text.
TYPED_OVER = "\x1a"
_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _text_boxes(data: bytes, grid: SheetGrid) -> list[tuple[int, int, int, str]]:
    """(row, column, offset, text) of each text box of a DrawingML drawing, by the cell
    its top left corner is anchored in: a citizen who cannot type into a protected form
    puts a text box over each blank line (and may group them: xlsx_groups)."""
    root = _parse(data)
    boxes = []
    for anchor in root:
        corner = _anchor_corner(anchor.find(f"{_XDR}from"))
        if corner is None:
            continue
        row, column, offset, down = corner
        shape = anchor.find(f"{_XDR}sp")
        text = _box_text(shape) if shape is not None else ""
        if text:
            boxes.append((row + 1, column + 1, offset, text))
        for group in anchor.findall(f"{_XDR}grpSp"):
            for dy, dx, text in boxes_in_group(group, _box_text):
                r, c, into = grid.cell_at(row, column, down + dy, offset + dx)
                boxes.append((r + 1, c + 1, into, text))
    return boxes


def _anchor_corner(start: Any) -> tuple[int, int, int, int] | None:
    """(row, column, EMU into the column, EMU into the row) of an anchor's xdr:from."""
    if start is None:
        return None
    try:
        return (
            int(start.findtext(f"{_XDR}row") or ""),
            int(start.findtext(f"{_XDR}col") or ""),
            int(start.findtext(f"{_XDR}colOff") or "0"),
            int(start.findtext(f"{_XDR}rowOff") or "0"),
        )
    except ValueError:
        return None


def _box_text(shape: Any) -> str:
    """A shape's text, its paragraphs joined by a space ("" for a shape without any)."""
    body = shape.find(f"{_XDR}txBody")
    if body is None:
        return ""
    paragraphs = body.iter(f"{_A}p")
    return " ".join(" ".join("".join(t.text or "" for t in p.iter(f"{_A}t")).split())
                    for p in paragraphs).strip()  # fmt: skip


def _grid(archive: zipfile.ZipFile, sheet_path: str) -> SheetGrid:
    try:
        return sheet_grid(_parse(archive.read(sheet_path)))
    except (KeyError, etree.XMLSyntaxError):
        return SheetGrid({}, {})


def _parse(data: bytes) -> Any:
    """XML of the sender's file: no entities resolved, nothing fetched."""
    return etree.fromstring(data, safe_xml_parser())


def _relations(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The part's relationships: id -> (type, the target's path in the package)."""
    folder, name = posixpath.split(part)
    try:
        root = _parse(archive.read(posixpath.join(folder, "_rels", name + ".rels")))
    except (KeyError, etree.XMLSyntaxError):
        return {}
    out = {}
    for rel in root.iter(_REL):
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        out[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(path))
    return out


def _checked_by_shape(
    archive: zipfile.ZipFile, sheet_path: str, rels: dict[str, tuple[str, str]]
) -> dict[str, bool]:
    """Shape id -> ticked, from the controls' property parts (Excel 2010 and later)."""
    out: dict[str, bool] = {}
    try:
        sheet = _parse(archive.read(sheet_path))
    except (KeyError, etree.XMLSyntaxError):
        return out
    for control in (e for e in sheet.iter() if e.tag.rsplit("}", 1)[-1] == "control"):
        kind, target = rels.get(control.get(_R_ID) or "", ("", ""))
        if not kind.endswith("/ctrlProp"):
            continue
        try:
            props = _parse(archive.read(target))
        except (KeyError, etree.XMLSyntaxError):
            continue
        out["_x0000_s" + (control.get("shapeId") or "")] = props.get("checked") == "Checked"
    return out


def _vml_shapes(data: bytes) -> list[tuple[str, int, int, int, str, bool]]:
    """(shape id, row, column, offset, caption, ticked) of each box shape of a drawing."""
    root = _parse(data)
    shapes = []
    for shape in root.iter("{urn:schemas-microsoft-com:vml}shape"):
        client = shape.find(f"{_X}ClientData")
        if client is None or client.get("ObjectType") not in _BOXES:
            continue
        anchor = (client.findtext(f"{_X}Anchor") or "").split(",")
        try:
            column, offset, row = int(anchor[0]), int(anchor[1]), int(anchor[2])
        except (IndexError, ValueError):
            continue
        on = (client.findtext(f"{_X}Checked") or "0").strip() == "1"
        box = shape.find("{urn:schemas-microsoft-com:vml}textbox")
        raw = etree.tostring(box, encoding="unicode") if box is not None else ""
        text = " ".join(_TAG.sub(" ", raw).split())
        shapes.append((shape.get("id") or "", row + 1, column + 1, offset, text, on))
    return shapes
