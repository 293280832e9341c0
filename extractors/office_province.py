"""A province that is part of an office's name, not a place said of anyone.

    เรียน ผู้อำนวยการกองช่าง องค์การบริหารส่วนจังหวัดอุทัยธานี
    ... หลักประกันสัญญาไว้กับ อบจ.อุทัยธานี ...

A provincial office is named after its province, "จังหวัด" (or "จ.") glued to the word
before it: the provincial administrative organisation (องค์การบริหารส่วนจังหวัด, อบจ.),
the governor (ผู้ว่าราชการจังหวัด), the provincial hall (ศาลากลางจังหวัด), a ministry's
provincial office (สำนักงาน...จังหวัด, สสจ., พมจ.), the court, the prosecutor. A letter to
one names the agency's province, which the writer, a company in Bangkok, need not share
(set 101): read as the province said in an address, it came before the writer's own. It
stays a candidate, behind any other (OFFICE_NAME_PROVINCE): a citizen writing to his own
province's governor with no address is still read there, for a clerk to check.
"""

from __future__ import annotations

import re

__all__ = ["in_office_name"]

# The words an office's name sets right before "จังหวัด", no space between.
_OFFICE_WORD = re.compile(
    r"(?:บริหารส่วน|ว่าราชการ|ศาลากลาง|สำนักงาน[\u0e01-\u0e4e]*|ที่ทำการ[\u0e01-\u0e4e]*"
    r"|ท้องถิ่น|อัยการ|ศาล|ตำรวจภูธร|เรือนจำ|สภา)$"
)
# An office's initials ending in จ. (อบจ., สสจ., พมจ., ผวจ.): two to four consonants after
# a space, a bracket or the text's start, glued to the "จ." the province reader matched.
_INITIALS = re.compile(r"(?<![^\s(])[\u0e01-\u0e2e]{2,4}$")
_LOOK_BACK = 40  # an office's word is short; the line before it is not read


def in_office_name(text: str, at: int) -> bool:
    """Whether the "จังหวัด" or "จ." at text[at] is part of an office's name."""
    before = text[max(0, at - _LOOK_BACK) : at]
    if text.startswith("จังหวัด", at):
        return _OFFICE_WORD.search(before) is not None
    if text.startswith("จ.", at):
        return _INITIALS.search(before) is not None
    return False
