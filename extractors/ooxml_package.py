"""Word and Excel files the readers' libraries refuse, put in the shape they accept.

python-docx opens only a document whose main part is typed as a plain .docx, and neither
it nor openpyxl knows ISO 29500 Strict. Yet a citizen sends the agency's template back as
it was opened (.dotx, .xltx), a macro-enabled form (.docm, .xlsm), or a file Word or
Excel saved as "Strict Open XML": the same WordprocessingML and SpreadsheetML, under other
namespace names and content types. Here they are renamed to the transitional ones, and a
package that needs nothing is returned as it came. Runs in the readers' bounded child.
"""

from __future__ import annotations

import io
import re
import zipfile

from extractors.archive import inflated_size
from extractors.ooxml_repair import repairs

WORD_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
EXCEL_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MAINS: dict[bytes, bytes] = {
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": WORD_MAIN,
    b"application/vnd.ms-word.document.macroEnabled.main+xml": WORD_MAIN,
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml": WORD_MAIN,
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": EXCEL_MAIN,
    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml": EXCEL_MAIN,
    b"application/vnd.ms-excel.template.macroEnabled.main+xml": EXCEL_MAIN,
}
# Strict's names: http://purl.oclc.org/ooxml/<area>/<name> for the transitional
# http://schemas.openxmlformats.org/<area>/2006/<name> (two names are also spelt apart).
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z]+)")
_SPELT = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}
_STRICT_NAME = re.compile(rb"(?<=/2006/relationships/)(extendedProperties|customProperties)")


# A package is checked before a library opens it: python-docx and openpyxl inflate a
# part whole, whatever it inflates to, and python-docx loads every part. A filled form
# is a few dozen parts of a few MB (a photo in it included); Word's own limit on a
# document is 32 MB of text. The caps count what really inflates, not what is declared.
MAX_PARTS = 2000
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_PACKAGE_BYTES = 96 * 1024 * 1024


MAX_DIRECTORY_BYTES = MAX_PARTS * 1024  # a part's entry is its name and 46 bytes
_END_RECORD = b"PK\x05\x06"
_ZIP64 = 0xFFFF  # the end record's count when the real one is in the ZIP64 record


class PackageTooLarge(ValueError):
    """A part, or the package, inflates past what a form can be; no library opened it."""


def check_directory(data: bytes) -> None:
    """Raise PackageTooLarge from the end record alone: zipfile reads the whole central
    directory before anyone can count its entries, a second and more for 100,000 of
    them (whatever count the record states, it reads the directory's bytes)."""
    at = data.rfind(_END_RECORD, max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or len(data) < at + 22:
        return  # not a zip as far as this goes: zipfile will say what is wrong
    count = int.from_bytes(data[at + 10 : at + 12], "little")
    size = int.from_bytes(data[at + 12 : at + 16], "little")
    if MAX_PARTS < count != _ZIP64:
        raise PackageTooLarge(f"{count} parts, over {MAX_PARTS}")
    if MAX_DIRECTORY_BYTES < size != 0xFFFFFFFF:
        raise PackageTooLarge(f"a directory of {size} bytes, over {MAX_DIRECTORY_BYTES}")


def check_package(package: zipfile.ZipFile) -> None:
    """Raise PackageTooLarge when the package has too many parts or inflates too far."""
    infos = package.infolist()
    if len(infos) > MAX_PARTS:
        raise PackageTooLarge(f"{len(infos)} parts, over {MAX_PARTS}")
    total = 0
    for number, info in enumerate(infos, start=1):
        size = inflated_size(package, info, MAX_PART_BYTES)
        if size > MAX_PART_BYTES:
            raise PackageTooLarge(f"part {number} inflates past {MAX_PART_BYTES} bytes")
        total += size
        if total > MAX_PACKAGE_BYTES:
            raise PackageTooLarge(f"the parts inflate past {MAX_PACKAGE_BYTES} bytes")


def transitional(data: bytes) -> bytes:
    """The package with a template's or macro-enabled file's main part typed as a plain
    document's or workbook's, Strict namespaces named as transitional ones, and broken
    references repaired (`extractors.ooxml_repair`). Raises
    PackageTooLarge (before any part is parsed) for a package over the caps above."""
    check_directory(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        check_package(package)
        names = package.namelist()
        types = package.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
        rels = package.read("_rels/.rels") if "_rels/.rels" in names else b""
        strict = b"purl.oclc.org/ooxml" in rels
        fixed = repairs(package)
        if not strict and not fixed and not any(main in types for main in _MAINS):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as renamed:
            for name in dict.fromkeys(names):  # a name listed twice is written once
                blob = fixed.get(name) or package.read(name)
                if name == "[Content_Types].xml":
                    blob = _main_typed(blob)
                elif strict and name.endswith((".xml", ".rels")):
                    blob = _transitional_names(blob)
                renamed.writestr(name, blob)
    return out.getvalue()


def _main_typed(types: bytes) -> bytes:
    for main, plain in _MAINS.items():
        types = types.replace(main, plain)
    return types


def _transitional_names(blob: bytes) -> bytes:
    def name(match: re.Match[bytes]) -> bytes:
        area, leaf = match.group(1), match.group(2)
        return b"http://schemas.openxmlformats.org/" + area + b"/2006/" + _SPELT.get(leaf, leaf)

    blob = _STRICT.sub(name, blob)
    return _STRICT_NAME.sub(lambda m: _SPELT[m.group(1)], blob)
