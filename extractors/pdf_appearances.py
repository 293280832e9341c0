"""Text a fillable PDF shows only in its widgets' appearance streams.

Most fillers store the typed value in the field (/V) and draw it in the widget's
appearance (/AP /N); some (mobile fillers, "print to PDF" keeping the fields, tools
that flatten half-way) draw it and store nothing. A viewer shows the value, so a clerk
reads it; the page's own text does not hold it. Each text widget's normal appearance
is interpreted (pdfminer, its own fonts and their ToUnicode maps) and its text laid on
the page where the widget is, like the text a typewriter annotation shows.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdftypes import PDFStream, resolve1

from extractors.pdf_layout import (
    MAX_ANNOTATIONS,
    Glyph,
    join_glyphs,
    reading_order,
    typed_glyphs,
)

MAX_APPEARANCE_BYTES = 20_000  # a widget's value is a line or two; more is no answer
HIDDEN, NO_VIEW = 2, 32


class _Canvas:
    """What pdfminer's device needs of a page: the appearance's own box."""

    def __init__(self, box: Sequence[float]) -> None:
        self.pageid = 0
        self.mediabox = self.cropbox = tuple(box)
        self.rotate = 0


def appearance_glyphs(annots: Iterable[dict[str, Any]], page: Sequence[Glyph] = ()) -> list[Glyph]:
    """Glyphs of the text each text widget's appearance draws, laid at the widget's
    place on the page (bottom left of its box); widgets whose appearance draws none
    give none."""
    baselines = sorted({round(g.baseline, 1) for g in page if g.baseline is not None})
    glyphs: list[Glyph] = []
    for annot in itertools.islice(annots, MAX_ANNOTATIONS):
        data = annot.get("data")
        if not isinstance(data, dict) or getattr(data.get("Subtype"), "name", None) != "Widget":
            continue
        flags = data.get("F")
        if isinstance(flags, int) and flags & (HIDDEN | NO_VIEW):
            continue
        text, size, lift = _appearance_text(data)
        try:
            x0, bottom = float(annot["x0"]), float(annot["bottom"])
            height = float(annot["height"])
        except (KeyError, TypeError, ValueError):
            continue
        if text.strip():
            # the last line's baseline where the appearance draws it in the widget's box
            baseline = bottom - lift * height
            glyphs += typed_glyphs(text, x0, baseline + 0.25 * size, size, baselines)
    return glyphs


def _appearance_text(data: dict[str, Any]) -> tuple[str, float, float]:
    """The text the widget's normal appearance draws, its size, and how high in the box
    its last line's baseline sits (a share of the box's height); ("", 0, 0) for none (a
    check box's appearances are a dictionary of states, not one stream)."""
    none = ("", 0.0, 0.0)
    appearances = resolve1(data.get("AP"))
    stream = resolve1(appearances.get("N")) if isinstance(appearances, dict) else None
    if not isinstance(stream, PDFStream):
        return none
    try:
        if len(stream.get_data()) > MAX_APPEARANCE_BYTES:
            return none
        box = [float(v) for v in resolve1(stream.get("BBox"))]
        chars = _chars(stream, box)
    except Exception:  # a broken appearance draws nothing a clerk could read
        return none
    if not chars or box[3] <= box[1]:
        return none
    lowest = min(float(ch.matrix[5]) for ch in chars)
    lift = min(max((lowest - box[1]) / (box[3] - box[1]), 0.0), 1.0)
    # one row, in reading order (a value is a line; a multiline box's lines in order)
    rows: dict[int, list[LTChar]] = {}
    for ch in chars:
        rows.setdefault(round(-ch.y0 / max(ch.size, 1.0)), []).append(ch)
    lines = []
    for _, row in sorted(rows.items()):
        found = [Glyph(c.get_text(), c.x0, c.x1, -c.y1, -c.y0) for c in row]
        lines.append(join_glyphs(reading_order(found)))
    size = max(ch.size for ch in chars)
    return "\n".join(line for line in lines if line), size, lift


def _chars(stream: PDFStream, box: list[float]) -> list[LTChar]:
    resources = resolve1(stream.get("Resources")) or {}
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager)
    interpreter = PDFPageInterpreter(manager, device)
    canvas = _Canvas(box)
    device.begin_page(canvas, (1, 0, 0, 1, 0, 0))  # type: ignore[arg-type]
    interpreter.render_contents(resources, [stream])
    device.end_page(canvas)  # type: ignore[arg-type]
    found: list[LTChar] = []
    _collect(device.get_result(), found)
    return found


def _collect(item: Any, found: list[LTChar], depth: int = 0) -> None:
    """The characters in drawing order (a mark right after the letter it sits on)."""
    if isinstance(item, LTChar):
        found.append(item)
    elif isinstance(item, LTContainer) and depth < 8:
        for child in item:
            _collect(child, found, depth + 1)
