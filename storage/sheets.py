"""Tables as files a person opens in a spreadsheet: CSV (UTF-8 with a BOM, so Excel
shows Thai) and XLSX. One writer for the web app's exports and the command line's.

Every cell is defused: a value a spreadsheet would run as a formula (starting with
= + - @, a tab or a carriage return, also after leading spaces or in their full-width
forms) gets a leading apostrophe, so it is shown as text. The values come from citizens'
mail: a subject "=HYPERLINK(...)" must not become a live link on a clerk's machine.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from extractors.cells import clean_cell, show_bidi_controls

FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
_INVISIBLE_START = re.compile(
    r"^[\s\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+"
)
Row = Sequence[str]


def safe_cell(value: str) -> str:
    """The value, with an apostrophe in front when a spreadsheet would compute it, and
    without control characters that XML (so XLSX) cannot hold (`clean_cell`): one NUL in
    one field must not break the export of every case.

    What may come before the formula sign is anything a spreadsheet could trim on import:
    any whitespace (line breaks, no-break and ideographic spaces), and characters that
    draw nothing (zero-width space, byte order mark, bidirectional controls). The
    bidirectional controls are then written out as [U+XXXX], as every page shows them:
    in a cell "scan<U+202E>fdp.exe" reads "scanexe.pdf"."""
    value = clean_cell(value)
    first = _INVISIBLE_START.sub("", value)[:1]
    formula = value[:1] in FORMULA_STARTS or first in FORMULA_STARTS
    # decided on the value as written, then its bidi controls shown as the pages show them
    shown = show_bidi_controls(value)
    return "'" + shown if formula else shown


def csv_text(header: Row, rows: Iterable[Row]) -> str:
    """CSV with a BOM and CRLF line ends; every body cell defused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return "\ufeff" + buffer.getvalue()


def csv_bytes(header: Row, rows: Iterable[Row]) -> bytes:
    return csv_text(header, rows).encode("utf-8")


def xlsx_bytes(header: Row, rows: Iterable[Row], *, title: str) -> bytes:
    """One sheet: a bold, frozen header row, columns as wide as their text (up to 60)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append([safe_cell(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max((len(str(c.value or "")) for c in column), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(path: Path, header: Row, rows: Iterable[Row], *, title: str) -> None:
    path.write_bytes(xlsx_bytes(header, rows, title=title))
