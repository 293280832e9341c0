"""Hypothesis strategies for mail: MIME trees with known leaves, and hostile bytes."""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass

from hypothesis import strategies as st

# Text a citizen might write: Thai, Latin, digits, punctuation, the odd control character.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(["\n", "\t", " ", "\x00", "\x0b", "\u200b"]),
    ),
    max_size=200,
)


@dataclass(frozen=True)
class Tree:
    raw: bytes  # the entity: headers, blank line, body (no top-level envelope)
    markers: tuple[str, ...]  # one per text leaf, each written in its leaf's body


@dataclass(frozen=True)
class LeafSpec:
    text: str
    charset: str
    cte: str
    html: bool


Shape = LeafSpec | tuple["Shape", ...]


def _leaf(marker: str, spec: LeafSpec) -> bytes:
    body_text = f"{marker} {spec.text}".replace("\x00", "")
    if spec.html:
        body_text = f"<html><body><p>{body_text.replace('<', '&lt;')}</p></body></html>"
    data = body_text.encode(spec.charset, errors="replace")
    cte = spec.cte
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        cte = "8bit"
        body = data.replace(b"\r", b"") + b"\n"
    subtype = "html" if spec.html else "plain"
    head = f"Content-Type: text/{subtype}; charset={spec.charset}\n"
    return f"{head}Content-Transfer-Encoding: {cte}\n\n".encode() + body


def render(shape: Shape) -> Tree:
    """Markers and boundaries numbered here, so each is unique however Hypothesis shrinks."""
    markers: list[str] = []
    counter = [0]

    def walk(node: Shape) -> bytes:
        if isinstance(node, LeafSpec):
            marker = f"LEAFMARK{len(markers) + 100000}"
            markers.append(marker)
            return _leaf(marker, node)
        counter[0] += 1
        boundary = f"=_fuzz_{counter[0]}_="
        parts = [f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'.encode()]
        for child in node:
            parts.append(f"--{boundary}\n".encode() + walk(child) + b"\n")
        parts.append(f"--{boundary}--\n".encode())
        return b"".join(parts)

    raw = walk(shape)
    return Tree(raw, tuple(markers))


leaf_specs = st.builds(
    LeafSpec,
    TEXT,
    st.sampled_from(["utf-8", "tis-620", "windows-874", "iso-8859-11"]),
    st.sampled_from(["base64", "quoted-printable", "8bit"]),
    st.booleans(),
)
shapes: st.SearchStrategy[Shape] = st.recursive(
    leaf_specs,
    lambda inner: st.lists(inner, min_size=1, max_size=4).map(tuple),
    max_leaves=12,
)
trees = shapes.map(render)


def as_mail(tree: Tree, crlf: bool) -> bytes:
    head = b"From: a@example.org\nTo: b@example.go.th\nSubject: fuzz\nMIME-Version: 1.0\n"
    raw = head + tree.raw
    return raw.replace(b"\n", b"\r\n") if crlf else raw
