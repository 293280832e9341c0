"""What an office package asks of whoever opens it beyond its own parts, as defects.

Word, Excel and LibreOffice never write a DTD into a package's XML: a part that declares
one (entities, an external subset) was written by hand, and the only reason to is XXE
(file or network reads) or entity expansion. Our readers never expand or fetch them, so
the text behind an entity is missing from what was read, and the clerk should know why.

A relationship with TargetMode="External" is a resource Word or Excel fetches when the
file is opened (a linked picture, an attached template, a subdocument, a linked OLE
object, an external workbook, an altChunk by URL): on an agency's Windows desktop a UNC
target hands the clerk's NTLM hash to whoever named it, and an http one reports that the
file was opened. Hyperlinks are only followed on a click and are left out. Nothing here
fetches anything; the defect names the count and kinds, never a target (which may hold
a name or an address). Runs in the readers' bounded child, after the package caps.

OpenDocument has no relationship parts: any element of its XML parts links a resource by
an `xlink:href` attribute, and LibreOffice loads on opening what a picture, an embedded
object, a section (`text:section-source`), a linked table (`table:table-source`,
`table:cell-range-source`) or a font names; a DDE link (`office:dde-source`,
`text:dde-connection-decl`, `table:dde-link`) asks another program for data. A target
with a scheme, an absolute or UNC path, or `../` is outside the file; a package path
(`Pictures/1.png`, `./Object 1`) is not. Hyperlinks (`text:a`, `draw:a`) are left out as
in OOXML.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections import Counter
from typing import Any

from extractors.ooxml_package import check_directory, check_package
from extractors.safe_xml import SAFE_XML_OPTIONS, safe_xml_parser

HEAD_BYTES = 256 * 1024  # a prolog longer than this is not one any program writes
MAX_RELS_BYTES = 2 * 1024 * 1024
_FIRST_ELEMENT = re.compile(r"<[A-Za-z_:\u00c0-\uffff]")
_UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
               ValueError, OSError)  # fmt: skip
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
_TYPE_LEAF = re.compile(r"[A-Za-z]{1,40}$")


def package_risks(data: bytes) -> list[tuple[str, str]]:
    """(code suffix, detail) for the package's DTDs and external relationships; raises
    PackageTooLarge for a package over the caps of `extractors.ooxml_package`."""
    check_directory(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        check_package(package)
        infos = package.infolist()
        with_dtd = sum(1 for info in infos if declares_dtd(_head(package, info)))
        external = Counter(
            kind for info in infos if info.filename.endswith(".rels")
            for kind in _external_kinds(package, info)
        )  # fmt: skip
        if _is_opendocument(package):
            external += Counter(
                kind for info in infos if info.filename.endswith(".xml")
                for kind in _odf_external_kinds(package, info)
            )  # fmt: skip
    risks: list[tuple[str, str]] = []
    if with_dtd:
        risks.append(
            ("entities", f"{with_dtd} part(s) declare a DTD or entities: not expanded or fetched")
        )
    if external:
        kinds = ", ".join(sorted(external))
        count = sum(external.values())
        risks.append(
            ("external_resources", f"{count} link(s) to outside the file ({kinds}): not fetched")
        )
    return risks


def _head(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with package.open(info) as member:
            return member.read(HEAD_BYTES)
    except _UNREADABLE:
        return b""


def _decoded(head: bytes) -> str:
    """The head as text whatever encoding the part declares: a byte scan for
    b'<!DOCTYPE' misses a UTF-16 part, which every XML parser must read."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore")  # the ASCII-compatible encodings


def declares_dtd(head: bytes) -> bool:
    """Whether an XML document's prolog (its first bytes, any encoding) holds a DTD."""
    text = _decoded(head)
    first = _FIRST_ELEMENT.search(text)
    prolog = text[: first.start()] if first else text
    return "<!DOCTYPE" in prolog or "<!ENTITY" in prolog


def _external_kinds(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> list[str]:
    from lxml import etree

    if info.file_size > MAX_RELS_BYTES:
        return []
    parser = safe_xml_parser()
    try:
        root = etree.fromstring(package.read(info), parser)
    except (etree.XMLSyntaxError, *_UNREADABLE):
        return []
    kinds = []
    for rel in root.iter("{*}Relationship"):
        if (rel.get("TargetMode") or "").lower() != "external":
            continue
        leaf = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
        if leaf == "hyperlink":
            continue
        kinds.append(leaf if _TYPE_LEAF.fullmatch(leaf) else "other")
    return kinds


XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_ODF_HYPERLINKS = {"a"}  # text:a, draw:a: followed on a click only
_ODF_DDE = {"dde-source", "dde-connection-decl", "dde-link"}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _is_opendocument(package: zipfile.ZipFile) -> bool:
    names = set(package.namelist())
    return "mimetype" in names or "META-INF/manifest.xml" in names


def _outside(target: str) -> bool:
    """A link target that is not a path inside the package."""
    target = target.strip()
    return bool(_SCHEME.match(target) or target.startswith(("/", "\\", "../", "..\\")))


def _odf_link_kind(element: Any) -> list[str]:
    tag = element.tag
    local = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""  # not a comment or PI
    if local in _ODF_DDE:
        return ["dde"]
    if local in _ODF_HYPERLINKS or not _outside(element.get(XLINK_HREF) or ""):
        return []
    return [local if _TYPE_LEAF.fullmatch(local.replace("-", "")) else "other"]


def _odf_external_kinds(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> list[str]:
    """The local names of the elements of one OpenDocument XML part that link outside the
    file, or ask another program for data (DDE); parsed as a stream, nothing resolved."""
    from lxml import etree

    kinds: list[str] = []
    try:
        with package.open(info) as member:
            events = etree.iterparse(member, events=("end",), **SAFE_XML_OPTIONS)
            for _, element in events:
                kinds += _odf_link_kind(element)
                element.clear(keep_tail=True)  # a part of millions of cells stays small
                while element.getprevious() is not None:
                    del element.getparent()[0]
    except (etree.XMLSyntaxError, *_UNREADABLE):
        return kinds
    return kinds
