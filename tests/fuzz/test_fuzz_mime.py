"""Property-based tests of the MIME walk: it never raises, and it loses no text leaf."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import Tree, as_mail, trees

from extractors.mime import parse_message


@settings(max_examples=150)
@given(trees, st.booleans())
def test_every_text_leaf_of_a_random_tree_is_read(tree: Tree, crlf: bool) -> None:
    parsed = parse_message(as_mail(tree, crlf))
    text = "\n".join(part.text for part in parsed.text_parts)
    for marker in tree.markers:
        assert marker in text
    assert len(parsed.text_parts) == len(tree.markers)


@settings(max_examples=300)
@given(st.binary(max_size=3000))
def test_any_bytes_parse_without_raising(data: bytes) -> None:
    parsed = parse_message(data)
    # Nothing dropped: what is not text is kept as an attachment (or recorded as a defect).
    assert parsed.text_parts or parsed.attachments or not data.strip() or parsed.defects


@settings(max_examples=150)
@given(trees, st.data())
def test_a_truncated_or_flipped_tree_parses_without_raising(
    tree: Tree, data: st.DataObject
) -> None:
    raw = bytearray(as_mail(tree, crlf=True))
    cut = data.draw(st.integers(min_value=0, max_value=len(raw)))
    flips = data.draw(st.lists(st.integers(min_value=0, max_value=len(raw) - 1), max_size=8))
    for position in flips:
        raw[position] ^= 0xFF
    parse_message(bytes(raw[:cut]))
    parse_message(bytes(raw))


@settings(max_examples=8)
@given(st.sampled_from([1, 2, 40, 990, 1001, 1500]), st.sampled_from([b"\n", b"\r\n"]))
def test_deep_nesting_still_reads_the_innermost_text(depth: int, end: bytes) -> None:
    head = b"From: a@example.org\nSubject: deep\nMIME-Version: 1.0\n"
    parts = [head]
    for level in range(depth):
        parts.append(b'Content-Type: multipart/mixed; boundary="d%d"\n\n--d%d\n' % (level, level))
    parts.append(b"Content-Type: text/plain\n\nINNERMOST\n")
    parts += [b"--d%d--\n" % level for level in reversed(range(depth))]
    parsed = parse_message(b"".join(parts).replace(b"\n", end))
    assert [p.text.strip() for p in parsed.text_parts] == ["INNERMOST"]
