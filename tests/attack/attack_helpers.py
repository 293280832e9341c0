"""Shared pieces of the attack tests: what a reader sees, and whether a number is in it."""

from __future__ import annotations

import html
import re
import unicodedata


def visible_text(page: str) -> str:
    """What a reader sees: tags gone, entities decoded, whitespace collapsed."""
    text = html.unescape(re.sub(r"<[^>]*>", "", page))
    return re.sub(r"\s+", " ", text)


def digit_run(text: str) -> str:
    """Every digit of `text` in order, as ASCII, whatever script it was written in: a
    13-digit ID found here was shown whole, however it was split or decorated."""
    return "".join(str(unicodedata.digit(ch)) for ch in text if unicodedata.category(ch) == "Nd")
