"""An address typed on one line, its rest pushed onto the next line by the line's wrap.

A CV's contact line, a letter's block or a typed form puts the whole address after other
values on one line, and the page's width (a PDF's, a mail client's) cuts it:

    064-... | name@example.com | 150 หมู่ 7 ตำบลโนนสูง
    อำเภอเมือง จ.ขอนแก่น 40000

    12/1 ม.3 ต.โนนสูง อ.เมือง
    ขอนแก่น 40000

The next line goes on with the address only when it holds nothing but the address's
rest, in the order an address is written: the district (when the line above has none),
then the province (a province's own name, with or without จังหวัด/จ.) and the postal
code. Anything else on it (a heading, a salary, a date) leaves the address where the
line ended.
"""

from __future__ import annotations

import re

from extractors.provinces import match_province_exactly

__all__ = ["is_rest_of_address"]

_DISTRICT = r"(?:อำเภอ|อ\.|เขต)"
_HAS_DISTRICT = re.compile(rf"(?:^|[\s\d])(?:{_DISTRICT})\s*[\u0e01-\u0e4e]")
_REST = re.compile(
    rf"\s*(?P<district>{_DISTRICT}\s*[\u0e01-\u0e4e]+(?:\s+|$))?"
    r"(?:(?:จังหวัด|จ\.)\s*)?(?P<province>[\u0e01-\u0e4e]+\.?)?"
    r"\s*(?P<postal>[0-9๐-๙]{5})?\s*"
)
# The line above already ends with the address's last part: a postal code.
_ENDS_WITH_POSTAL = re.compile(r"[0-9๐-๙]{5}\s*$")


def is_rest_of_address(head: str, line: str) -> bool:
    """Whether `line` holds only the rest of the address `head` was cut from: its
    district (where `head` gives none), its province, its postal code."""
    found = _REST.fullmatch(line)
    if found is None or not line.strip() or _ENDS_WITH_POSTAL.search(head):
        return False
    district_above = _HAS_DISTRICT.search(head) is not None
    if district_above == (found.group("district") is not None):
        return False  # no district anywhere, or a second one: no rest of this address
    province = found.group("province")
    if province is not None:
        return match_province_exactly(province) is not None
    return found.group("postal") is not None or not district_above
