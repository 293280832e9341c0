"""The one hardened lxml parser for XML a sender wrote (office parts, XFA packets, SVG,
flat XML, XML forms).

Every option is the strict one: entities are left unexpanded (a billion-laughs file stays
small), no DTD is loaded and nothing is fetched (no XXE, no request to the network), and
libxml2's default size and depth limits stay on (huge_tree off). lxml is imported inside
the function because several readers parse only in their bounded child process.
"""

from __future__ import annotations

from typing import Any

# Also passed as keywords to etree.iterparse, which takes a parser's options, not a parser.
SAFE_XML_OPTIONS: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
}


def safe_xml_parser() -> Any:
    """A new hardened parser: a new one each call, as lxml parsers must not be shared
    between threads."""
    from lxml import etree

    return etree.XMLParser(**SAFE_XML_OPTIONS)
