"""CSV request forms: a spreadsheet saved as "CSV" and mailed back.

A citizen who fills an agency's Excel form may save it as CSV (Excel's "CSV UTF-8" with
its byte-order mark, or plain "CSV" on a Thai Windows: TIS-620 bytes with no charset
said), and an online form's answers are exported as CSV too. The rows are read as the
Excel reader reads a sheet (`xlsx_lines`): `label,value` rows, or a row of labels over
a row of answers, read by column.
"""

from __future__ import annotations

import csv
import io
import re

from extractors.base import ExtractionResult, LabelIndex
from extractors.body_form import decode_text_bytes
from extractors.office_files import read_lines
from extractors.thai import normalise_thai_text
from extractors.xlsx_form import MAX_COLUMNS, MAX_ROWS, xlsx_lines, zero_restored

MAX_CHARS = 200_000  # a request is a few rows; the rest of a big export is not read
_DELIMITERS = (",", ";", "\t")
# A program that wrote the CSV from a sheet read with default types (pandas) writes a
# whole number as a float ("815502918.0") and a date cell as a midnight timestamp
# ("1985-01-12 00:00:00"): the number and the day the sheet held, as the Excel reader
# reads its cells (xlsx_form._cell). A real time of day is kept: it is no date alone.
_WHOLE_FLOAT = re.compile(r"(\d+)\.0+")
_MIDNIGHT = re.compile(r"(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?")


def csv_text(content: bytes | str) -> str:
    """The file's text: UTF-16 by its byte-order mark (Excel's "Unicode text"), else
    detected as any text attachment (UTF-8, TIS-620); the UTF-8 mark dropped."""
    if isinstance(content, str):
        return content.lstrip("\ufeff")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16", errors="replace")
    return decode_text_bytes(content).lstrip("\ufeff")


def csv_rows(text: str) -> list[list[str]]:
    """Rows of cells, trailing empty cells dropped; the delimiter the first line uses
    most (Excel writes ';' where the decimal mark is a comma, tabs in Unicode text)."""
    head = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=head.count)
    rows: list[list[str]] = []
    for row in csv.reader(io.StringIO(text[:MAX_CHARS]), delimiter=delimiter):
        cells = [_as_the_sheet_held(normalise_thai_text(c)) for c in row[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
        if len(rows) >= MAX_ROWS:
            break
    return rows


def _as_the_sheet_held(cell: str) -> str:
    m = _WHOLE_FLOAT.fullmatch(cell.strip()) or _MIDNIGHT.fullmatch(cell.strip())
    return m.group(1) if m is not None else cell


class CsvFormExtractor:
    """A CSV attachment in, `label: value` candidates out (as from a spreadsheet)."""

    name = "csv_form"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        rows = csv_rows(csv_text(content))
        result = read_lines(xlsx_lines(rows, labels), part=part, kind="spreadsheet", labels=labels)
        result.candidates = [zero_restored(c, labels) for c in result.candidates]
        return result
