"""An address a request writes twice, once cut short before its areas: the whole one is hers.

A Thai letter heads its page with the sender's house and village, top right as letters
are laid out ("บ้านเลขที่ 33 หมู่ 12"), and gives the whole address in its sentence ("อยู่
บ้านเลขที่ 33 ม.12 ต.ศิลา อ.เมืองขอนแก่น ..."). The heading is a label's value and would
outrank the sentence's, though it is the same address cut before its sub-district and
district (set 49: the heading read, flagged). An address of no area that another address
of the same file or body opens with (the same house number, the same village number) and
goes on past with its areas is that one cut short, and gives way to it. So does a house
number of no village and no area (a sentence naming "บ้านเลขที่ 33 (รหัสประจำบ้าน ...)",
the house the letter is about, set 117) where the same file writes that house whole.
"""

from __future__ import annotations

import re

from extractors.address_parts import HAS_AREA
from extractors.base import FieldCandidate

__all__ = ["without_cut_short_addresses"]

_HOUSE = re.compile(r"(?<![0-9๐-๙/])([0-9๐-๙]+(?:/[0-9๐-๙]+)?)")
_MOO = re.compile(r"(?:หมู่ที่|หมู่|ม\.)\s*([0-9๐-๙]+)")


def without_cut_short_addresses(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` without an address that another of the same part holds whole."""
    addresses = [c for c in candidates if c.key == "address"]
    cut = [c for c in addresses if any(_cut_short_of(c, other) for other in addresses)]
    return [c for c in candidates if c not in cut] if cut else candidates


def _cut_short_of(short: FieldCandidate, whole: FieldCandidate) -> bool:
    if short is whole or short.provenance.part != whole.provenance.part:
        return False
    if HAS_AREA.search(short.value) or not HAS_AREA.search(whole.value):
        return False
    house = _HOUSE.search(short.value)
    return (
        house is not None
        and _first(_HOUSE, whole.value) == house.group(1)
        and _first(_MOO, short.value) in (None, _first(_MOO, whole.value))
    )


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(1) if found else None
