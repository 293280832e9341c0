"""A package's broken references repaired the way Word repairs them on opening.

python-docx and openpyxl refuse a whole package when one relationship points at a part
that is not there, or one part it walks has no content type: so one stray reference
(an editing tool's slip, or an attacker's `Target="../../etc/passwd"`) hid every field
of the form, where Word says the file "has unreadable content", repairs it and shows
the document. Here an internal relationship to a missing part is dropped, and a part
without a type gets a generic one (its reader then passes it by). Runs in the readers'
bounded child, on a package already within the caps of `extractors.ooxml_package`.
"""

from __future__ import annotations

import posixpath
import zipfile
from typing import Any
from urllib.parse import unquote

from extractors.safe_xml import safe_xml_parser

GENERIC = "application/octet-stream"
TYPES = "[Content_Types].xml"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def repairs(package: zipfile.ZipFile) -> dict[str, bytes]:
    """Part name -> its repaired bytes, for the parts that need repair (none: {})."""
    names = {info.filename for info in package.infolist() if not info.is_dir()}
    fixed: dict[str, bytes] = {}
    for name in sorted(names):
        if name.endswith(".rels"):
            blob = _without_dangling(package.read(name), name, names)
            if blob is not None:
                fixed[name] = blob
    if TYPES in names:
        blob = _every_part_typed(package.read(TYPES), names)
        if blob is not None:
            fixed[TYPES] = blob
    return fixed


def _parse(blob: bytes) -> Any:
    from lxml import etree

    parser = safe_xml_parser()
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        return None


def _serialised(root: Any) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _without_dangling(blob: bytes, name: str, names: set[str]) -> bytes | None:
    root = _parse(blob)
    if root is None:
        return None
    # word/_rels/document.xml.rels speaks for word/document.xml: targets are from word/
    base = posixpath.dirname(posixpath.dirname(name))
    dropped = False
    for rel in list(root.iter("{*}Relationship")):
        if (rel.get("TargetMode") or "").lower() == "external":
            continue
        target = unquote(rel.get("Target") or "")
        if target.startswith("/"):
            resolved = posixpath.normpath(target.lstrip("/"))
        else:
            resolved = posixpath.normpath(posixpath.join(base, target))
        if resolved not in names:
            root.remove(rel)
            dropped = True
    return _serialised(root) if dropped else None


def _every_part_typed(blob: bytes, names: set[str]) -> bytes | None:
    from lxml import etree

    root = _parse(blob)
    if root is None:
        return None
    defaults = {(d.get("Extension") or "").lower() for d in root.iter("{*}Default")}
    overrides = {(o.get("PartName") or "").lower() for o in root.iter("{*}Override")}
    added = False
    for name in sorted(names - {TYPES}):
        base = posixpath.basename(name)  # "_rels/.rels" has the extension "rels"
        extension = base.rpartition(".")[2].lower() if "." in base else ""
        if f"/{name}".lower() in overrides or extension in defaults:
            continue
        if extension:
            etree.SubElement(root, f"{{{_TYPES_NS}}}Default", Extension=extension,
                             ContentType=GENERIC)  # fmt: skip
            defaults.add(extension)
        else:
            etree.SubElement(root, f"{{{_TYPES_NS}}}Override", PartName=f"/{name}",
                             ContentType=GENERIC)  # fmt: skip
        added = True
    return _serialised(root) if added else None
