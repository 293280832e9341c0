"""Dates in a date field that the day-first reading (`thai.parse_date`) refuses or would
misread: the order the writer states, an unambiguous month-first date, compact dates.

- "09/23/1978 (MM/DD/YYYY)", "04/07/2533 (ดด/วว/ปปปป)": the writer says which number is
  the month (a foreign resident, an English-language web form): read so, as said, even
  where the numbers alone would read the other way ("04/07" is 4 July day-first).
  The order may be said by the label instead ("Date of birth (MM/DD/YYYY)", "วันเกิด
  (เดือน/วัน/ปี)"): it is the value's (`with_label_order`).
- "11/25/1990" with no order said: 25 is no month, so the month came first. Read so,
  but flagged: nothing but the numbers says it. A date both ways possible ("05/11/1990")
  keeps the Thai day-first reading.
- "25330415", "19900415": a registry export's or a system's compact year, month, day;
  a four-digit year of the Buddhist Era (2400s-2600s) or of the common era.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from extractors.base import FieldCandidate
from extractors.thai import parse_date, thai_digits_to_arabic

__all__ = ["MONTH_FIRST", "reread_date", "states_order", "with_label_order"]

MONTH_FIRST = "month_first_date"  # the issue raised on a month-first date nobody said was one

_MONTH_WORD = r"(?:MM|ดด|เดือน)"
_DAY_WORD = r"(?:DD|วว|วัน)"
_YEAR_WORD = r"(?:YYYY|YY|ปปปป|ปป|ปี)"
_SEP = r"\s*[/.\-]\s*"
# The order written beside the date, in brackets or not: "(MM/DD/YYYY)", "mm-dd-yyyy",
# "(ดด/วว/ปปปป)", "เดือน/วัน/ปี".
_MDY = re.compile(rf"{_MONTH_WORD}{_SEP}{_DAY_WORD}{_SEP}{_YEAR_WORD}", re.IGNORECASE)
_DMY = re.compile(rf"{_DAY_WORD}{_SEP}{_MONTH_WORD}{_SEP}{_YEAR_WORD}", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*")


def states_order(value: str) -> bool:
    """Whether `value` says in which order its date is written."""
    return _MDY.search(value) is not None or _DMY.search(value) is not None


def reread_date(value: str) -> tuple[dt.date, str | None] | None:
    """The date a value the day-first reading refused holds, and the issue to raise on it
    (None: none), or None when it holds none of the shapes above."""
    text = thai_digits_to_arabic(value)
    numeric = _NUMERIC.search(text)
    if numeric is not None and states_order(text):
        first, second, year = numeric.group(1), numeric.group(3), numeric.group(4)
        day, month = (second, first) if _MDY.search(text) else (first, second)
        read = parse_date(f"{day}/{month}/{year}")
        return (read, None) if read is not None else None
    if numeric is not None and numeric.group(0) == text.strip():
        first, second, year = (int(numeric.group(k)) for k in (1, 3, 4))
        if first <= 12 < second:  # no month 13 and over: the writer put the month first
            read = parse_date(f"{second}/{first}/{year}")
            return (read, MONTH_FIRST) if read is not None else None
        return None
    compact = _COMPACT.fullmatch(text)
    if compact is None:
        return None
    year, month, day = (int(compact.group(k)) for k in (1, 2, 3))
    if 2400 <= year <= 2700:
        year -= 543
    if not 1880 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None


def with_label_order(
    candidates: list[FieldCandidate], kind_of: Callable[[str], str]
) -> list[FieldCandidate]:
    """`candidates` with each date whose label states the order it is written in, and
    whose value does not, given its label's statement after it ("04/07/1990" under "Date
    of birth (MM/DD/YYYY)" becomes "04/07/1990 (MM/DD/YYYY)"), so it is read that way;
    `kind_of`: a key's field type."""
    out = []
    for c in candidates:
        label = c.provenance.label or ""
        said = _MDY.search(label) or _DMY.search(label)
        if (
            said
            and kind_of(c.key) == "date"
            and _NUMERIC.search(c.value)
            and not states_order(c.value)
        ):
            c = c.model_copy(update={"value": f"{c.value.strip()} ({said.group(0)})"})
        out.append(c)
    return out
