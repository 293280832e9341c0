"""HTML a spreadsheet put on the clipboard, and the phone's leading 0 the sheet lost.

A citizen who keeps her details in Excel or Google Sheets copies the cells into her mail.
The sheet had already made her phone a number (0857730412 shown as 857730412), and the
HTML it pastes carries that number. Such HTML is known by what the sheet leaves on it
(Excel's xl classes and mso-number-format, its Excel.Sheet ProgId, Google Sheets' origin
mark); its phones get the 0 back, flagged, as an attached sheet's do
(xlsx_form.zero_restored). Elsewhere a number without its 0 stays as typed, and refused.
"""

from __future__ import annotations

import re

from extractors.base import ExtractionResult, LabelIndex
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
