"""A home's kind said before its house number: words about the place, no part of it.

    อยู่หอพักคนงาน บ้านเลขที่ 88/12 หมู่ 2 ...          the workers' dormitory
    พักอยู่ที่หอพักคนงานของบริษัท เลขที่ 59/3 ม.6 ...     the firm's dormitory

A worker writes where he lives by what it is (set 70): the firm's workers' dormitory,
its staff housing. Those words name no building a letter could find, as "หอพักสุขใจ
ห้อง 304 เลขที่ 59/1" does (the building's own name, kept: prose's building-first
address); the address a clerk writes opens at the house number. Only the kind of home
(a dormitory, housing, a room) for whom it is (workers, staff), maybe whose (the firm's),
right before the house number.
"""

from __future__ import annotations

import re

__all__ = ["DWELLING_KIND", "without_dwelling_kind"]

# The kind of home, for whom, maybe whose or where by the firm ("ห้องพักคนงานหลังร้าน",
# the room behind the shop), then the house number's word: a regex for readers of
# sentences, which take it as an address's opening ("อยู่ห้องพักคนงาน... เลขที่ ...").
DWELLING_KIND = (
    r"(?:หอพัก|บ้านพัก|ห้องพัก|ที่พัก)(?:คนงาน|พนักงาน|ลูกจ้าง|แรงงาน)"
    r"(?:\s*(?:ของ|หลัง)\s*(?:บริษัท|โรงงาน|ร้าน|นายจ้าง|ห้าง)ฯ?)?"
    r"\s*(?=(?:บ้าน)?เลขที่\s*[0-9๐-๙])"
)
_KIND = re.compile(f"^{DWELLING_KIND}")


def without_dwelling_kind(address: str) -> str:
    """`address` from its house number where it opens with a home's kind alone."""
    return _KIND.sub("", address, count=1)
