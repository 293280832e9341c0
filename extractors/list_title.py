"""A list's title row that names the place all its rows live in, as the rows' own boxes.

A village headman's list of his villagers gives each row its house number and หมู่ in
columns of their own and writes the rest of the place once, in the title over the header:

    บัญชีรายชื่อผู้สูงอายุ บ้านดงเย็น หมู่ที่ 11 ต.บ้านถ่อน อ.สว่างแดนดิน จ.สกลนคร 47110
    ลำดับ | ชื่อ-สกุล | ... | บ้านเลขที่ | หมู่ | ...

Read as a line of text the title gave no address (the house number and หมู่ boxes had no
ตำบล or อำเภอ to join) nor a province (set 55). Its ตำบล, อำเภอ, province and postal code
are every row's, so they are written as the `label: value` lines a form's boxes give,
which the address parts reader (`address_parts`) joins to the row's house number.
"""

from __future__ import annotations

import re

from extractors.address_parts import (
    DISTRICT_WORDS,
    POSTAL_WORD,
    PROVINCE_WORD,
    SUBDISTRICT_WORDS,
    abbreviated,
    words_pattern,
)

__all__ = ["title_place_lines"]

_NAME = r"([\u0e01-\u0e4e]+)"
# ตำบล, อำเภอ and จังหวัด one after the other: a place, not a sentence that names one of them
_PLACE = re.compile(
    words_pattern(SUBDISTRICT_WORDS, abbreviated(SUBDISTRICT_WORDS)) + rf"\s*{_NAME}\s+"
    + words_pattern(DISTRICT_WORDS, abbreviated(DISTRICT_WORDS)) + rf"\s*{_NAME}\s+"
    + words_pattern((PROVINCE_WORD,), abbreviated((PROVINCE_WORD,))) + rf"\s*{_NAME}"
    + r"(?:\s+([0-9]{5}))?\s*$"
)  # fmt: skip


# The village's number just before the ตำบล ("บ้าน... หมู่ที่ 4 ตำบล..."), for a list whose
# columns give the house number alone (set 71: a petition's sheet of signers).
_MOO_BEFORE = re.compile(r"(?:หมู่(?:ที่)?|ม\.)\s*([0-9]{1,2})\s*$")


def title_place_lines(title: str, *, boxes: bool = True, moo: bool = False) -> list[str]:
    """The boxes' lines (ตำบล, อำเภอ, จังหวัด, รหัสไปรษณีย์) of the place that ends a list's
    `title`; [] when the title does not end with one. Without `boxes` (a list naming no
    one's row) only the province and postal code: the ตำบล and อำเภอ would join the first
    row's house number into an address of no one's request. With `moo` (the list has no
    หมู่ column), the หมู่ the title names before its ตำบล too."""
    found = _PLACE.search(title)
    if found is None:
        return []
    tambon, amphoe, province, postal = found.groups()
    lines = [f"{SUBDISTRICT_WORDS[0]}: {tambon}", f"{DISTRICT_WORDS[0]}: {amphoe}"] if boxes else []
    village = _MOO_BEFORE.search(title, 0, found.start()) if boxes and moo else None
    if village is not None:  # `moo`: the list has no หมู่ column of its own
        lines.insert(0, f"หมู่ที่: {village.group(1)}")
    lines.append(f"{PROVINCE_WORD}: {province}")
    return lines + ([f"{POSTAL_WORD}: {postal}"] if postal else [])
