"""Text a PDF page draws and then covers with an opaque white box: not what a reader sees.

A citizen who reuses a filled PDF "erases" the old answers the way a PDF editor offers:
a white rectangle drawn over them, the new answers typed on top. The old text is still in
the page, under the box, and read from the text layer it mixes with the new (a phone of
twenty digits) or replaces it. A glyph drawn BEFORE a white fill that covers its middle
is hidden by it; glyphs drawn after the box (the new answer) stay. Order is the content
stream's, as pdfminer lays the page out.
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTCurve


def uncovered_chars(page: Any) -> list[dict[str, Any]]:
    """pdfplumber's `page.chars` without those a later opaque white fill covers."""
    chars: list[dict[str, Any]] = page.chars
    if not any(r.get("fill") and _white(r.get("non_stroking_color")) for r in page.rects):
        return chars  # the usual page: no layout walk
    letters: list[tuple[int, Any]] = []
    fills: list[tuple[int, tuple[float, float, float, float]]] = []
    for order, item in enumerate(_in_order(page.layout)):
        if isinstance(item, LTChar):
            letters.append((order, item))
        elif isinstance(item, LTCurve) and item.fill and _white(item.non_stroking_color):
            fills.append((order, (item.x0, item.y0, item.x1, item.y1)))
    if not fills or len(letters) != len(chars):
        return chars  # pdfplumber's chars are the layout's, one for one, in this order
    return [
        c for c, (order, _) in zip(chars, letters, strict=True) if not _covered(c, order, fills)
    ]


def _in_order(container: Any) -> list[Any]:
    """Every layout object of the page in drawing order, form XObjects' own in place."""
    out: list[Any] = []
    for item in container:
        out.append(item)
        if isinstance(item, LTContainer) and not isinstance(item, LTChar):
            out += _in_order(item)
    return out


def _covered(
    char: dict[str, Any], order: int, fills: list[tuple[int, tuple[float, float, float, float]]]
) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["y0"] + char["y1"]) / 2
    return any(
        later > order and x0 <= x <= x1 and y0 <= y <= y1 for later, (x0, y0, x1, y1) in fills
    )


def _white(color: object) -> bool:
    """Gray 1, RGB 1 1 1 or CMYK 0 0 0 0: the white of an erasing box."""
    values = color if isinstance(color, list | tuple) else (color,)
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(numbers) in (1, 3):
        return all(v >= 0.99 for v in numbers)
    return len(numbers) == 4 and all(v <= 0.01 for v in numbers)
