"""A number labelled with the part of the one the request is for ("เบอร์ผู้เช่า 08...").

One who files for another writes her details as a block under her part, and his own
number as he would in any mail (set 103):

    ข้อมูลผู้เช่า                     ชื่อเจ้าของบ้าน: นาง<owner>
    ชื่อ นาง<tenant>                   เลขบัตรประชาชน: ...
    ...                               เบอร์เจ้าของบ้าน: 08...
    เบอร์ผู้เช่า 08...                  ...
    ติดต่อผมได้ที่ 08...  (landlord)     <plumber> / มือถือ 08...  (shop's signature)

The landlord's "ติดต่อผมได้ที่" reads as the writer's number to call back, the owner's
"เบอร์เจ้าของบ้าน" as a number said of another (the word เจ้าของ). But the chosen name is
labelled with that very part ("ชื่อเจ้าของบ้าน", or the block's heading "ข้อมูลผู้เช่า"),
and a number labelled with the same part is hers: it is chosen, as unsure as it was read
(a clerk looks). Nothing changes where the name's part is not said, or several numbers
carry it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extractors.base import FieldCandidate

__all__ = ["phone_of_named_part"]

NAME_KEY = "full_name"
PHONE_KEY = "phone"
# A person's part as a block names it: one who does or holds something (ผู้เช่า,
# ผู้ขอใช้น้ำ, ผู้สูงอายุ) or owns it (เจ้าของบ้าน).
_PART = r"(?:ผู้|เจ้าของ)[\u0e01-\u0e4e]{1,24}"
# The name's own label ("ชื่อเจ้าของบ้าน:", "ชื่อ-สกุลผู้เช่า"), or its block's heading.
_NAME_LABEL = re.compile(rf"^\s*ชื่อ(?:\s*-?\s*(?:นาม)?สกุล)?\s*(?P<part>{_PART})\s*[:：]?")
_HEADING = re.compile(
    rf"^\s*(?:ข้อมูล|รายละเอียด|ส่วนที่\s*\d+\s*)(?:ของ)?\s*(?P<part>{_PART})\s*[:：]?\s*$"
)
HEADING_REACH = 3  # lines above the name a block's heading may stand
# The number's label: the words for a phone, then the part ("เบอร์โทรผู้เช่า:",
# "โทรศัพท์มือถือเจ้าของบ้าน", "เบอร์ของผู้เช่า"), right before the number.
_PHONE_LABEL = re.compile(
    r"(?:เบอร์|หมายเลข|โทร)(?:โทร)?(?:ศัพท์)?\s*(?:มือถือ)?\s*(?:ของ)?\s*"
    rf"(?P<part>{_PART})\s*[:：]?\s*$"
)


def phone_of_named_part(
    chosen: dict[str, FieldCandidate],
    candidates: Sequence[FieldCandidate],
    texts: Mapping[str, str],
) -> dict[str, FieldCandidate]:
    """`chosen` with its phone replaced by the one labelled with the part the chosen
    name is labelled with, where the mail's text says so (`texts`: each part's text)."""
    name = chosen.get(NAME_KEY)
    if name is None or name.provenance.filename_index is not None:
        return chosen
    lines = _lines(texts, name.provenance.part)
    part = _names_part(lines, name.provenance.line)
    if part is None:
        return chosen
    phone = chosen.get(PHONE_KEY)
    if phone is not None and _labelled_part(phone, lines) == part:
        return chosen
    own = [
        c
        for c in candidates
        if c.key == PHONE_KEY
        and c.provenance.part == name.provenance.part
        and c.provenance.filename_index is None
        and _labelled_part(c, lines) == part
    ]
    if len({re.sub(r"\D", "", c.value) for c in own}) != 1:
        return chosen
    return {**chosen, PHONE_KEY: max(own, key=lambda c: c.confidence)}


def _lines(texts: Mapping[str, str], part: str) -> list[str]:
    return texts.get(part, "").splitlines()


def _names_part(lines: list[str], line: int | None) -> str | None:
    """The part the name's label or its block's heading gives (lines counted from 1)."""
    if line is None or not 0 < line <= len(lines):
        return None
    own = _NAME_LABEL.match(lines[line - 1])
    if own:
        return own["part"]
    for above in range(line - 2, max(line - 2 - HEADING_REACH, -1), -1):
        heading = _HEADING.match(lines[above])
        if heading:
            return heading["part"]
    return None


def _labelled_part(phone: FieldCandidate, lines: list[str]) -> str | None:
    line = phone.provenance.line
    if line is None or not 0 < line <= len(lines):
        return None
    text = lines[line - 1]
    at = text.find(phone.value)
    if at < 0:
        return None
    label = _PHONE_LABEL.search(text[:at])
    return label["part"] if label else None
