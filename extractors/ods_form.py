"""OpenDocument spreadsheets (.ods, LibreOffice Calc) as request forms.

A citizen with LibreOffice fills the agency's Excel form and saves it in Calc's own
format. Its rows are read as an Excel sheet's (`xlsx_lines`): `label | value` rows, or a
row of labels over a row of answers. A date cell gives its date (office:date-value), not
the text Calc shows in the user's format; a number its value. Cells merged over
(covered) are empty, and rows or columns the sheet hides (visibility collapse) are no
answer of this applicant, as in an Excel sheet. An ODS is a zip of XML a hostile sender
can make huge: it is read in the child process of `run_bounded`.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from extractors.base import ExtractionResult, LabelIndex
from extractors.office_files import open_package, read_lines
from extractors.safe_xml import safe_xml_parser
from extractors.sandbox import Limits
from extractors.thai import normalise_thai_text
from extractors.xlsx_form import MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, xlsx_lines, zero_restored

LIMITS = Limits(seconds=30.0, memory_mb=768)
MAX_XML_BYTES = 20_000_000
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _t(tag: str) -> str:
    return f"{{{_TABLE}}}{tag}"


def ods_rows(data: bytes) -> list[list[str]]:
    """Rows of the first sheets, each its cells by column, a sheet ending with an empty
    row, trailing empty cells dropped (runs in the child process)."""
    from lxml import etree  # only the child parses the XML

    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as member:
        xml = member.read(MAX_XML_BYTES + 1)
    if len(xml) > MAX_XML_BYTES:
        raise ValueError("content.xml too large")
    parser = safe_xml_parser()
    root = etree.fromstring(xml, parser)
    rows: list[list[str]] = []
    for sheet in list(root.iter(_t("table")))[:MAX_SHEETS]:
        if sheet.get(_t("display")) == "false":
            continue  # a hidden sheet: a drop-down's list, no answer
        rows += _sheet_rows(sheet)
        rows.append([])
    return rows


def _sheet_rows(sheet: Any) -> list[list[str]]:
    hidden = _hidden_columns(sheet)
    rows: list[list[str]] = []
    for row in sheet.iter(_t("table-row")):
        cells = _row_cells(row, hidden)
        repeat = min(_repeat(row, "rows"), 1 if cells else 3)  # long empty runs are no data
        if row.get(_t("visibility")) not in (None, "visible"):
            continue
        rows += [list(cells) for _ in range(repeat)]
        if len(rows) >= MAX_ROWS:
            break
    return rows


def _hidden_columns(sheet: Any) -> set[int]:
    hidden: set[int] = set()
    number = 0
    for column in sheet.iter(_t("table-column")):
        count = min(_repeat(column, "columns"), MAX_COLUMNS)
        if column.get(_t("visibility")) not in (None, "visible"):
            hidden.update(range(number, number + count))
        number += count
        if number >= MAX_COLUMNS:
            break
    return hidden


def _row_cells(row: Any, hidden: set[int]) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (_t("table-cell"), _t("covered-table-cell")):
            continue
        text = _cell_text(cell) if cell.tag == _t("table-cell") else ""
        for _ in range(min(_repeat(cell, "columns"), MAX_COLUMNS - len(cells))):
            cells.append("" if len(cells) in hidden else text)
        if len(cells) >= MAX_COLUMNS:
            break
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cell_text(cell: Any) -> str:
    """A date cell's date, a number's value (not the shown text: the user's format may
    cut the ID to 3.16E+12), else the text of its paragraphs."""
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind == "date":
        value = (cell.get(f"{{{_OFFICE}}}date-value") or "")[:10]
        if value:
            return value
    if kind in ("float", "percentage", "currency"):
        value = cell.get(f"{{{_OFFICE}}}value") or ""
        try:
            number = float(value)
        except ValueError:
            number = None
        if number is not None and number.is_integer():
            return str(int(number))
    lines = [" ".join("".join(p.itertext()).split()) for p in cell.iter(f"{{{_TEXT}}}p")]
    return normalise_thai_text(" ".join(line for line in lines if line))


def _repeat(element: Any, what: str) -> int:
    try:
        return max(1, int(element.get(_t(f"number-{what}-repeated")) or 1))
    except ValueError:
        return 1


class OdsFormExtractor:
    """An OpenDocument spreadsheet attachment in, `label: value` candidates out."""

    name = "ods_form"

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        rows, risks = open_package(ods_rows, content, self.limits, part=part, code="ods")
        if isinstance(rows, ExtractionResult):
            return rows
        result = read_lines(xlsx_lines(rows, labels), part=part, kind="spreadsheet", labels=labels)
        result.defects += risks
        result.candidates = [zero_restored(c, labels) for c in result.candidates]
        return result
