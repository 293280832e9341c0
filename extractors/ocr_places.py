"""A province name OCR misread, matched to the one province whose letters it keeps.

The province field takes one of 77 names, so a misread one need not be lost: OCR drops
marks and confuses a few letters (`อบอดราชธานี` for อุบลราชธานี, `ยอนแกแ` for ขอนแก่น),
and the letters left still point at one name. The value is compared by its skeleton
(letters without marks, look-alikes folded: `ocr_text.skeleton`) with each province's;
the nearest within one edit per four letters wins, only when no other province is as
near. `provinces.match_province` already reads close spellings of a typed name; this is
for what OCR does to one, and the value is flagged `ocr_repaired`.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.ocr_text import edit_distance, skeleton
from extractors.provinces import match_province, provinces
from extractors.thai_places import all_place_names, in_province

_PREFIX = re.compile(r"^\s*(?:จังหวัด|จ\s*\.|จ\s)\s*")
MIN_LETTERS = 4  # a shorter skeleton (ตาก, น่าน) changed by one letter is another word


@cache
def _skeletons() -> dict[str, str]:
    return {skeleton(p.name_th): p.name_th for p in provinces()}


def province_by_letters(value: str) -> str | None:
    """The canonical name of the one province nearest `value` by skeleton, within one
    edit per four letters; None when `value` names a province already, or none or two
    are that near."""
    if match_province(value) is not None:
        return None
    text = _PREFIX.sub("", value)
    found = _nearest_province(skeleton(text).replace(" ", ""))
    words = text.split()
    if found is None and len(words) > 1 and _specks(" ".join(words[1:])):
        # OCR's specks after the name ("พัทฤุง . กา"): the name is the first word
        found = _nearest_province(skeleton(words[0]))
    return found


MAX_SPECK_LETTERS = 3  # letters OCR makes of dirt after a value: more is a second word


def _specks(rest: str) -> bool:
    return sum(ch.isalpha() for ch in rest) <= MAX_SPECK_LETTERS


def _nearest_province(got: str) -> str | None:
    if len(got) < MIN_LETTERS:
        return None
    near: dict[int, set[str]] = {}
    for shape, name in _skeletons().items():
        limit = max(1, len(shape) // 4)
        distance = edit_distance(got, shape, limit)
        if distance <= limit and len(shape) >= MIN_LETTERS:
            near.setdefault(distance, set()).add(name)
    if not near:
        return None
    best = near[min(near)]
    return next(iter(best)) if len(best) == 1 else None


# An address's subdistrict and district, after their place word (long or short form).
_SUBDISTRICT = re.compile(r"(?:(?<=\s)|^)(ตำบล|แขวง|ต\.)\s*([\u0e01-\u0e4e]+)")
_DISTRICT = re.compile(r"(?:(?<=\s)|^)(อำเภอ|เขต|อ\.)\s*([\u0e01-\u0e4e]+)")
LETTERS_PER_EDIT = 4  # a name is mended within one edit per this many of its characters


def with_place_names_mended(address: str, province: str, postal: str = "") -> str:
    """`address` with the subdistrict and district named after ตำบล/แขวง and อำเภอ/เขต,
    where misread (`คอนแก้ว`, `ทุ่งคร`, `แก๊งครัด`), made the one official name of the
    province read on the same page (and, for the subdistrict, of the postal code when it
    is one of that province's) that is within one edit per four characters, no other
    name being as near. A name that is a place's anywhere as read (the citizen's
    province may be the one misread), or that two names are as near, stays as read.
    A place word read as a short Latin word before such a name (`dua ในเมือง`) is put
    back: ตำบล (แขวง in Bangkok) before a subdistrict, อำเภอ (เขต) before a district."""
    name = match_province(province)
    if name is None:
        return address
    subdistricts, districts = _places(name)
    near_code = [n for n, codes in subdistricts.items() if postal in codes]
    address = _DISTRICT.sub(lambda m: _mended(m, list(districts)), address)
    address = _SUBDISTRICT.sub(lambda m: _mended(m, near_code or list(subdistricts)), address)
    bangkok = name == BANGKOK
    return _LATIN_PLACE_WORD.sub(
        lambda m: _place_word(m, near_code or list(subdistricts), list(districts), bangkok),
        address,
    )


BANGKOK = "กรุงเทพมหานคร"  # its subdistricts are แขวง and its districts เขต
# A short Latin word before a Thai name: a Thai place word Tesseract read as Latin (it
# reads a word it cannot make out in the line's other script: `dua` for ตำบล).
_LATIN_PLACE_WORD = re.compile(r"(?:(?<=\s)|^)[A-Za-z]{2,6}\s+([\u0e01-\u0e4e]+)")


def _place_word(
    m: re.Match[str], subdistricts: list[str], districts: list[str], bangkok: bool
) -> str:
    """The place word and the name after a Latin word, when the name (mended as
    `_nearest` does) is one of the province's subdistricts or districts and not both."""
    word = m.group(1)
    sub = word if word in subdistricts else _nearest(word, subdistricts)
    district = word if word in districts else _nearest(word, districts)
    if (sub is None) == (district is None):
        return m.group(0)
    if sub is not None:
        return f"{'แขวง' if bangkok else 'ตำบล'} {sub}"
    return f"{'เขต' if bangkok else 'อำเภอ'} {district}"


def _mended(m: re.Match[str], names: list[str]) -> str:
    word = m.group(2)
    if word in names or word in all_place_names():
        return m.group(0)
    best = _nearest(word, names)
    return m.group(0) if best is None else m.group(0)[: m.start(2) - m.start(0)] + best


def _nearest(word: str, names: list[str]) -> str | None:
    """The one name within its edits of `word`, nearer than any other; None otherwise."""
    scored = sorted(
        (edit_distance(word, n, max(1, len(n) // LETTERS_PER_EDIT)), n) for n in set(names)
    )
    fits = [(d, n) for d, n in scored if d <= max(1, len(n) // LETTERS_PER_EDIT)]
    if not fits or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return None
    return fits[0][1]


@cache
def _places(province: str) -> tuple[dict[str, set[str]], set[str]]:
    """A province's subdistrict names (each with its postal codes) and district names."""
    subdistricts: dict[str, set[str]] = {}
    districts: set[str] = set()
    for district in in_province(province):
        districts.add(district.name)
        for name, codes in district.subdistricts.items():
            subdistricts.setdefault(name, set()).update(codes)
    return subdistricts, districts
