"""Values under labels that say nothing: a web form's generic tags (set 29).

WordPress Contact Form 7 mails the form's tags as labels when the webmaster leaves its
default template, and a tag added without a name is the input's type and a number:

    text-231: นายสมชาย ใจดี
    date-998: 1984-11-27
    textarea-645: 215 หมู่ 3 ตำบลหนองหาร อำเภอสันทราย
    menu-120: เชียงใหม่
    text-377: 50290

Such a label gives no field by its name (`text` is a name, an ID or a postal code alike),
but the value's own type can: in a mail of such lines (a form's notification), a date is
the birth date (the one date a request form asks of a person), a value with a house
number and Thai place words is the address, a province's name alone the province, five
digits alone the postal code. Read so, less sure than a label (a clerk looks at each).
Values that prove themselves anywhere (an ID, a phone, an e-mail) are found as prose.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.base import FieldCandidate, ParsedMessage, Provenance
from extractors.provinces import match_province_exactly
from extractors.thai import CIVIL_TITLE, parse_date

__all__ = ["SLUG_CONFIDENCE", "by_value_shape"]

SLUG_CONFIDENCE = 0.5  # below review.REVIEW_BELOW: the value's shape, not a label, says it
# A tag: lower-case ASCII words joined by "-" or "_", then a number ("text-231",
# "your_field-12"), as the line's label.
_SLUG_LINE = re.compile(
    r"^[ \t]*(?P<l>[a-z]+(?:[-_][a-z]+)*[-_][0-9]{1,6})[ \t]*:[ \t]*(?P<v>\S.*)$"
)
MIN_SLUG_LINES = 3  # a form's notification, not one stray "ref-12: ..." line
_DATE = re.compile(
    r"[0-9๐-๙]{1,4}(?:[/\-.][0-9๐-๙]{1,2}[/\-.][0-9๐-๙]{2,4}"
    r"|[ \t]*[\u0e01-\u0e4eA-Za-z.]+[ \t]*(?:(?:พ\.ศ\.|ค\.ศ\.)[ \t]*)?[0-9๐-๙]{4})"
)
_ADDRESS = re.compile(
    r"[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?[ \t]+.*?(?:ตำบล|ต\.|แขวง).*?(?:อำเภอ|อ\.|เขต)\S+"
)
# A name with its civil title, then a family name: two words of Thai letters, no more.
_NAME = re.compile(rf"{CIVIL_TITLE}[ \t]*[\u0e01-\u0e4e]+[ \t]+[\u0e01-\u0e4e]+")
_POSTAL = re.compile(r"[1-9๑-๙][0-9๐-๙]{4}")
OLDEST_YEARS = 120


def by_value_shape(parsed: ParsedMessage) -> list[FieldCandidate]:
    """Candidates for the fields a slug-labelled line's value shows by its type, one per
    field and only where exactly one line shows it (two dates: which is the birth?)."""
    out: list[FieldCandidate] = []
    for text in parsed.text_parts:
        lines = [
            (n, m)
            for n, line in enumerate(text.text.splitlines(), 1)
            if (m := _SLUG_LINE.match(line))
        ]
        if len(lines) < MIN_SLUG_LINES:
            continue
        found: dict[str, list[tuple[int, str, str]]] = {}
        for number, m in lines:
            value = m.group("v").strip()
            key = _shown_key(value)
            if key is not None:
                found.setdefault(key, []).append((number, m.group("l"), value))
        for key, seen in found.items():
            if len(seen) != 1:
                continue
            number, label, value = seen[0]
            provenance = Provenance(
                part=text.part,
                kind="body_html" if text.kind == "html" else "body_text",
                line=number if text.kind == "plain" else None,
                label=label,
            )
            out.append(
                FieldCandidate(
                    key=key, value=value, provenance=provenance, confidence=SLUG_CONFIDENCE
                )
            )
    return out


MAX_VALUE_CHARS = 300  # a field's value, not a letter: a longer one shows no type here


def _shown_key(value: str) -> str | None:
    """The field a value's type shows, or None."""
    if len(value) > MAX_VALUE_CHARS:
        return None
    if _POSTAL.fullmatch(value):
        return "postal_code"
    if _DATE.fullmatch(value):
        date = parse_date(value)
        today = dt.date.today()
        if date is not None and today.year - OLDEST_YEARS <= date.year and date < today:
            return "birth_date"
        return None
    if _ADDRESS.match(value):
        return "address"
    if match_province_exactly(value):
        return "province"
    if _NAME.fullmatch(value):
        return "full_name"
    return None
