"""A firm's mail from its own box, signed by the staff member who types it:

    From: บริษัท <firm> จำกัด <account@firm...>
    ...
    นางสาว<staff>
    ฝ่ายบัญชี
    บริษัท <firm> จำกัด
    โทร 0xx-xxx-xxx ต่อ 105 | มือถือ 08x-xxx-xxxx

The request is the firm's (sets 56/105: its office, line and box; its staff's name and
number never). The line with its extension is the firm's switchboard; the mobile beside it
is the staff member's own, which mobile_first would take for a citizen's (set 117: an
accounting clerk's signature). Where the mail's sender is a juristic person by its name
(juristic.is_juristic_name), a mobile read on the same line as a landline said with its
extension (ต่อ) is set behind it: kept, below review, so a clerk sees whose it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extractors.base import FieldCandidate
from extractors.juristic import is_juristic_name
from extractors.mobile_first import is_mobile
from extractors.set_behind import behind

__all__ = ["firms_line_first"]

# A landline with its extension: a switchboard's ("02-123-4567 ต่อ 12", "ext. 12")
_EXTENSION = re.compile(r"[0-9๐-๙][\s\-]*(?:ต่อ|ext\.?|x)\s*[0-9๐-๙]{1,5}", re.IGNORECASE)
# Below the landline as the prose reads a signature's (set_behind.BEHIND_CONFIDENCE)
_STAFFS = 0.45


def firms_line_first(
    sender_name: str, candidates: Sequence[FieldCandidate], texts: Mapping[str, str]
) -> list[FieldCandidate]:
    """`candidates` with a firm's staff's mobile set behind the firm's line beside it."""
    if not is_juristic_name(sender_name.strip().strip('"')):
        return list(candidates)
    phones = [c for c in candidates if c.key == "phone" and c.provenance.line is not None]
    lines = {
        (c.provenance.part, c.provenance.line)
        for c in phones
        if not is_mobile(c.value) and _on_a_switchboard(c, texts)
    }
    if not lines:
        return list(candidates)
    return [
        behind(c, _STAFFS)
        if c.key == "phone"
        and is_mobile(c.value)
        and (c.provenance.part, c.provenance.line) in lines
        else c
        for c in candidates
    ]


def _on_a_switchboard(c: FieldCandidate, texts: Mapping[str, str]) -> bool:
    """Whether the landline `c` is said with its extension on its line."""
    text = texts.get(c.provenance.part)
    line = c.provenance.line
    if text is None or line is None:
        return False
    rows = text.split("\n")
    return 0 < line <= len(rows) and _EXTENSION.search(rows[line - 1]) is not None
