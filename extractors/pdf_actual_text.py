"""A PDF page's text as its /ActualText spans give it, for pages whose glyphs map to no
letters.

MS Word's "Save as PDF" and other writers draw Thai with shaped glyphs that a font's
ToUnicode map may not cover (or the map is left out), and write the text the glyphs
stand for in a marked-content span around them: `/Span <</ActualText (...)>> BDC ...
EMC`. pdfminer reads the glyphs, not the spans, so such a page was nonsense and went to
OCR. Here the spans are read in the content stream's order with where each is drawn
(the text matrix's origin from Tm and Td), and set in lines top to bottom, left to
right. Only the page's own content stream is read (not form XObjects); a page without
such spans gives nothing and is OCR'd as before.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSEOF, PSKeyword

__all__ = ["actual_text_lines"]

MAX_SPANS = 2000
MAX_OPERATIONS = 200_000
LINE_TOLERANCE = 2.0  # points: spans whose origins differ less sit on one line


def actual_text_lines(page: Any, decode: Any) -> list[str]:
    """The page's lines from its ActualText spans ([] when it has none); `decode` turns a
    PDF text string's bytes into text."""
    streams = resolve1(getattr(page.page_obj, "contents", None)) or []
    parser = PDFContentParser([resolve1(s) for s in streams])
    spans: list[tuple[float, float, str]] = []
    operands: list[Any] = []
    line_x = line_y = 0.0
    open_text: str | None = None
    at: tuple[float, float] | None = None
    for _ in range(MAX_OPERATIONS):
        try:
            _, token = parser.nextobject()
        except PSEOF:
            break
        if not isinstance(token, PSKeyword):
            operands.append(token)
            continue
        op = token.name.decode("latin-1") if isinstance(token.name, bytes) else str(token.name)
        if op == "BDC" and len(operands) >= 2:
            props = resolve1(operands[-1])
            raw = resolve1(props.get("ActualText")) if isinstance(props, dict) else None
            if isinstance(raw, bytes):
                open_text, at = decode(raw), None
        elif op == "Tm" and len(operands) >= 6:
            line_x, line_y = _number(operands[-2]), _number(operands[-1])
            at = at or (line_x, line_y)
        elif op in ("Td", "TD") and len(operands) >= 2:
            line_x += _number(operands[-2])
            line_y += _number(operands[-1])
            at = at or (line_x, line_y)
        elif op == "BT":
            line_x = line_y = 0.0
        elif op == "EMC" and open_text is not None:
            if at is not None and open_text.strip():
                spans.append((at[1], at[0], open_text))
            open_text = None
            if len(spans) >= MAX_SPANS:
                break
        operands = []
    return _lines(spans)


def _number(value: Any) -> float:
    try:
        return float(resolve1(value))
    except (TypeError, ValueError):
        return 0.0


def _lines(spans: list[tuple[float, float, str]]) -> list[str]:
    rows: list[list[tuple[float, float, str]]] = []
    for span in sorted(spans, key=lambda s: -s[0]):  # PDF y grows upwards: top first
        if rows and abs(rows[-1][0][0] - span[0]) <= LINE_TOLERANCE:
            rows[-1].append(span)
        else:
            rows.append([span])
    return [
        " ".join(text.strip() for _, _, text in sorted(row, key=lambda s: s[1])) for row in rows
    ]
