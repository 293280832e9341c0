"""The provinces an address's own words place it in: by the districts it names (each of
the country's districts lies in one province, a few names in several) and by the province
it names after จังหวัด or จ.

The address, the province and the postal code of a case are often read from different
lines. A request giving two people's details (a complaint's two columns: the applicant's
and the one complained of) can give the address from one and the province from the
other: set 20's complainant lived in อำเภอเมืองลำพูน, the province came from the other
column's Bangkok address, and no flag said so. `validate` compares what the address says
with the chosen province and postal code, and a clerk checks both where they disagree.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.provinces import match_province_exactly
from extractors.thai_places import districts_named

__all__ = ["address_provinces"]

# What stands before a district's name in a Thai address (Bangkok's are เขต).
_DISTRICT_WORD = re.compile(r"(?:กิ่งอำเภอ|อำเภอ|(?<![\u0e01-\u0e4e])อ\.|(?<![\u0e01-\u0e4e])เขต)\s*")
_PROVINCE_NAMED = re.compile(r"(?:จังหวัด|(?<![\u0e01-\u0e4e])จ\.)\s*([\u0e01-\u0e4e]+)")
# A name ends where the address goes on to its next part, not inside a longer word: a
# bare "อ.เมือง", "เขตเทศบาล" or a misspelt name gives no district.
_NAME_END = re.compile(r"$|[\s,.;:()/\-0-9๐-๙]|จังหวัด|จ\.|กรุงเทพ|กทม|รหัส|ไปรษณีย์")
_LONGEST = 30  # letters: longer than any district's name


def address_provinces(address: str) -> frozenset[str]:
    """The provinces the address names or holds a named district of (canonical Thai
    names); empty where it names neither."""
    found: set[str] = set()
    for match in _DISTRICT_WORD.finditer(address):
        found |= _district_provinces(address[match.end() : match.end() + _LONGEST])
    for match in _PROVINCE_NAMED.finditer(address):
        province = match_province_exactly(match.group(1))
        if province is not None:
            found.add(province)
    return frozenset(found)


def _district_provinces(text: str) -> frozenset[str]:
    """The provinces of the district whose name opens `text` (the longest such name)."""
    names = _names()
    for length in range(min(len(text), _LONGEST), 1, -1):
        name = text[:length]
        if name in names and _NAME_END.match(text, length):
            return frozenset(d.province for d in districts_named()[name])
    return frozenset()


@cache
def _names() -> frozenset[str]:
    return frozenset(districts_named())
