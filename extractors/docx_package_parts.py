"""What Word shows in a document from other parts of its package: an HTML chunk imported
in place (w:altChunk), and content controls bound to a custom XML part (w:dataBinding).

An e-service's "download as Word" often writes the form as an HTML part that the body
only points at (w:altChunk); Word converts it on opening, so the clerk sees a form where
python-docx sees an empty body. A document-generation system fills a template's bound
controls by writing its custom XML part: Word shows the part's values in the controls,
while the body may still hold the placeholders ("คลิกหรือแตะที่นี่เพื่อป้อนข้อความ").
Both run in the Word reader's bounded child, on python-docx's objects.
"""

from __future__ import annotations

import re
from typing import Any

from extractors.body_form import decode_text_bytes
from extractors.html_text import html_to_text
from extractors.safe_xml import safe_xml_parser

MAX_CHUNK = 2_000_000  # bytes of an imported HTML part
_TEXT_CHUNKS = ("text/html", "application/xhtml+xml", "text/plain")
# Word writes a bound control's path as /ns0:root[1]/ns0:field[1]: simple steps only are
# followed (a path from the sender is never evaluated as XPath).
_STEP = re.compile(r"/(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)\[(\d{1,4})\]")
_PREFIX = re.compile(r"xmlns:([A-Za-z_][\w.-]*)=['\"]([^'\"]*)['\"]")
_ITEM_ID = re.compile(rb"itemID=\"(\{[0-9A-Fa-f-]+\})\"")


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def alt_chunk_lines(chunk: Any, parent: Any) -> list[str]:
    """The lines of an HTML (or plain-text) part imported in place by w:altChunk."""
    rid = chunk.get(_qn("r:id"))
    part = parent.part.related_parts.get(rid) if rid else None
    if part is None or part.content_type not in _TEXT_CHUNKS or len(part.blob) > MAX_CHUNK:
        return []
    text = decode_text_bytes(part.blob)
    if part.content_type != "text/plain":
        text = html_to_text(text)
    return [*text.splitlines(), ""]


def fill_bound_controls(document: Any) -> None:
    """Each control bound to a custom XML part shows the part's value, as Word shows it:
    its text replaced, its placeholder mark taken off. Unbound controls are left alone."""
    stores = _custom_xml_stores(document.part)
    if not stores:
        return
    for binding in list(document.element.body.iter(_qn("w:dataBinding"))):
        properties = binding.getparent()
        control = properties.getparent() if properties is not None else None
        store = stores.get((binding.get(_qn("w:storeItemID")) or "").upper())
        if control is None or store is None:
            continue
        value = _bound_value(store, binding)
        content = control.find(_qn("w:sdtContent"))
        texts = list(content.iter(_qn("w:t"))) if content is not None else []
        if value is None or not texts:
            continue
        texts[0].text = value
        for text in texts[1:]:
            text.text = ""
        for mark in properties.findall(_qn("w:showingPlcHdr")):
            properties.remove(mark)


def _custom_xml_stores(part: Any) -> dict[str, Any]:
    """The document's custom XML parts by their item id ({GUID}, upper case), parsed."""
    from lxml import etree

    parser = safe_xml_parser()
    stores: dict[str, Any] = {}
    for rel in part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/customXml"):
            continue
        item = rel.target_part
        props = [r.target_part for r in item.rels.values() if r.reltype.endswith("Props")]
        found = _ITEM_ID.search(props[0].blob) if props else None
        if found is None or len(item.blob) > MAX_CHUNK:
            continue
        try:
            stores[found.group(1).decode().upper()] = etree.fromstring(item.blob, parser)
        except etree.XMLSyntaxError:
            continue
    return stores


def _bound_value(root: Any, binding: Any) -> str | None:
    """The text at the binding's path in the store, None when the path is not simple or
    leads nowhere."""
    path = binding.get(_qn("w:xpath")) or ""
    prefixes = dict(_PREFIX.findall(binding.get(_qn("w:prefixMappings")) or ""))
    steps = _STEP.findall(path)
    if not steps or "".join(f"/{p + ':' if p else ''}{n}[{k}]" for p, n, k in steps) != path:
        return None
    node = None
    for prefix, name, index in steps:
        tag = f"{{{prefixes.get(prefix, '')}}}{name}" if prefix else name
        if node is None:
            matches = [root] if root.tag == tag else []
        else:
            matches = [child for child in node if child.tag == tag]
        if len(matches) < int(index):
            return None
        node = matches[int(index) - 1]
    return "".join(node.itertext()).strip() if node is not None else None
