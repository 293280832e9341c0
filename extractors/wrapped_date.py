"""A birth date a paragraph's wrap cut, put back on one line.

A typed letter's paragraph (a PDF's text layer, a mail wrapped at 70 columns) wraps
wherever the line is full, and a date written in words is cut between its parts:
"... วันเกิด 9" / "ส.ค. 2539 ...", "... เกิดวันที่ ๔ มกราคม" / "๒๕๓๐ ...". Read as it
stands the label's value is "9", no date. Where a birth date's words end the line with a
day (and perhaps its month) and the next line opens with the rest (its month and year,
or the year), the rest is moved up, as `wrapped_mobile` moves a mobile's rest up; the
next line keeps what follows it (set 86).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.thai import THAI_MONTH_ABBREVIATIONS, THAI_MONTHS
from extractors.wrapped_mobile import rests_moved_up

_MONTH = "(?:" + "|".join([*THAI_MONTHS, *map(re.escape, THAI_MONTH_ABBREVIATIONS)]) + ")"
_DIGIT = "[0-9๐-๙]"
# The birth date's words, then a day alone or a day and its month, ending the line.
_CUT_DATE = re.compile(
    rf"(?:วันเกิด|เกิดวันที่|เกิด|วัน\s*เดือน\s*ปี\s*เกิด)\s*[:：]?\s*"
    rf"(?<!{_DIGIT}){_DIGIT}{{1,2}}(?P<month>\s+{_MONTH})?[ \t]*$"
)
_REST_AFTER_DAY = re.compile(rf"[ \t]*({_MONTH}\s*(?:พ\.ศ\.\s*)?{_DIGIT}{{4}})(?!{_DIGIT})")
_REST_AFTER_MONTH = re.compile(rf"[ \t]*((?:พ\.ศ\.\s*)?{_DIGIT}{{4}})(?!{_DIGIT})")


def date_wraps_mended(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each birth date cut after its day or month joined back on its line."""
    return rests_moved_up(lines, _dates_rest)


def _dates_rest(line: str) -> re.Pattern[str] | None:
    """What the next line must open with when `line` ends with a cut birth date."""
    cut = _CUT_DATE.search(line)
    if cut is None:
        return None
    return _REST_AFTER_MONTH if cut.group("month") else _REST_AFTER_DAY
