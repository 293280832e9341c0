"""Excel (XLSX) request forms: an agency's form made in a spreadsheet, filled and sent back.

Agencies often publish their request form as an Excel file; the citizen types the
answers beside the labels and mails it back. Each row becomes one `label: value` line
(the first non-empty cell, then the next), a row of one cell is a heading or a line of
text as written, and the lines go through the common label reader like a mail body.
openpyxl reads the workbook in the child process of `run_bounded` (an XLSX is a zip of
XML that a hostile sender can make huge).
"""

from __future__ import annotations

import datetime as dt
import io

from extractors.base import Defect, ExtractionResult, LabelIndex, Provenance
from extractors.body_form import read_label_lines
from extractors.sandbox import LimitExceeded, Limits, run_bounded
from extractors.thai import normalise_thai_text

LIMITS = Limits(seconds=30.0, memory_mb=768)
MAX_SHEETS = 5
MAX_ROWS = 500  # a request form is a page; the rest of a big workbook is data, not answers
MAX_COLUMNS = 12


def xlsx_lines(data: bytes) -> list[str]:
    """Lines of the first sheets, one per row, `label: value` where a row has two or
    more cells (runs in the child process)."""
    import openpyxl  # only the child needs it

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines: list[str] = []
    try:
        for sheet in book.worksheets[:MAX_SHEETS]:
            rows = sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True)
            for row in rows:
                lines.append(_row_line([_cell(v) for v in row if _cell(v)]))
            lines.append("")
    finally:
        book.close()
    return [normalise_thai_text(line) for line in lines]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()  # a date cell: the day, not midnight
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _row_line(cells: list[str]) -> str:
    """Label and value: the first cell and the next ones ("ที่อยู่ | 45 ม.3 | ต.พระบาท")."""
    if len(cells) < 2:
        return cells[0] if cells else ""
    label = cells[0].rstrip(" :：")
    return f"{label}: {' '.join(cells[1:])}"


class XlsxFormExtractor:
    """An XLSX attachment in (sniffed by its bytes), `label: value` candidates out."""

    name = "xlsx_form"

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        if isinstance(content, str):
            content = content.encode("latin-1", errors="replace")
        try:
            lines = run_bounded(xlsx_lines, content, limits=self.limits)
        except LimitExceeded as exc:
            return _failed(part, "xlsx_limit", exc.reason)
        except Exception as exc:  # not a workbook after all, or a broken one
            return _failed(part, "xlsx_broken", f"cannot open: {type(exc).__name__}")

        def provenance(line: int, label: str) -> Provenance:
            return Provenance(part=part, kind="spreadsheet", line=line, label=label)

        numbered = list(enumerate(lines, start=1))
        return ExtractionResult(candidates=read_label_lines(numbered, labels, provenance))


def _failed(part: str, code: str, detail: str) -> ExtractionResult:
    return ExtractionResult(defects=[Defect(code=code, detail=detail, part=part)])
