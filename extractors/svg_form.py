"""An SVG attachment: a form drawn in a design tool (Inkscape, Illustrator, a web form's
"save as picture"), read from its words, and any scan embedded in it read by OCR.

An SVG is a program for a renderer: it may name files and URLs (`<image>`, `<use>`,
XInclude, CSS `@import`), declare entities (a billion laughs, an external entity reading
a local file) and carry scripts. So nothing renders it. It is parsed, in the bounded
child, with lxml as every other XML here is (no entity substitution, no network, no DTD
loaded, no huge tree); a file that declares entities is refused outright (`svg_refused`),
as a drawing needs none. Its `<text>` elements are read as lines: each piece of text is
placed where the renderer would put it (its own `x`/`y`, a `<tspan>`'s, translated by the
transforms of its element and its groups), pieces on one baseline joined left to right,
lines top to bottom, and those lines read as `label: value` lines. A web page drawn into
the SVG (`<foreignObject>`, as web tools save a filled form as a picture) is read as an
HTML body is, each table row a line. A raster embedded as a
`data:` URI (a scan dropped into the drawing) is read by the OCR reader, with the pixel
caps and child process every image gets. A reference to anything else is never
followed: it is counted and said (`svg_external_ignored`), without the reference itself.
A drawing with neither (its words turned into outlines) says so (`svg_no_text`).
"""

from __future__ import annotations

import base64
import binascii
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from extractors.base import Defect, ExtractionResult, FieldCandidate, LabelIndex, failed
from extractors.html_text import html_to_text
from extractors.office_files import as_bytes, read_lines
from extractors.safe_xml import safe_xml_parser
from extractors.sandbox import LimitExceeded, Limits, run_bounded
from extractors.sniff import sniff_type

__all__ = ["SvgFormExtractor", "SvgRefused", "svg_contents"]

MAX_SVG_BYTES = 24 * 1024 * 1024  # a drawing with a phone photo embedded is a few MB
MAX_TEXTS = 5000  # <text> and <tspan> pieces read; a form has a few hundred
MAX_RASTERS = 3  # embedded pictures read by OCR (each costs a reading)
LIMITS = Limits(seconds=30.0, memory_mb=768)
SAME_LINE = 0.35  # pieces whose baselines differ by less than this share of the line gap
# The embedded pictures the OCR reader reads; others (a GIF logo) are left alone.
_RASTERS = frozenset({"image/png", "image/jpeg", "image/webp", "image/tiff", "image/heic",
                      "image/avif"})  # fmt: skip
_DATA_URI = re.compile(r"data:([\w.+/-]*)((?:;[\w.+-]+=[^;,]*)*)(;base64)?,", re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")
_IMPORT = re.compile(r"@import|url\(\s*['\"]?(?!data:|#)", re.IGNORECASE)
_SVG_NS = "http://www.w3.org/2000/svg"
_XINCLUDE = "{http://www.w3.org/2001/XInclude}"
_HREFS = ("href", "{http://www.w3.org/1999/xlink}href")

_ENTITIES = "declares entities, which a drawing does not need"

Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as SVG writes it
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class SvgRefused(ValueError):
    """The file is refused before anything in it is read; `str()` says why (no content)."""


@dataclass
class SvgContents:
    lines: list[str] = field(default_factory=list)
    rasters: list[bytes] = field(default_factory=list)  # embedded pictures, decoded
    html: list[str] = field(default_factory=list)  # <foreignObject> markup, as text
    external: int = 0  # references to files or URLs, not followed
    rasters_left: int = 0  # embedded pictures past MAX_RASTERS, or of a kind not read


@dataclass
class _Piece:
    x: float
    y: float
    text: str


def svg_contents(data: bytes) -> SvgContents:
    """The drawing's text lines and embedded pictures (runs in the bounded child)."""
    from lxml import etree

    if len(data) > MAX_SVG_BYTES:
        raise SvgRefused(f"over {MAX_SVG_BYTES // (1024 * 1024)} MB")
    if b"<!ENTITY" in data:  # before the parser meets them (a UTF-16 file: after, below)
        raise SvgRefused(_ENTITIES)
    parser = safe_xml_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise SvgRefused("not well-formed XML") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise SvgRefused(_ENTITIES)
    found = SvgContents()
    pieces: list[_Piece] = []
    _walk(root, _IDENTITY, pieces, found)
    found.lines = _lines(pieces)
    for markup in found.html:  # its words after the drawing's own, row by row
        found.lines += [line for line in html_to_text(markup).splitlines() if line.strip()]
    found.html = []
    return found


def _walk(element: Any, matrix: Matrix, pieces: list[_Piece], found: SvgContents) -> None:
    from lxml import etree

    for node in _elements(element):
        tag = node.tag if isinstance(node.tag, str) else ""
        name = tag.rsplit("}", 1)[-1]
        if tag.startswith(_XINCLUDE) or any(_external(node.get(h)) for h in _HREFS):
            found.external += 1
        if name == "style":
            found.external += len(_IMPORT.findall(node.text or ""))
        here = _compose(matrix, _transform(node.get("transform")))
        if name == "text":
            if len(pieces) < MAX_TEXTS:
                _text(node, here, pieces)
            continue  # its tspans are read with it
        if name == "foreignObject":  # a web page drawn as a picture (html-to-image, dom-to-svg)
            _count_sources(node, found)
            found.html.append(etree.tostring(node, encoding="unicode", with_tail=False))
            continue
        if name == "image":
            _raster(node, found)
        _walk(node, here, pieces, found)


def _count_sources(node: Any, found: SvgContents) -> None:
    """The pictures and frames a web page inside the drawing would load: counted only."""
    for inner in node.iter():
        if isinstance(inner.tag, str) and _external(inner.get("src")):
            found.external += 1


def _elements(element: Any) -> Iterator[Any]:
    return (child for child in element if isinstance(child.tag, str))


def _external(href: str | None) -> bool:
    """A reference the renderer would fetch: anything but a fragment or a data: URI."""
    if href is None:
        return False
    href = href.strip()
    return bool(href) and not href.startswith("#") and not href.lower().startswith("data:")


def _raster(node: Any, found: SvgContents) -> None:
    href = next((node.get(h) for h in _HREFS if node.get(h)), "") or ""
    match = _DATA_URI.match(href.strip())
    if match is None:
        return  # external ones are counted by the walk
    payload = href.strip()[match.end() :]
    if len(found.rasters) >= MAX_RASTERS or not match.group(3):
        found.rasters_left += 1
        return
    try:
        picture = base64.b64decode(re.sub(r"\s+", "", payload), validate=True)
    except (binascii.Error, ValueError):
        found.rasters_left += 1
        return
    if sniff_type(picture, None, None) in _RASTERS:
        found.rasters.append(picture)
    else:
        found.rasters_left += 1


def _text(node: Any, matrix: Matrix, pieces: list[_Piece]) -> None:
    """The pieces of one <text>: a <tspan> with its own x or y starts a piece where it
    says; one without (a bold word inside a line) goes on the piece before it."""
    at = [_first(node.get("x")) or 0.0, _first(node.get("y")) or 0.0]
    fresh = [True]  # the next text starts a piece
    current: list[_Piece] = []

    def add(text: str | None, own: Matrix) -> None:
        if not text:
            return
        if fresh[0] or not current:
            current.append(_Piece(*_apply(own, at[0], at[1]), text))
            fresh[0] = False
        else:
            current[-1].text += text

    def visit(element: Any, own: Matrix) -> None:
        for child in _elements(element):
            if len(current) >= MAX_TEXTS:
                return
            here = _compose(own, _transform(child.get("transform")))
            x, y, dx, dy = (_first(child.get(a)) for a in ("x", "y", "dx", "dy"))
            if x is not None or y is not None or dy:
                at[0] = (x if x is not None else at[0]) + (dx or 0.0)
                at[1] = (y if y is not None else at[1]) + (dy or 0.0)
                fresh[0] = True
            add(child.text, here)
            visit(child, here)
            add(child.tail, own)

    add(node.text, matrix)
    visit(node, matrix)
    pieces.extend(current)


def _lines(pieces: list[_Piece]) -> list[str]:
    """Pieces on one baseline joined left to right, lines top to bottom. A value set a
    little off its label's baseline is on its line: within SAME_LINE of the usual gap
    between lines."""
    texts = [p for p in pieces if p.text.split()]
    ys = sorted({round(p.y, 1) for p in texts})
    gaps = sorted(b - a for a, b in itertools.pairwise(ys))
    tolerance = SAME_LINE * gaps[len(gaps) // 2] if gaps else 0.0
    rows: list[list[_Piece]] = []
    for piece in sorted(texts, key=lambda p: (p.y, p.x)):
        if rows and piece.y - rows[-1][0].y <= tolerance:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [" ".join(" ".join(p.text.split()) for p in sorted(r, key=lambda p: p.x)) for r in rows]


def _first(value: str | None) -> float | None:
    """The first number of an x/y attribute ("100", "100 112 124", "12px")."""
    match = _NUMBER.search(value or "")
    if match is None:
        return None
    number = float(match.group())
    return number if math.isfinite(number) else None


def _transform(value: str | None) -> Matrix:
    matrix = _IDENTITY
    for kind, args in _TRANSFORM.findall(value or ""):
        n = [float(v) for v in _NUMBER.findall(args)]
        n = [v if math.isfinite(v) else 0.0 for v in n]
        step = _IDENTITY
        if kind == "matrix" and len(n) == 6:
            step = (n[0], n[1], n[2], n[3], n[4], n[5])
        elif kind == "translate" and n:
            step = (1.0, 0.0, 0.0, 1.0, n[0], n[1] if len(n) > 1 else 0.0)
        elif kind == "scale" and n:
            step = (n[0], 0.0, 0.0, n[1] if len(n) > 1 else n[0], 0.0, 0.0)
        elif kind == "rotate" and n:
            c, s = math.cos(math.radians(n[0])), math.sin(math.radians(n[0]))
            step = (c, s, -s, c, 0.0, 0.0)  # about the origin; a form's text is level
        matrix = _compose(matrix, step)
    return matrix


def _compose(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


class SvgFormExtractor:
    """An SVG in: its text lines' `label: value` candidates, and its embedded scans' OCR
    candidates, out."""

    name = "svg_form"

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        from extractors.ocr import OcrExtractor  # the OCR reader only for a drawing with a scan

        try:
            found = run_bounded(svg_contents, as_bytes(content), limits=self.limits)
        except LimitExceeded as exc:
            return failed(part, "svg_limit", exc.reason)
        except SvgRefused as exc:
            return failed(part, "svg_refused", str(exc))
        except Exception as exc:  # a file lxml cannot take apart
            return failed(part, "svg_refused", f"cannot read: {type(exc).__name__}")
        result = read_lines(found.lines, part=part, kind="document", labels=labels)
        for number, picture in enumerate(found.rasters, start=1):
            read = OcrExtractor("image").extract(picture, part=part, labels=labels)
            # the drawing's pictures are its pages: the case page shows the one read
            result.candidates += [_on_page(c, number) for c in read.candidates]
            result.defects += read.defects
        result.defects += _said(found, part)
        return result


def _on_page(candidate: FieldCandidate, number: int) -> FieldCandidate:
    provenance = candidate.provenance.model_copy(update={"page": number})
    return candidate.model_copy(update={"provenance": provenance})


def _said(found: SvgContents, part: str) -> list[Defect]:
    defects: list[Defect] = []
    if found.external:
        detail = f"{found.external} reference(s) to files or URLs not followed"
        defects.append(Defect(code="svg_external_ignored", detail=detail, part=part))
    if found.rasters_left:
        detail = (
            f"{found.rasters_left} embedded picture(s) not read (past {MAX_RASTERS} or unknown)"
        )
        defects.append(Defect(code="svg_pictures_unread", detail=detail, part=part))
    if not found.lines and not found.rasters:
        detail = "no text and no embedded picture: its words may be drawn as outlines"
        defects.append(Defect(code="svg_no_text", detail=detail, part=part))
    return defects
