"""An address cut before its areas by a blank line: a form typed one paragraph a printed
line (a webmail's <p>, Word's spacing after a paragraph) leaves a blank line between
"อยู่บ้านเลขที่ 77 ตรอก/ซอย - ถนน ประสานไมตรี หมู่ที่ 2" and the line under it, "ตำบล/แขวง
พิชัย อำเภอ/เขต เมืองลำปาง จังหวัด ลำปาง". An address holding a house number and no
sub-district or district yet goes on with that line (set 26, แบบ ข.๑ in HTML): without
it the address was the house and the road alone, shown with no flag.
"""

from __future__ import annotations

import re

from extractors.address_parts import HAS_AREA

__all__ = ["areas_below"]

_DIGIT = re.compile(r"[0-9๐-๙]")
# the line opens with a sub-district or a district, as the form prints it
_AREA_OPENING = re.compile(r"\s*(?:ตำบล|แขวง|อำเภอ|เขต|[ตอ]\.(?=[\u0e01-\u0e4e]))")


def areas_below(address: str, line: str) -> bool:
    """Whether `line`, under a blank line, gives the areas `address` is missing."""
    return (
        _DIGIT.search(address) is not None
        and HAS_AREA.search(address) is None
        and _AREA_OPENING.match(line) is not None
    )
