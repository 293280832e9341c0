"""Which of a request's phone numbers are said old, and which new, by what the mail says
of them as a whole.

A citizen changing her number writes it once as the old one beside the new ("เบอร์เดิม
08... เปลี่ยนเป็น 09...", "เบอร์เก่า 08... แก้ไขเป็น 09...") and may give the old one
again elsewhere with no mark near it: a LINE chat pasted below ("เบอร์ 08... ที่ให้ไว้
ตอนยื่นคำร้อง ยกเลิกแล้ว", its note far after it), the earlier request quoted. A number
said old once is hers no longer anywhere in the mail; the number it is changed to is the
one said new, a phone although no phone word is right before it (set 86).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.validate import phone_compared

# Between the old number and the new: "เปลี่ยนเป็น", "แก้ไขเป็น", "เป็นเบอร์ใหม่", "ใหม่:",
# "->", a comma or a bracketed note of the old one ("(ยกเลิกแล้ว)") before them.
_CHANGED_TO = re.compile(
    r"\s*(?:[(（][^()（）\n]{0,20}[)）])?\s*[,;]?\s*"
    r"(?:(?:ขอ)?(?:เปลี่ยน|แก้ไข|แก้)\s*(?:เบอร์)?\s*เป็น|เป็น|[-=]+>|→)\s*"
    r"(?:เบอร์\s*)?(?:ใหม่)?\s*[:：]?\s*"
    r"|\s*(?:[(（][^()（）\n]{0,20}[)）])?\s*[,;]?\s*(?:เบอร์\s*)?ใหม่\s*(?:คือ)?\s*[:：]?\s*"
)


def old_and_new(
    text: str, spans: Sequence[tuple[int, int]], old: Sequence[bool]
) -> tuple[list[bool], list[bool]]:
    """For each number at `spans` (in the text's order) whose own words say it old or
    not (`old`): whether it is old (its number said old at any of its places) and whether
    it is the new one a number said old is changed to."""
    gone = {phone_compared(text[a:b]) for (a, b), o in zip(spans, old, strict=True) if o}
    is_old = [o or phone_compared(text[a:b]) in gone for (a, b), o in zip(spans, old, strict=True)]
    is_new = [False] * len(spans)
    for k in range(1, len(spans)):
        if (
            old[k - 1]
            and not is_old[k]
            and _CHANGED_TO.fullmatch(text, spans[k - 1][1], spans[k][0])
        ):
            is_new[k] = True
    return is_old, is_new
