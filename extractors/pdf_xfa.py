"""The values an XFA form keeps in its datasets packet, by the AcroForm field they fill.

A LiveCycle (XFA) form that Adobe Reader saves keeps what the citizen typed in the XFA
`datasets` packet (`<xfa:data><form1><FullName>...`); the AcroForm widgets drawn beside
the printed labels may carry no /V at all, so a reader of /V alone sees an empty form
that Reader shows filled. XFA binds a field to the data node of its own name under its
parent's, unnamed subforms (`#subform[0]`) adding no level, so the field
`form1[0].#subform[0].FullName[0]` reads `form1/FullName`.

Adobe's tools never write a DTD into an XFA packet: one that declares entities was
written by hand, for XXE or expansion. The datasets are read with no entity expanded or
fetched (the values around one still read), and the packets that declare a DTD are
counted for a defect, as an office package's parts are (`extractors.package_risks`).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from pdfminer.pdftypes import PDFStream, resolve1

from extractors.package_risks import HEAD_BYTES, declares_dtd
from extractors.safe_xml import safe_xml_parser

MAX_PACKET = 2_000_000  # bytes of datasets XML: a form's data is a few kilobytes
MAX_NODES = 5000
_INDEX = re.compile(r"\[\d+\]$")


def xfa_values(form: dict[str, Any]) -> dict[tuple[str, ...], str]:
    """Each data leaf of the datasets packet, by its path of element names (the root
    `xfa:data` left out), with its text; {} when the form has no XFA data."""
    packet = _datasets(resolve1(form.get("XFA")))
    if not packet or len(packet) > MAX_PACKET:
        return {}
    parser = safe_xml_parser()
    try:
        root = etree.fromstring(packet, parser)
    except etree.XMLSyntaxError:
        return {}
    data = next((e for e in root.iter() if _local(e.tag) == "data"), None)
    values: dict[tuple[str, ...], str] = {}
    if data is not None:
        _leaves(data, (), values)
    return values


def packets_with_dtd(form: dict[str, Any]) -> int:
    """How many of the form's XFA packets (or its one XDP stream) declare a DTD."""
    xfa = resolve1(form.get("XFA"))
    streams = [xfa] if isinstance(xfa, PDFStream) else []
    if isinstance(xfa, list):
        streams = [s for s in (resolve1(item) for item in xfa[1::2]) if isinstance(s, PDFStream)]
    return sum(1 for stream in streams if declares_dtd(bytes(stream.get_data()[:HEAD_BYTES])))


def field_path(name: str) -> tuple[str, ...]:
    """`form1[0].#subform[0].FullName[0]` -> ("form1", "FullName")."""
    parts = (_INDEX.sub("", part) for part in name.split("."))
    return tuple(part for part in parts if part and not part.startswith("#"))


def value_for(name: str, values: dict[tuple[str, ...], str]) -> str:
    """The data a field binds to: its own path, else the one leaf of its name."""
    path = field_path(name)
    if path in values:
        return values[path]
    same = [v for p, v in values.items() if path and p[-1] == path[-1]]
    return same[0] if len(same) == 1 else ""


def _datasets(xfa: Any) -> bytes:
    """The datasets packet of an /XFA array (name, stream, name, stream...) or stream."""
    if isinstance(xfa, PDFStream):
        whole = xfa.get_data()
        found = re.search(rb"<xfa:datasets[\s\S]*?</xfa:datasets>", whole[: MAX_PACKET * 4])
        return found.group(0) if found else b""
    if not isinstance(xfa, list):
        return b""
    for name, stream in zip(xfa[::2], xfa[1::2], strict=False):
        label = resolve1(name)
        label = label.decode("latin-1") if isinstance(label, bytes) else str(label)
        stream = resolve1(stream)
        if label == "datasets" and isinstance(stream, PDFStream):
            return bytes(stream.get_data())
    return b""


def _leaves(node: Any, path: tuple[str, ...], out: dict[tuple[str, ...], str]) -> None:
    for child in node:
        if len(out) >= MAX_NODES:
            return
        if not isinstance(child.tag, str):  # an entity left unexpanded, a comment
            continue
        here = (*path, _local(child.tag))
        if any(isinstance(c.tag, str) for c in child):
            _leaves(child, here, out)
        elif (child.text or "").strip() and here not in out:
            out[here] = child.text.strip()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
