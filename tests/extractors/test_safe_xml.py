"""The one hardened XML parser every reader of a sender's XML uses: entities are never
expanded (no billion laughs), nothing is read from disk or the network (no XXE), and a
document deeper than libxml2's default limits is refused (huge_tree off)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from lxml import etree

from extractors.safe_xml import safe_xml_parser


def test_internal_entities_are_left_unexpanded() -> None:
    xml = b'<!DOCTYPE r [<!ENTITY e "EXPANDED">]><r>&e;</r>'
    root = etree.fromstring(xml, safe_xml_parser())
    assert b"EXPANDED" not in etree.tostring(root)


def test_an_entity_bomb_is_refused_or_stays_small() -> None:
    laughs = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    try:
        root = etree.fromstring(f"<!DOCTYPE r [{laughs}]><r>&a9;</r>".encode(), safe_xml_parser())
    except etree.XMLSyntaxError:
        return  # libxml2's amplification guard refused it
    assert len(etree.tostring(root)) < 1000


def test_external_file_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-7f3a")
    xml = f'<!DOCTYPE r [<!ENTITY s SYSTEM "file://{secret}">]><r>&s;</r>'.encode()
    root = etree.fromstring(xml, safe_xml_parser())
    assert b"SECRET-7f3a" not in etree.tostring(root)


def test_external_dtd_is_not_fetched() -> None:
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "FETCHED">')

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/evil.dtd"
        xml = f'<!DOCTYPE r SYSTEM "{url}"><r>a</r>'.encode()
        root = etree.fromstring(xml, safe_xml_parser())
    finally:
        server.shutdown()
        server.server_close()
    assert root.text == "a"
    assert asked == []


def test_a_tree_deeper_than_libxml2s_limit_is_refused() -> None:
    depth = 300  # libxml2's default depth limit is 256 without huge_tree
    xml = ("<a>" * depth + "</a>" * depth).encode()
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(xml, safe_xml_parser())


def test_each_call_gives_its_own_parser() -> None:
    # lxml parsers are not safe to share between threads: the readers run in threads
    assert safe_xml_parser() is not safe_xml_parser()
