"""Captions printed only in a scanned page's picture, for the fields laid over it.

An office with a paper form and Acrobat makes it fillable by scanning the paper and
adding fields over its dotted lines ("Prepare Form"): the page is one picture, its
captions have no text, and Acrobat names the fields Text1, Text2... The values typed in
are exact; only which field each one is was lost. So the page is rendered without its
fields (poppler's `-hide-annotations`), read by Tesseract, and each word it read becomes
a glyph at its place on the page, in PDF points: the same caption finder that reads a
text page's captions (`pdf_layout.widget_label`) then reads the caption beside each box.

The rendering and the reading run in the bounded child, as every OCR does; a page whose
picture reads nothing gives no captions, and the fields stay unkeyed as before.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Sequence
from pathlib import Path

from extractors.base import LabelIndex
from extractors.ocr import LANGUAGES, LIMITS, MAX_PAGES, OcrUnavailable, run_tool
from extractors.pdf_layout import Box, Glyph, Line, group_lines, widget_label
from extractors.sandbox import run_bounded
from extractors.thai import normalise_thai_text

RENDER_DPI = 200  # enough for printed captions; a caption is no value to be read exactly
MIN_WORD_CONFIDENCE = 30.0  # Tesseract's own 0-100; below it a word is mostly noise
MIN_WORD_POINTS = 3.0  # a word less tall than this (a dot of a dotted line) is no caption
POINTS_PER_INCH = 72.0
PHRASE_GAP = 1.0  # line heights between two words of one caption, at most
SPACE_GAP = 0.3  # line heights between two pieces Tesseract cut from one word, at most
Pixels = tuple[int, int, int, int]  # left, top, right, bottom


def scanned_page_words(data: bytes, numbers: Sequence[int]) -> dict[int, list[Glyph]]:
    """Page number -> the words Tesseract reads in the page's picture without its fields,
    each a glyph in PDF points (y downwards). In the child process: the bytes are untrusted."""
    words: dict[int, list[Glyph]] = {}
    with tempfile.TemporaryDirectory(prefix="caps-") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        for number in list(numbers)[:MAX_PAGES]:
            words[number] = _page_words(source, Path(tmp) / f"p{number}", number)
    return words


def _page_words(source: Path, stem: Path, number: int) -> list[Glyph]:
    pages = ("-f", str(number), "-l", str(number))
    resolution = ("-r", str(RENDER_DPI))
    run_tool(["pdftoppm", *resolution, "-gray", "-hide-annotations", "-singlefile", *pages,
           str(source), str(stem)])  # fmt: skip
    table = run_tool(["tesseract", f"{stem}.pgm", "stdout", "-l", LANGUAGES, "--psm", "6", "tsv"])
    return words_of(table, POINTS_PER_INCH / RENDER_DPI)


def words_of(table: str, scale: float) -> list[Glyph]:
    """Tesseract's `tsv` lines as glyphs, one per phrase (words closer than a space),
    their boxes multiplied by `scale` (pixels to points). Tesseract cuts Thai into pieces
    of a word; a phrase joins them back, and takes its line's height so that a phrase
    of marks and one of letters sit on one row."""
    lines: dict[tuple[str, ...], list[tuple[str, Pixels]]] = {}
    for row in csv.DictReader(io.StringIO(table), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        if float(row.get("conf") or 0) < MIN_WORD_CONFIDENCE:
            continue
        if int(row["height"]) * scale < MIN_WORD_POINTS:  # a dotted line's dots
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        left, top = int(row["left"]), int(row["top"])
        box = (left, top, left + int(row["width"]), top + int(row["height"]))
        lines.setdefault(key, []).append((text, box))
    glyphs = []
    for words in lines.values():
        top, bottom = min(b[1] for _, b in words), max(b[3] for _, b in words)
        for text, left, right in _phrases(words, bottom - top):
            at = (left * scale, right * scale, top * scale, bottom * scale)
            glyphs.append(Glyph(normalise_thai_text(text), *at))
    return glyphs


def _phrases(words: list[tuple[str, Pixels]], height: int) -> list[tuple[str, int, int]]:
    """The line's words as phrases (text, left, right): a gap over PHRASE_GAP line
    heights ends one; a gap over SPACE_GAP is a space within it."""
    phrases: list[tuple[str, int, int]] = []
    for text, (left, _, right, _) in sorted(words, key=lambda word: word[1][0]):
        if phrases and left - phrases[-1][2] <= PHRASE_GAP * height:
            joined, start, end = phrases[-1]
            space = " " if left - end > SPACE_GAP * height else ""
            phrases[-1] = (joined + space + text, start, max(end, right))
        else:
            phrases.append((text, left, right))
    return phrases


def read_scanned_words(data: bytes, numbers: Sequence[int]) -> dict[int, list[Glyph]]:
    """`scanned_page_words` in the bounded child; nothing when OCR is not installed or
    the child fails (the fields then stay unkeyed, as on a page no one could read)."""
    try:
        return run_bounded(scanned_page_words, data, list(numbers), limits=LIMITS)
    except OcrUnavailable:
        return {}
    except Exception:  # a file poppler or tesseract cannot read, or over the limits
        return {}


def scanned_captions(
    data: bytes, boxes: dict[int, dict[str, Box]], wanted: set[str], labels: LabelIndex
) -> dict[str, str]:
    """Field name -> the caption beside its box in its page's picture, for the `wanted`
    fields among `boxes` (page number -> field name -> box, in points, y downwards)."""
    pages = [n for n, on_page in boxes.items() if wanted & on_page.keys()]
    if not pages:
        return {}
    words = read_scanned_words(data, pages)
    captions: dict[str, str] = {}
    for number in pages:
        lines = group_lines(words.get(number, []))
        on_page = boxes[number]
        for name in wanted & on_page.keys():
            others = [box for other, box in on_page.items() if other != name]
            caption = _known_caption(lines, on_page[name], others, labels)
            if caption:
                captions[name] = caption
    return captions


def _known_caption(lines: list[Line], box: Box, others: list[Box], labels: LabelIndex) -> str:
    """The caption of the row nearest the box that a known label matches. Tesseract may
    read one printed line as two rows (the marks above the letters apart, a dotted
    line's noise): the row that reads as a label is the caption."""
    middle = (box.top + box.bottom) / 2
    for line in sorted(lines, key=lambda line: abs((line.top + line.bottom) / 2 - middle)):
        caption = widget_label([line], box, others)
        if caption and labels.match(caption) is not None:
            return caption
    return ""
