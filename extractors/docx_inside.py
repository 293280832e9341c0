"""What a Word file carries besides its text: a worksheet pasted in as an object, a
picture of the form.

A citizen given an Excel form may paste it into Word ("Paste Special > Microsoft Excel
Worksheet Object"): the page shows the sheet's picture, and the answers are only in the
workbook embedded under word/embeddings/. Another photographs or captures the typed
form and pastes the picture into Word: the answers are only in word/media/. When the
document's own text gives no value, these are read as if attached themselves (the
workbook by the spreadsheet reader, a picture by OCR); a document that has values of
its own keeps them, and its logos and letterheads are not OCR'd.
"""

from __future__ import annotations

import io
import zipfile

from extractors.archive import MAX_MEMBER_BYTES
from extractors.base import ExtractionResult, LabelIndex
from extractors.sniff import XLSX, sniff_type

__all__ = ["embedded_files", "read_embedded"]

MAX_EMBEDDED = 4  # a form pasted in is one object or one picture, perhaps a page each
_IMAGES = frozenset({"image/png", "image/jpeg", "image/tiff", "image/webp"})
_FOLDERS = ("word/embeddings/", "word/media/")


def embedded_files(data: bytes) -> list[tuple[str, bytes]]:
    """(sniffed type, bytes) of the embedded workbooks and pictures, in the package's
    order, each within the archive's member cap; [] for a package that cannot be read."""
    found: list[tuple[str, bytes]] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for info in package.infolist():
                if len(found) >= MAX_EMBEDDED:
                    break
                if not info.filename.startswith(_FOLDERS) or info.file_size > MAX_MEMBER_BYTES:
                    continue
                with package.open(info) as stream:
                    blob = stream.read(MAX_MEMBER_BYTES + 1)
                kind = sniff_type(blob, None, info.filename)
                if len(blob) <= MAX_MEMBER_BYTES and (kind == XLSX or kind in _IMAGES):
                    found.append((kind, blob))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return []
    return found


def read_embedded(data: bytes, *, part: str, labels: LabelIndex) -> ExtractionResult:
    """The values of a Word file's embedded workbooks, else of its pictures."""
    from extractors.ocr import OcrExtractor
    from extractors.xlsx_form import XlsxFormExtractor

    files = embedded_files(data)
    result = ExtractionResult()
    for kind, blob in files:
        if kind == XLSX:
            read = XlsxFormExtractor().extract(blob, part=part, labels=labels)
            result.candidates += read.candidates
            result.defects += read.defects
    if result.candidates:
        return result
    for kind, blob in files:
        if kind in _IMAGES:
            read = OcrExtractor("image").extract(blob, part=part, labels=labels)
            result.candidates += read.candidates
            result.defects += read.defects
    return result
