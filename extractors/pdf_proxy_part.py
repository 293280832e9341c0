"""A fillable form's part for the one who files instead, by its printed heading (set 66).

A form made fillable by Acrobat names each field from its caption, the second of a name
with "_2" ("ชื่อ-สกุล_2", "โทรศัพท์_2"), and a field only its part has no suffix at all
("อีเมล"): the names cannot tell whose part a field is in. The page can: a heading
printed across it, "ส่วนที่ 2 ผู้ยื่นคำขอแทน", opens the proxy's part, and the next part's
heading ("ส่วนที่ 3 ...") closes it. Fields whose boxes lie between are the proxy's,
read as body_form reads a part headed so (PROXY_SHARE: a clerk sees whose they are).

A form made on a phone app may print no part's number at all: the proxy's caption alone,
"ผู้ยื่นคำขอแทน", opening the line of his name's box, then his ID's and phone's lines
(set 78: a grandchild's name and phone taken for the elder's). A line that opens with the
proxy's words opens his part too, its own line's boxes included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.body_form import PROXY
from extractors.pdf_layout import Box, Line

__all__ = ["in_proxys_part"]

# A part's heading: its number ("ส่วนที่ 2", "ตอนที่ 2") opening the line.
_PART = re.compile(r"\s*(?:ส่วนที่|ตอนที่)\s*[0-9๐-๙]+\s*[.:)]?\s*")
# The proxy's caption opening a line of its own (no part number before it).
_CAPTION = re.compile(rf"\s*(?:{PROXY.pattern})")


def in_proxys_part(lines: list[Line], boxes: Iterable[tuple[str, Box]]) -> set[str]:
    """The names of the boxes lying between a proxy's part heading (or a line opening
    with the proxy's caption) and the next part's."""
    spans: list[tuple[float, float]] = []
    heads = [line for line in lines if _PART.match(line.text)]
    for n, head in enumerate(heads):
        opening = _PART.match(head.text)
        assert opening is not None
        if PROXY.match(head.text, opening.end()):
            end = heads[n + 1].top if n + 1 < len(heads) else float("inf")
            spans.append((head.bottom, end))
    for line in lines:
        if _CAPTION.match(line.text):
            end = min((h.top for h in heads if h.top > line.bottom), default=float("inf"))
            # the box beside it sits on the caption's baseline: its middle above the top
            spans.append((line.top - (line.bottom - line.top), end))
    return {
        name
        for name, box in boxes
        if any(top <= (box.top + box.bottom) / 2 < end for top, end in spans)
    }
