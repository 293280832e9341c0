"""A birth date asked in three boxes (day, month, year) joined into one date.

Thai forms print "เกิดวันที่ [..] เดือน [....] พ.ศ. [....]" and a fillable form gives each
blank a field of its own ("วันเกิด", "เดือนเกิด", "ปีเกิด", set 102: an allowance form
filled with a screen reader). The day's box is read under the birth date's own label
(วันเกิด), a number alone; the month and year boxes under keys of their own (no field of
any template) and joined here, per source, as names.py joins a name's parts. A day with
no month and year beside it stays as read (and fails as a date: a clerk fills it).
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, FieldSpec, source_of

__all__ = ["DATE_PART_SPECS", "join_date_parts"]

BIRTH_DATE = "birth_date"
DAY, MONTH, YEAR = "birth_day", "birth_month", "birth_year"


def _spec(key: str, th: str, en: str, labels: list[str], boxes: list[str]) -> FieldSpec:
    return FieldSpec(
        key=key, title_th=th, title_en=en, labels=labels, form_fields=boxes, personal=True
    )


DATE_PART_SPECS = [
    _spec(DAY, "วันที่เกิด", "Day of birth", ["Birth day", "Day of birth"], ["birth_day", "dob_day"]),
    _spec(
        MONTH,
        "เดือนเกิด",
        "Month of birth",
        ["เดือนเกิด", "เดือนที่เกิด", "Birth month", "Month of birth"],
        ["birth_month", "dob_month"],
    ),
    _spec(
        YEAR,
        "ปีเกิด",
        "Year of birth",
        ["ปีเกิด", "ปีที่เกิด", "ปีเกิด (พ.ศ.)", "พ.ศ. เกิด", "Birth year", "Year of birth"],
        ["birth_year", "dob_year"],
    ),
]
_PART_KEYS = frozenset({DAY, MONTH, YEAR})
_DAY = re.compile(r"\s*(?:วันที่\s*)?(?P<d>[0-9๐-๙]{1,2})\s*")
_NUMBER = re.compile(r"[0-9๐-๙]{1,4}")
_MONTH_THEN_YEAR = re.compile(r"(?P<m>\S+)\s+(?:พ\.ศ\.\s*)?(?P<y>[0-9๐-๙]{4})")


def join_date_parts(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Candidates with each source's month and year boxes joined with its day (its own
    box, or a birth date read as a day alone) into a `birth_date` candidate."""
    parts = [c for c in candidates if c.key in _PART_KEYS]
    if not parts:
        return candidates
    kept = [c for c in candidates if c.key not in _PART_KEYS]
    for source in dict.fromkeys(source_of(c) for c in parts):
        mine: dict[str, FieldCandidate] = {}
        for c in parts:
            if source_of(c) == source and c.value.strip():
                mine.setdefault(c.key, c)
        days = [c for c in kept if c.key == BIRTH_DATE and source_of(c) == source]
        day = mine.get(DAY) or next((c for c in days if _DAY.fullmatch(c.value)), None)
        if day is None or MONTH not in mine:
            continue
        d = _DAY.fullmatch(day.value)
        month = mine[MONTH].value.strip()
        # the year's box along the month's row, read with it as one run of boxes
        # (pdf_form's runs: "พฤศจิกายน 2539")
        if YEAR in mine:
            year = mine[YEAR].value.strip()
        elif (run := _MONTH_THEN_YEAR.fullmatch(month)) is not None:
            month, year = run.group("m"), run.group("y")
        else:
            continue
        if d is None:
            continue
        value = (
            f"{d.group('d')}/{month}/{year}"
            if _NUMBER.fullmatch(month)
            else f"{d.group('d')} {month} {year}"
        )
        boxes = [day, *(mine[k] for k in (MONTH, YEAR) if k in mine)]
        confidence = min(c.confidence for c in boxes)
        kept = [c for c in kept if c is not day]
        kept.append(
            day.model_copy(update={"key": BIRTH_DATE, "value": value, "confidence": confidence})
        )
    return kept
