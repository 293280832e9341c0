"""A province name OCR misread, matched to the one province whose letters it keeps.

The province field takes one of 77 names, so a misread one need not be lost: OCR drops
marks and confuses a few letters (`อบอดราชธานี` for อุบลราชธานี, `ยอนแกแ` for ขอนแก่น),
and the letters left still point at one name. The value is compared by its skeleton
(letters without marks, look-alikes folded: `ocr_text.skeleton`) with each province's;
the nearest within one edit per four letters wins, only when no other province is as
near. `provinces.match_province` already reads close spellings of a typed name; this is
for what OCR does to one, and the value is flagged `ocr_repaired`.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.ocr_text import edit_distance, skeleton
from extractors.provinces import match_province, provinces

_PREFIX = re.compile(r"^\s*(?:จังหวัด|จ\s*\.|จ\s)\s*")
MIN_LETTERS = 4  # a shorter skeleton (ตาก, น่าน) changed by one letter is another word


@cache
def _skeletons() -> dict[str, str]:
    return {skeleton(p.name_th): p.name_th for p in provinces()}


def province_by_letters(value: str) -> str | None:
    """The canonical name of the one province nearest `value` by skeleton, within one
    edit per four letters; None when `value` names a province already, or none or two
    are that near."""
    if match_province(value) is not None:
        return None
    got = skeleton(_PREFIX.sub("", value)).replace(" ", "")
    if len(got) < MIN_LETTERS:
        return None
    near: dict[int, set[str]] = {}
    for shape, name in _skeletons().items():
        limit = max(1, len(shape) // 4)
        distance = edit_distance(got, shape, limit)
        if distance <= limit and len(shape) >= MIN_LETTERS:
            near.setdefault(distance, set()).add(name)
    if not near:
        return None
    best = near[min(near)]
    return next(iter(best)) if len(best) == 1 else None
