"""A fillable transfer form's part for the former holder, by its printed captions (set 69).

A form that moves a right from one person to another (a market stall's lease, a water
account, a land-tax account, the holder having died) prints the former holder's part
first, then the new holder's:

    ผู้เช่าเดิม (ถึงแก่กรรม)  [name]             the former holder: the deceased
    เลขประจำตัวประชาชน      [ID]
    ผู้รับโอน              [name]             the one who asks
    เลขประจำตัวประชาชน      [ID]

The boxes' names (Text3, Text4) and the ID's bare caption cannot tell whose an ID is; the
page can: a caption naming a holder as former (ผู้เช่าเดิม, ชื่อผู้ใช้น้ำเดิม, เจ้าของเดิม)
opens the former holder's part, the first caption naming the new one (ผู้รับโอน, ...ใหม่,
ผู้ขอ) below it closes it. Fields whose boxes lie between are the former holder's, never
the applicant's over the new holder's. A former holder with no new one printed below is
left as read: the form then names no one else who asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.pdf_layout import Box, Line

__all__ = ["in_former_holders_part"]

# A holder named as former: one who held the right (ผู้เช่า, ผู้ใช้น้ำ, ผู้ถือสิทธิ) or its
# owner, then เดิม. Not a former name or address alone (ชื่อเดิม, ที่อยู่เดิม): the same
# person's.
_FORMER = re.compile(r"(?:ผู้[\u0e01-\u0e4e]{1,12}?|เจ้าของ[\u0e01-\u0e4e]{0,10}?)เดิม")
# The new holder: the transferee, one named new, or the one who asks.
_NEW = re.compile(r"ผู้รับโอน|(?:ผู้|เจ้าของ)[\u0e01-\u0e4e]{0,12}?ใหม่|ผู้ขอ|ผู้ยื่น|ผู้ร้อง")


def in_former_holders_part(lines: list[Line], boxes: Iterable[tuple[str, Box]]) -> set[str]:
    """The names of the boxes lying from a former holder's caption down to the new one's."""
    formers = [_row_top(line) for line in lines if _FORMER.search(line.text)]
    if not formers:
        return set()
    start = min(formers)
    news = [_row_top(line) for line in lines if line.top > start and _NEW.search(line.text)]
    if not news:
        return set()
    end = min(news)
    return {name for name, box in boxes if start <= (box.top + box.bottom) / 2 < end}


def _row_top(line: Line) -> float:
    """Where a caption's row begins: a box drawn beside it may sit a little higher than
    its letters (its middle above their top), half a line of them up."""
    return line.top - (line.bottom - line.top) / 2
