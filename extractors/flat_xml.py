"""Office documents saved as one XML file, turned back into the packages the readers
open.

Word's "Word XML Document (*.xml)" is a Flat OPC file: a `pkg:package` whose `pkg:part`
elements hold each part of the .docx inline (XML in `pkg:xmlData`, binary parts base64
in `pkg:binaryData`). LibreOffice's flat formats (.fodt, .fods) are one
`office:document` holding what a package's content.xml, styles.xml and meta.xml hold,
its kind in `office:mimetype`. A citizen who picks such a type in "Save as" sends a
form no package reader recognised: each is repacked as the zip it stands for and read
by the same reader (DOCX, XLSX, ODT, ODS), within the same caps. Excel 2003's XML
Spreadsheet (`ss:Workbook`, which registration systems still export) is written out as
the workbook it shows.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from datetime import datetime
from typing import Any

from extractors.safe_xml import safe_xml_parser
from extractors.sniff import DOCX, ODS, ODT, XLSX

__all__ = ["MAX_FLAT_BYTES", "flat_package"]

MAX_FLAT_BYTES = 16 * 1024 * 1024  # as an archive's member
MAX_PARTS = 200
_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# Excel 2003's XML Spreadsheet: registration systems still export it, often named .xls
_SS = "urn:schemas-microsoft-com:office:spreadsheet"
MAX_CELLS = 20_000
_OOXML_KINDS = (("word/", DOCX), ("xl/", XLSX))
_ODF_KINDS = {
    "application/vnd.oasis.opendocument.text": ODT,
    "application/vnd.oasis.opendocument.spreadsheet": ODS,
}


def flat_package(data: bytes) -> tuple[bytes, str] | None:
    """The package a flat XML office file stands for and its content type; None when the
    XML is no such file (or too large, or broken)."""
    from lxml import etree

    if len(data) > MAX_FLAT_BYTES or not any(ns.encode() in data for ns in (_PKG, _OFFICE, _SS)):
        return None
    parser = safe_xml_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root.tag == f"{{{_PKG}}}package":
        return _opc_package(root)
    if root.tag == f"{{{_SS}}}Workbook":
        return _spreadsheet_2003(root), XLSX
    if root.tag == f"{{{_OFFICE}}}document":
        kind = _ODF_KINDS.get((root.get(f"{{{_OFFICE}}}mimetype") or "").strip())
        return (_odf_package(data, kind), kind) if kind else None
    return None


def _opc_package(root: object) -> tuple[bytes, str] | None:
    from lxml import etree

    parts: dict[str, bytes] = {}
    types: dict[str, str] = {}
    for part in list(root.iterfind(f"{{{_PKG}}}part"))[:MAX_PARTS]:  # type: ignore[attr-defined]
        name = (part.get(f"{{{_PKG}}}name") or "").lstrip("/")
        if not name or ".." in name:
            continue
        xml = part.find(f"{{{_PKG}}}xmlData")
        binary = part.find(f"{{{_PKG}}}binaryData")
        if xml is not None and len(xml):
            parts[name] = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8")
        elif binary is not None:
            try:
                parts[name] = base64.b64decode("".join((binary.text or "").split()))
            except (binascii.Error, ValueError):
                continue
        else:
            continue
        types[name] = part.get(f"{{{_PKG}}}contentType") or "application/octet-stream"
    kind = next((k for prefix, k in _OOXML_KINDS if any(n.startswith(prefix) for n in parts)), None)
    if kind is None:
        return None
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{content}"/>' for name, content in types.items()
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/>{overrides}</Types>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", manifest)
        for name, blob in parts.items():
            package.writestr(name, blob)
    return out.getvalue(), kind


def _odf_package(data: bytes, kind: str) -> bytes:
    """The flat document as the package's content.xml: the readers walk its body."""
    mimetype = next(m for m, k in _ODF_KINDS.items() if k == kind)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", data)
    return out.getvalue()


def _spreadsheet_2003(root: Any) -> bytes:
    """An XML Spreadsheet as a workbook: each Worksheet's rows and cells in their places
    (ss:Index skips to a row or a column), each Data by its ss:Type (a Number a number,
    a DateTime a date), so the workbook reader sees what Excel shows."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    cells = 0
    for k, sheet in enumerate(root.iterfind(f"{{{_SS}}}Worksheet")):
        ws = book.create_sheet((sheet.get(f"{{{_SS}}}Name") or f"Sheet{k + 1}")[:31])
        r = 0
        for row in sheet.iterfind(f"{{{_SS}}}Table/{{{_SS}}}Row"):
            r = _index(row, r + 1)
            c = 0
            for cell in row.iterfind(f"{{{_SS}}}Cell"):
                c = _index(cell, c + 1)
                data = cell.find(f"{{{_SS}}}Data")
                cells += 1
                if data is not None and cells <= MAX_CELLS and r <= 10_000 and c <= 500:
                    ws.cell(r, c).value = _typed(
                        "".join(data.itertext()), data.get(f"{{{_SS}}}Type")
                    )
    if not book.worksheets:
        book.create_sheet("Sheet1")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _index(element: Any, default: int) -> int:
    try:
        return max(default, int(element.get(f"{{{_SS}}}Index") or default))
    except ValueError:
        return default


def _typed(text: str, kind: str | None) -> object:
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text.strip().rstrip("Z")[:19])
        except ValueError:
            return text
    return text
