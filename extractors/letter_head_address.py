"""The sender's address block on top of an English letter (set 82: expats' letters).

    Room 1204, The Riviera Jomtien Condo, 333/87 Moo 12
    Nong Prue, Bang Lamung, Chonburi 20150
    Home address: 14 Elm Grove, Harrogate HG1 2QT, United Kingdom
    1st December 2026

A letter written as Western letters are puts the writer's address on top, no label
before it, over two or three lines, and its sentences refer to it ("the above address").
It is his address where it is a Thai one: its last line ends with a Thai province's name
and a postal code. The block runs from its first line with a number (a name line above
it is the sender's name) to that line, within the text's first few lines, none of them a
label's ("Home address: ...") or a greeting. Read as prose is: less sure, flagged.
"""

from __future__ import annotations

import re

from extractors.provinces import match_province_exactly

__all__ = ["HEAD_ADDRESS", "head_address"]

HEAD_ADDRESS = "address block on top of a letter"
_HEAD_LINES = 5
_MAX_LINE = 90
# "..., Chonburi 20150", "... Prachuap Khiri Khan 77110": the province's English name
_PROVINCE_POSTAL = re.compile(r"(?:^|,)\s*(?P<p>[A-Z][A-Za-z .'-]*?)\s*,?\s+[1-9][0-9]{4}\s*$")
_NOT_ADDRESS = re.compile(r"[:@]|^\s*(?:Dear|To|Re|Subject)\b", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9]")


def head_address(text: str) -> tuple[str, int] | None:
    """The Thai address block on top of `text` and where it starts, or None."""
    block: list[str] = []
    start = offset = 0
    for k, line in enumerate(text.split("\n")):
        if k >= _HEAD_LINES or _NOT_ADDRESS.search(line) or len(line) > _MAX_LINE:
            return None
        if not line.strip():
            if block:
                return None
        elif block or _DIGIT.search(line):
            if not block:
                start = offset + len(line) - len(line.lstrip())
            block.append(line.strip().rstrip(","))
            end = _PROVINCE_POSTAL.search(line.strip())
            if end and match_province_exactly(end.group("p")):
                return ", ".join(block), start
        offset += len(line) + 1
    return None
