"""Text a PDF page draws and then covers with an opaque white box: not what a reader sees.

A citizen who reuses a filled PDF "erases" the old answers the way a PDF editor offers:
a white rectangle drawn over them, the new answers typed on top. The old text is still in
the page, under the box, and read from the text layer it mixes with the new (a phone of
twenty digits) or replaces it. A glyph drawn BEFORE a white fill that covers its middle
is hidden by it; glyphs drawn after the box (the new answer) stay. Order is the content
stream's, as pdfminer lays the page out.

A template's sample values are hidden the other way: drawn in text render mode 3 or 7
(neither filled nor stroked) or in white, they are in the text layer but nowhere on the
page a viewer shows, and read they join the citizen's values (an address with the sample's
own after it). Such glyphs are dropped unless they lie over an image: a searchable scan's
text layer is invisible text over the scan, and white letters on a photo or a dark band
are seen.
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTCurve
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

Box = tuple[float, float, float, float]
NOT_DRAWN = frozenset({3, 7})  # text render modes that neither fill nor stroke
FILLED = frozenset({0, 2, 4, 6})
STROKED = frozenset({1, 2, 5, 6})


class _MarkingAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's own layout device, marking each glyph a viewer does not draw."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unseen: dict[int, str] = {}  # id of the LTChar (kept by the layout): how

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        box = self.cur_item
        before = len(box._objs)
        super().render_string(textstate, seq, ncs, graphicstate)
        how = _unseen_how(textstate.render, graphicstate)
        if how:
            for item in box._objs[before:]:
                if isinstance(item, LTChar):
                    self.unseen[id(item)] = how


def _unseen_how(mode: int, state: Any) -> str:
    if mode in NOT_DRAWN:
        return "invisible"
    filled_white = mode not in FILLED or _white(state.ncolor)
    stroked_white = mode not in STROKED or _white(state.scolor)
    return "white" if filled_white and stroked_white else ""


def _lay_out(page: Any) -> dict[int, str]:
    """Lays the page out as pdfplumber does, with the unseen glyphs marked (by the id of
    their layout object). A page laid out before (without marks) is laid out again."""
    if hasattr(page, "_unseen_glyphs"):
        return dict(page._unseen_glyphs)
    device = _MarkingAggregator(page.pdf.rsrcmgr, pageno=page.page_number,
                                laparams=page.pdf.laparams)  # fmt: skip
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    page._layout = device.get_result()
    page.__dict__.pop("_objects", None)  # pdfplumber's objects come from the layout
    page._unseen_glyphs = device.unseen
    return device.unseen


def uncovered_chars(page: Any) -> list[dict[str, Any]]:
    """pdfplumber's `page.chars` without those a later opaque white fill covers, nor those
    drawn invisible or white over no image."""
    unseen = _lay_out(page)
    chars: list[dict[str, Any]] = page.chars
    erased = any(r.get("fill") and _white(r.get("non_stroking_color")) for r in page.rects)
    if not erased and not unseen:
        return chars  # the usual page: no layout walk
    letters: list[tuple[int, Any]] = []
    fills: list[tuple[int, Box]] = []
    for order, item in enumerate(_in_order(page.layout)):
        if isinstance(item, LTChar):
            letters.append((order, item))
        elif isinstance(item, LTCurve) and item.fill and _white(item.non_stroking_color):
            fills.append((order, (item.x0, item.y0, item.x1, item.y1)))
    if len(letters) != len(chars):
        return chars  # pdfplumber's chars are the layout's, one for one, in this order
    backs = _backgrounds(page)
    return [
        c
        for c, (order, item) in zip(chars, letters, strict=True)
        if not _covered(c, order, fills) and not _hidden(c, unseen.get(id(item), ""), backs)
    ]


# A searchable scan's layer covers the page's words; a form with a hidden sample or two
# under a photo has a few invisible words among many drawn ones.
SCANNED_SHARE = 0.9
MIN_LAYER_GLYPHS = 20


def scanner_text_layer(page: Any) -> bool:
    """Whether the page's text is a scanner's OCR of its picture (a "searchable PDF"):
    nearly all its glyphs drawn invisible (render mode 3, as scanner software, ocrmypdf
    and tesseract write that layer) over an image. It is another program's reading,
    with its misreadings and no confidence per character: not text the sender typed."""
    chars: list[dict[str, Any]] = page.chars
    if len(chars) < MIN_LAYER_GLYPHS or not page.images:
        return False
    invisible = sum(how == "invisible" for how in _lay_out(page).values())
    return invisible >= SCANNED_SHARE * len(chars)


def _backgrounds(page: Any) -> dict[str, list[Box]]:
    """Where invisible text is a text layer (images) and white text is seen (images and
    shapes filled in a colour)."""
    images = [(i["x0"], i["y0"], i["x1"], i["y1"]) for i in page.images]
    dark = [
        (r["x0"], r["y0"], r["x1"], r["y1"])
        for r in page.rects
        if r.get("fill") and not _white(r.get("non_stroking_color"))
    ]
    return {"invisible": images, "white": images + dark}


def _hidden(char: dict[str, Any], how: str, backs: dict[str, list[Box]]) -> bool:
    if not how:
        return False
    x = (char["x0"] + char["x1"]) / 2
    y = (char["y0"] + char["y1"]) / 2
    return not any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in backs[how])


def _in_order(container: Any) -> list[Any]:
    """Every layout object of the page in drawing order, form XObjects' own in place."""
    out: list[Any] = []
    for item in container:
        out.append(item)
        if isinstance(item, LTContainer) and not isinstance(item, LTChar):
            out += _in_order(item)
    return out


def _covered(char: dict[str, Any], order: int, fills: list[tuple[int, Box]]) -> bool:
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
