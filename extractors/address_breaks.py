"""An address broken inside a word at a line's end, mended.

A form copied out of a PDF viewer ends each printed line with a hard break wherever the
line fell, inside a word too ("... ตำบลท่าช้าง อำ" / "เภออินทร์บุรี ..."). Thai puts no
space between the letters of a word but one between an address's parts, so the pieces
are joined only where together they make a word the break cut: an address part's word
(อำเภอ, ตำบล...) or a place's name (a district, a subdistrict, a province). Anywhere else
the break stays a line's end.
"""

from __future__ import annotations

from functools import cache

from extractors.address_parts import (
    DISTRICT_WORDS,
    HOUSE_WORDS,
    PLACE_WORDS,
    POSTAL_WORD,
    PROVINCE_WORD,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
    abbreviated,
)
from extractors.provinces import provinces
from extractors.thai_places import all_place_names

# every word of an address's parts, the longest first: "หมู่|บ้าน" is cut in หมู่บ้าน
_PART_WORDS = sorted(
    (*HOUSE_WORDS, *STREET_WORDS, *SUBDISTRICT_WORDS, *DISTRICT_WORDS, *PLACE_WORDS,
     PROVINCE_WORD, POSTAL_WORD),
    key=lambda w: (-len(w), w),
)  # fmt: skip
# ... and their short forms before a name ("อ.เมืองสุโข" / "ทัย", a narrow cell's wrap)
_SHORT_WORDS = abbreviated((*SUBDISTRICT_WORDS, *DISTRICT_WORDS, PROVINCE_WORD))


def joined_across_break(head: str, tail: str) -> str:
    """`head` and `tail`, two lines of one address, as one text: no space where the
    break cut a word, a newline anywhere else."""
    last, first = head.rstrip().rsplit(None, 1)[-1:], tail.lstrip().split(None, 1)[:1]
    if last and first and _cut_word(last[0], first[0]):
        return head.rstrip() + tail.lstrip()
    return f"{head}\n{tail}"


def _cut_word(before: str, after: str) -> bool:
    """Whether `before` + `after` is a word (or a part's word and a name) that the break
    cut: the whole word runs past the break's point."""
    if not (_is_thai_letter(before[-1]) and _is_thai_letter(after[0])):
        return False
    for short in _SHORT_WORDS:
        if before.startswith(short) and len(before) > len(short):
            before = before[len(short) :]
            break
    joined = before + after
    for word in _PART_WORDS:
        if joined.startswith(word):
            if len(before) < len(word):
                return True  # "อำ|เภอ"
            before, joined = before[len(word) :], joined[len(word) :]
            break
    if not before or before in _all_names():
        return False  # "ตำบลบางพลี|อำเภอ...": a whole name ends the line
    return any(
        joined.startswith(name) and len(name) > len(before) for name in _names_starting(before[0])
    )


def _is_thai_letter(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e4e"  # Thai letters, vowels and marks; not its digits


@cache
def _all_names() -> frozenset[str]:
    return all_place_names() | {province.name_th for province in provinces()}


@cache
def _names_starting(letter: str) -> tuple[str, ...]:
    return tuple(name for name in _all_names() if name.startswith(letter))
