"""What a spreadsheet made (HTML put on the clipboard, a PDF it printed), and the phone's
leading 0 the sheet lost.

A citizen who keeps her details in Excel or Google Sheets copies the cells into her mail.
The sheet had already made her phone a number (0857730412 shown as 857730412), and the
HTML it pastes carries that number. Such HTML is known by what the sheet leaves on it
(Excel's xl classes and mso-number-format, its Excel.Sheet ProgId, Google Sheets' origin
mark); its phones get the 0 back, flagged, as an attached sheet's do
(xlsx_form.zero_restored). A form kept in a sheet and printed to PDF shows the same
number, and its page says where it came from: a long number in E-notation (the ID as
1.40050E+12), a number too wide for its column as ########, or the program named as
the PDF's producer. Elsewhere a number without its 0 stays as typed, and refused.
"""

from __future__ import annotations

import re

from extractors.base import ExtractionResult, FieldCandidate, LabelIndex
from extractors.xlsx_form import zero_restored

_FROM_A_SHEET = re.compile(
    r"class=[\"']?xl\d|mso-number-format|content=[\"']?Excel\.Sheet|google-sheets-html-origin",
    re.IGNORECASE,
)


def pasted_from_a_sheet(html: str) -> bool:
    """Whether the HTML bears a spreadsheet's clipboard marks."""
    return _FROM_A_SHEET.search(html) is not None


def sheet_zeros_restored(
    html: str, result: ExtractionResult, labels: LabelIndex
) -> ExtractionResult:
    """The result with its phones' lost 0 restored when the HTML came from a sheet."""
    if not pasted_from_a_sheet(html):
        return result
    restored = [zero_restored(c, labels) for c in result.candidates]
    return result.model_copy(update={"candidates": restored})


# A sheet's marks on what it prints: a long number in E-notation, a column too narrow
# for its number (Excel fills it with #), the program's name in the PDF's information.
_SHEET_PRINT = re.compile(r"\b\d\.\d{2,}E\+\d{2}\b|#{6,}")
_SHEET_PROGRAM = re.compile(r"\bExcel\b|\bCalc\b|Google Sheets", re.IGNORECASE)


def printed_from_a_sheet(page_text: str, producer: str) -> bool:
    """Whether a PDF's page text or its producer says a spreadsheet printed it."""
    return bool(_SHEET_PRINT.search(page_text) or _SHEET_PROGRAM.search(producer))


def printed_zeros_restored(
    candidates: list[FieldCandidate], page_text: str, producer: str, labels: LabelIndex
) -> list[FieldCandidate]:
    """The candidates with their phones' lost 0 restored when a sheet printed the PDF."""
    if not printed_from_a_sheet(page_text, producer):
        return candidates
    return [zero_restored(c, labels) for c in candidates]
