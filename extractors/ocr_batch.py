"""Many small crops read by one Tesseract run.

A crop a line high (an ID's value, a phone's, a birth date's, a name's) is read a few
hundredths of a second; starting Tesseract and loading its Thai and English models takes
several times that. A page's crops were read one run each, some thirty runs a page, and
most of the page's OCR time went on start-ups. Tesseract reads a list of image files
(a text file, one path a line) in one run, page after page, the pages' texts separated
by a form feed, each image read exactly as it is read alone (its LSTM keeps nothing from
one page to the next), so the readings come back the same for a fraction of the time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image

PAGE_SEPARATOR = "\f"  # Tesseract's default `page_separator`, written between pages

# Runs a command as `extractors.ocr.run_tool` does: its stdout, RuntimeError when it fails.
Run = Callable[[list[str]], str]


def read_each(crops: Sequence[Image.Image], options: Sequence[str], run: Run) -> list[str] | None:
    """Tesseract's text of each crop in order, read with `options` (language, page mode,
    `-c` settings) by one run, or None when the run fails or its pages do not come back
    one a crop: the caller then reads each alone, so a crop Tesseract dies on (it was
    seen to, on one crop at page mode 13) costs that crop's reading, not its neighbours'."""
    if not crops:
        return []
    with tempfile.TemporaryDirectory(prefix="tess-") as tmp:
        paths = [Path(tmp) / f"{k}.pgm" for k in range(len(crops))]
        for crop, path in zip(crops, paths, strict=True):
            crop.save(path)
        listing = Path(tmp) / "crops.txt"
        listing.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
        try:
            out = run(["tesseract", str(listing), "stdout", *options])
        except RuntimeError:
            return None
    pages = out.split(PAGE_SEPARATOR)
    if len(pages) == len(crops) + 1 and not pages[-1].strip():
        pages.pop()  # a separator after the last page too
    return pages if len(pages) == len(crops) else None
