"""Whether bytes are a mail at all (intake/stages/parse.py), and that asking does not copy
them: the worker's own memory is held to 300 MB (issue 11) and a mail may be 25 MB."""

from __future__ import annotations

import tracemalloc

from extractors.base import ParsedMessage
from intake.stages.parse import not_mail_reason

MAIL = ParsedMessage(headers={"from": ["a@example.org"], "subject": ["x"]})
NO_HEADERS = ParsedMessage()


def test_the_reasons_say_why_by_size_only() -> None:
    assert not_mail_reason(b"", NO_HEADERS) == "empty input (0 bytes)"
    assert not_mail_reason(b" \r\n\t\x0b\x0c", NO_HEADERS) == "only whitespace (6 bytes)"
    assert not_mail_reason(b"just text\r\n", NO_HEADERS) == "no mail header found (11 bytes)"
    assert not_mail_reason(b"From: a@example.org\r\n\r\nhi\r\n", MAIL) is None


def test_a_large_mail_is_not_copied_to_be_judged() -> None:
    raw = b"From: a@example.org\r\n\r\n" + b"A" * 8_000_000 + b"\r\n"
    tracemalloc.start()
    try:
        assert not_mail_reason(raw, MAIL) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"{peak} bytes allocated to judge an 8 MB mail"
