"""The province and postal code an address's place names prove, for a page whose own
province or postal code line was lost or misread (in the worker, on OCR values).

A Thai address names its subdistrict (ตำบล, ต., แขวง) and district (อำเภอ, อ., เขต),
and those names say the rest: a subdistrict of the district named lies in one province,
and has its postal code. OCR often loses a form's province or postal code line (a
faint box, a stamp over it, look-alikes: `S6000`) while the address line above reads,
so the page's fields are completed from it. Only what the names prove is taken: a
province named with its prefix (จ.ขอนแก่น) anywhere in the address, or the one province
in which a district named holds a subdistrict named (or, none such, a district within
an edit per four letters of a word: its name misread), or a district named with its
prefix that exists in one province only (อ.เมืองลำปาง); the postal code only where the
subdistricts named (or, none read, the one district named) have one code between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extractors.ocr_text import edit_distance, skeleton
from extractors.provinces import match_province_exactly
from extractors.thai_places import District, districts_holding, districts_named, in_province

_PREFIX = re.compile(r"^(?:ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|กิ่งอำเภอ|จังหวัด|จ\.)")
_DISTRICT_WORD = re.compile(r"^(?:อำเภอ|อ\.|เขต|กิ่งอำเภอ)")
_PROVINCE_WORD = re.compile(r"^(?:จังหวัด|จ\.)")
_SPLIT = re.compile(r"[\s,]+")


def places_in_address(address: str, province: str | None) -> tuple[str | None, str | None]:
    """(province, postal code) the place names of `address` prove, given the `province`
    read on the page if any (see the module's docstring); None for what they do not."""
    words = _words(address)
    named_districts = districts_named()
    pairs = {
        d
        for _, name in words
        for d in named_districts.get(name, ())
        if any(other in d.subdistricts for _, other in words if other != name)
    }
    pairs = pairs or _near_pairs(words)
    named = province
    if named is None:
        named = _named_province(words)
        if named is not None and pairs and named not in {d.province for d in pairs}:
            return None, None  # the address's own words disagree: nothing is sure
    if named is None:
        named = _one({d.province for d in pairs}) or _one(
            {
                prov
                for prefix, name in words
                if _DISTRICT_WORD.match(prefix) or name.startswith("เมือง")
                for prov in _one_province(named_districts.get(name, ()))
            }
        )
    if named is None:
        return None, None
    return named, _postal(words, named, pairs)


LETTERS_PER_EDIT = 4  # a district name read within one edit per four letters
MIN_LETTERS = 4  # a shorter name (พล) changed by one letter is another word


@cache
def _shape(name: str) -> str:
    return skeleton(name)


def _near_pairs(words: list[tuple[str, str]]) -> set[District]:
    """Each district within its edits of a word of the address (its name misread) that
    holds a subdistrict named exactly by another word."""
    holding = districts_holding()
    found = set()
    for _, sub in words:
        for district in holding.get(sub, ()):
            shape = _shape(district.name)
            if len(shape) < MIN_LETTERS:
                continue
            limit = max(1, len(shape) // LETTERS_PER_EDIT)
            if any(
                name != sub and edit_distance(skeleton(name), shape, limit) <= limit
                for _, name in words
            ):
                found.add(district)
    return found


def _words(address: str) -> list[tuple[str, str]]:
    """The address's words as (prefix, name): `อ.บ้านฝาง` and `อ. บ้านฝาง` alike."""
    out: list[tuple[str, str]] = []
    prefix = ""
    for word in _SPLIT.split(address):
        m = _PREFIX.match(word)
        head, name = (m.group(0), word[m.end() :]) if m else ("", word)
        if not name:
            prefix = head
            continue
        out.append((head or prefix, name))
        prefix = ""
    return out


def _named_province(words: list[tuple[str, str]]) -> str | None:
    return _one(
        {
            p
            for prefix, name in words
            if _PROVINCE_WORD.match(prefix) and (p := match_province_exactly(name))
        }
    )


def _one_province(entries: tuple[District, ...]) -> set[str]:
    found = {d.province for d in entries}
    return found if len(found) == 1 else set()


def _one(values: Iterable[str]) -> str | None:
    found = set(values)
    return found.pop() if len(found) == 1 else None


def _postal(words: list[tuple[str, str]], province: str, pairs: set[District]) -> str | None:
    chosen = {d for d in pairs if d.province == province} or {
        d for _, name in words for d in districts_named().get(name, ()) if d.province == province
    }
    if not chosen:  # the subdistricts of the whole province
        codes = [
            d.subdistricts[name]
            for d in in_province(province)
            for _, name in words
            if name in d.subdistricts
        ]
    else:
        codes = [
            d.subdistricts[name] for d in chosen for _, name in words if name in d.subdistricts
        ]
        if not codes and len(chosen) == 1:
            codes = list(next(iter(chosen)).subdistricts.values())
    merged = {code for group in codes for code in group}
    return merged.pop() if len(merged) == 1 else None
