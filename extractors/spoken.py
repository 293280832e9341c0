"""Values dictated to a phone's Thai voice typing: the signs it hears come out as words.

    เบอร์โทร 062 ขีด 418 ขีด 7730            -> 062-418-7730
    ศูนย์ เก้า สาม หนึ่ง สอง สี่ ห้า หก เจ็ด แปด -> 0931245678 (`thai.spoken_digits_to_arabic`)
    บ้านเลขที่ 72 ทับ 4                      -> 72/4
    pimchanok จุด r แอท outlook จุด co จุด th  -> pimchanok.r@outlook.co.th

Only a sign word between digits (ขีด, ทับ) or inside a run of Latin words that holds one
แอท and ends in a domain is read as its sign: the words are ordinary Thai words elsewhere
("จุดเดิม", "ขีดเส้น", "ทับซ้อน"). What is read so is less sure than a typed value: the
recogniser may have misheard a letter, so every value it gives is flagged
(`SPOKEN_CONFIDENCE`, below review.REVIEW_BELOW).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.base import FieldCandidate
from extractors.thai import DIGIT_WORDS, SPOKEN_RUN, spoken_digits_to_arabic
from extractors.validate import normalise_email, normalise_national_id, normalise_phone

__all__ = ["SPOKEN", "SPOKEN_CONFIDENCE", "as_written", "spoken_value", "written"]

SPOKEN_CONFIDENCE = 0.55
SPOKEN = "spoken"  # the provenance flag of a value read from words voice typing wrote

_SIGNS = {"จุด": ".", "ดอท": ".", "ขีดล่าง": "_", "ขีด": "-", "แอท": "@", "แอ็ท": "@", "@": "@",
          ".": ".", "ทับ": "/"}  # fmt: skip
# Each piece of an address bounded (a mailbox name is at most 64 characters, a domain has
# a few labels), and the signs never inside a piece: a long run of "a จุด a จุด ..." with
# no แอท costs a bounded look from each start, not one to the text's end (quadratic).
_LATIN = r"[A-Za-z0-9%+]{1,64}"
_DOT = r"[ \t]*(?:จุด|ดอท|\.)[ \t]*"
_IN_NAME = r"[ \t]*(?:จุด|ดอท|ขีดล่าง|ขีด|\.|_|-)[ \t]*"
_EMAIL = (
    rf"(?<![A-Za-z0-9._%+-]){_LATIN}(?:{_IN_NAME}{_LATIN}){{0,8}}"
    rf"[ \t]*(?:แอ็ท|แอท|@)[ \t]*[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{1,4}}"
    r"(?![A-Za-z0-9])"
)
# Digit groups joined by a dash or a slash said as a word ("081 ขีด 550 ขีด 2291").
_JOINED = r"(?<![0-9])[0-9]{1,13}(?:[ \t]*(?:ขีด(?!ล่าง)|ทับ)[ \t]*[0-9]{1,13}){1,5}(?![0-9])"
_SPOKEN = re.compile(rf"(?P<e>{_EMAIL})|(?P<j>{_JOINED})|(?P<d>{SPOKEN_RUN.pattern})")
_SIGN_WORD = re.compile(r"ขีดล่าง|ขีด|จุด|ดอท|แอ็ท|แอท|ทับ|@|\.")
_WORDS = ("ขีด", "ทับ", "จุด", "ดอท", "แอท", "แอ็ท", *DIGIT_WORDS)


def _signs(text: str) -> str:
    """The sign words of a match as their signs, the spaces between gone."""
    return "".join(_SIGN_WORD.sub(lambda m: _SIGNS[m.group(0)], text).split())


def written(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with what voice typing spelt out in words written as typed (lines kept),
    and the spans of the result that were rewritten so."""
    if not any(word in text for word in _WORDS):
        return text, []  # every spoken value holds one of these: cheap out
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at, length = 0, 0
    for m in _SPOKEN.finditer(text):
        found = m.group(0)
        if m.group("d"):
            new = spoken_digits_to_arabic(found)
        elif m.group("e"):
            new = _signs(found)
            new = new if "@" in new and normalise_email(new) is not None else found
        else:
            new = _signs(found)
        if new == found:
            continue
        out.append(text[at : m.start()])
        length += m.start() - at
        out.append(new)
        spans.append((length, length + len(new)))
        length += len(new)
        at = m.end()
    out.append(text[at:])
    return "".join(out), spans


def spoken_value(kind: str, value: str) -> str | None:
    """A phone's, an e-mail's or an ID's value that holds spoken words and is one only
    once they are read as signs and digits ("สามสี่ 70100611428": an ID dictated half in
    words, set 78); None otherwise (typed, or no such value spoken)."""
    checks = {
        "phone": normalise_phone,
        "email": normalise_email,
        "national_id": normalise_national_id,
    }
    check = checks.get(kind)
    if check is None or check(value) is not None:
        return None
    new, spans = written(value.strip())
    return new if spans and check(new) is not None else None


def as_written(
    candidates: list[FieldCandidate], kind_of: Callable[[str], str]
) -> list[FieldCandidate]:
    """`candidates` with each phone, e-mail or ID that a label gave as voice typing wrote it
    ("มือถือ: 089 ขีด 331 ขีด 5520") read as typed, less sure and flagged (`kind_of`: a
    key's field type)."""
    out = []
    for c in candidates:
        new = spoken_value(kind_of(c.key), c.value)
        if new is not None:
            flags = list(dict.fromkeys([*c.provenance.flags, SPOKEN]))
            provenance = c.provenance.model_copy(update={"flags": flags})
            confidence = min(c.confidence, SPOKEN_CONFIDENCE)
            update = {"value": new, "confidence": confidence, "provenance": provenance}
            c = c.model_copy(update=update)
        out.append(c)
    return out
