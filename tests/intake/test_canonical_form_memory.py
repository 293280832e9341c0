"""The canonical form (intake/capture.py) of a mail of many short lines, without holding a
Python object per line: hostile set 6's worker peaked at 281 MB of issue 11's 300 with
147 MB in joining a 20 MB mail's lines. The form itself must not change by a byte: a mail
captured before would get another synthetic Message-ID and be taken again."""

from __future__ import annotations

import re
import tracemalloc
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from intake import capture
from intake.capture import TRACE_HEADERS, canonical_form, canonical_hash

_FOLDED = re.compile(rb"\n[ \t]+")
_SPACES = re.compile(rb"[ \t]+")
_QUOTED = re.compile(rb"^>+From ")


def form_line_by_line(raw: bytes) -> bytes:
    """The canonical form as it was first written, one line at a time (the reference)."""
    text = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if text.startswith(b"From "):
        text = text.partition(b"\n")[2]
    head, _, body = text.partition(b"\n\n")
    fields = []
    for line in _FOLDED.sub(b" ", head).split(b"\n"):
        name, colon, value = line.partition(b":")
        name = name.strip().lower()
        if colon and name not in TRACE_HEADERS:
            fields.append(name + b":" + _SPACES.sub(b" ", value).strip())
        elif not colon and line.strip():
            fields.append(line.strip())
    lines = [line.rstrip(b" \t") for line in body.split(b"\n")]
    lines = [line[1:] if _QUOTED.match(line) else line for line in lines]
    return b"\n".join(sorted(fields)) + b"\n\n" + b"\n".join(lines).rstrip(b"\n")


PIECES = st.sampled_from(
    [b"\n", b"\r\n", b"\r", b" ", b"\t", b">", b"From ", b">From ", b"From", b"x", b"\xe0\xb8\x81",
     b"Subject: a", b"Received: b", b"\n\n", b"  \n", b"\t\r\n", b">>From x", b":"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_the_form_is_the_same_as_line_by_line(pieces: list[bytes]) -> None:
    raw = b"".join(pieces)
    assert canonical_form(raw) == form_line_by_line(raw)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40), st.integers(min_value=0, max_value=12))
def test_the_form_is_the_same_whatever_the_chunk(pieces: list[bytes], chunk: int) -> None:
    raw = b"".join(pieces)
    with patch.object(capture, "_CHUNK", chunk):
        assert canonical_form(raw) == form_line_by_line(raw)


def test_a_mail_of_short_lines_is_hashed_in_a_few_times_its_size() -> None:
    subject = b"Subject: x" + b"\r\n \t x" * 300_000  # folded, as hostile set 6's
    raw = b"From: a@example.org\r\n" + subject + b"\r\n\r\n" + b"a \r\n>From b\r\n" * 500_000
    tracemalloc.start()
    try:
        digest = canonical_hash(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest == canonical_hash(raw)
    assert peak < 4 * len(raw), f"{peak / len(raw):.1f} times the mail's {len(raw)} bytes"
