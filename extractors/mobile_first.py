"""The mobile of several phones a citizen gives as his own: the number a clerk calls back.

A request often gives a home line, a mobile and an office line with its extension, on one
line ("โทร บ้าน 0-3561-2244 / มือถือ 089-... / ที่ทำงาน 02-... ต่อ 12") or on lines of
their own ("โทรศัพท์ (บ้าน)", "โทรศัพท์ (มือถือ)"). The one number a case holds is the
contact: the mobile, which reaches the person himself wherever he is (the office line
reaches a switchboard, the home line whoever is in). So among the applicant's own numbers
the one labelled มือถือ/mobile is taken; with no such word, a number with a mobile's shape
(06, 08, 09 after the 0) is taken over landlines. A number marked old is never taken
(`values.marked_old`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.validate import normalise_phone

__all__ = ["is_mobile", "mobile_first", "mobile_of"]

# The word that names a number's kind, just before it.
_MOBILE_WORD = re.compile(r"มือถือ|มถ\.|\b(?:mobile|cell(?:phone)?|mob\.?)\b", re.IGNORECASE)
_OTHER_WORD = re.compile(
    r"บ้าน|ทำงาน|สำนักงาน|ที่ทำการ|หน่วยงาน|โทรสาร|แฟกซ์|\b(?:home|office|work|fax)\b",
    re.IGNORECASE,
)
# A Thai mobile in E.164: +66 then 6, 8 or 9 and eight more digits.
_MOBILE_E164 = re.compile(r"^\+66[689]\d{8}$")
# Below review's rival line: another of the applicant's own numbers beside his mobile is
# no disagreement about which number is his.
_SET_ASIDE = 0.45


def is_mobile(number: str) -> bool:
    """Whether a phone number has a Thai mobile's shape."""
    e164 = normalise_phone(number)
    return e164 is not None and _MOBILE_E164.match(e164) is not None


def mobile_of(text: str, found: Sequence[re.Match[str]]) -> re.Match[str] | None:
    """Of the numbers `found` in `text` (none marked old), the mobile: the one the word
    before it calls a mobile, else the only one with a mobile's shape beside landlines.
    None when there is no such one choice (one number, or several alike)."""
    if len(found) < 2:
        return None
    named = [
        m
        for m, word in zip(found, _words_before(text, found), strict=True)
        if _MOBILE_WORD.search(word)
    ]
    if len(named) == 1:
        return named[0]
    shaped = [m for m in found if is_mobile(m.group(0))]
    return shaped[0] if len(shaped) == 1 else None


def _words_before(text: str, found: Sequence[re.Match[str]]) -> list[str]:
    ends = [0, *(m.end() for m in found[:-1])]
    return [text[end : m.start()] for end, m in zip(ends, found, strict=True)]


def mobile_first(candidates: list[FieldCandidate], key: str = "phone") -> list[FieldCandidate]:
    """`candidates` with the applicant's other numbers set aside where a form (one part)
    labels one of its numbers a mobile, or gives one mobile beside landlines: each read
    under a label, none from prose."""
    by_part: dict[tuple[str, int | None], list[int]] = {}
    for n, c in enumerate(candidates):
        if c.key == key and c.provenance.method is None and c.provenance.label:
            by_part.setdefault((c.provenance.part, c.provenance.filename_index), []).append(n)
    out = list(candidates)
    for indexes in by_part.values():
        values = {normalise_phone(candidates[n].value) for n in indexes}
        if len(values) < 2 or None in values:
            continue
        mobiles = [n for n in indexes if _MOBILE_WORD.search(candidates[n].provenance.label or "")]
        if not mobiles:
            mobiles = [n for n in indexes if is_mobile(candidates[n].value)]
        if len({normalise_phone(candidates[n].value) for n in mobiles}) != 1:
            continue
        best = max(candidates[n].confidence for n in mobiles)
        mobile = normalise_phone(candidates[mobiles[0]].value)
        for n in indexes:
            c = candidates[n]
            if normalise_phone(c.value) == mobile or c.confidence > best + 0.1:
                continue  # the mobile itself, or a number read far surer than it
            if _OTHER_WORD.search(c.provenance.label or "") or not is_mobile(c.value):
                out[n] = c.model_copy(update={"confidence": min(c.confidence, _SET_ASIDE)})
    return out
