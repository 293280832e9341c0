"""An OCR'd address's place names put right by the postal code read with it.

A Thai postal code serves a handful of subdistricts, nearly always of one district of one
province (50180: ten subdistricts of แม่ริม, เชียงใหม่). OCR reads the five digits of a
code far more surely than the Thai of a name (`ต.หวยทลาย อ.แมริบ` for ต.ห้วยทราย
อ.แม่ริม), so where the address holds a code in use (or the page's postal code field
reads one), a name after its place word that is no place's name as read is made the one
name of that kind under the code that is clearly nearest: by skeleton (letters without
marks, look-alikes folded: `ocr_text.skeleton`), within about one edit per three letters,
and nearer by two than any other candidate (or alone that near). A part the address does
not name is never added; a name right as read, or a place's name elsewhere (the code may
be what was misread), stays. `ocr_places.with_place_names_mended` does the same by the
province read; this needs no province, and its few candidates allow a looser match.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.ocr_text import edit_distance, skeleton
from extractors.provinces import postal_code_exists, postal_code_provinces
from extractors.thai import thai_digits_to_arabic
from extractors.thai_places import all_place_names, districts

SUBDISTRICT, DISTRICT, PROVINCE = "subdistrict", "district", "province"
# A name after its place word (long or short, spaced or not; a speck read before the
# word: `'อำเภอ`), up to the next space, the next place word glued to it
# (`ต.บ้านใหม่อ.เมือง`: a letter after its dot; `ภูเก็ต.,` ends in ต) or anything not
# a Thai letter.
_PLACE = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:(?P<subdistrict>ตำบล|แขวง|ต\.)|(?P<district>อำเภอ|เขต|อ\.)"
    r"|(?P<province>จังหวัด|จ\.))\s*(?P<name>[\u0e01-\u0e4e]+?)"
    r"(?=[อจต]\.\s*[\u0e01-\u0e2e]|[^\u0e01-\u0e4e]|$)"
)
_CODE = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙]{5}(?![0-9๐-๙])")
LETTERS_PER_EDIT = 3  # a name is mended within one edit per this many letters (at least 1)
MARGIN = 2  # edits by which the nearest name must beat the next (one when read exactly)
MIN_LETTERS = 3  # a shorter word read after a place word is too little to go by


def with_names_by_postal_code(address: str, postal: str = "") -> str:
    """`address` with each name after ตำบล/แขวง, อำเภอ/เขต and จังหวัด (long or short)
    that is no place's name made the clearly nearest name of its kind under the postal
    code the address holds, or else `postal` (the page's field); as read where the two
    codes disagree, no code in use is read, or no name is clearly nearest."""
    code = _one_code(address, postal)
    if code is None:
        return address
    names = _names_under(code)
    return _PLACE.sub(lambda m: _mended(m, names), address)


def province_by_postal_code(code: str) -> str | None:
    """The one province a postal code in use serves; None for none or two."""
    digits = thai_digits_to_arabic(code).strip()
    if not re.fullmatch(r"\d{5}", digits) or not postal_code_exists(digits):
        return None
    served = postal_code_provinces(digits)
    return next(iter(served)) if len(served) == 1 else None


def _one_code(address: str, postal: str) -> str | None:
    """The one postal code in use the address holds or the field reads (both: alike)."""
    read = {thai_digits_to_arabic(c) for c in _CODE.findall(address)}
    read |= {thai_digits_to_arabic(postal).strip()} if postal.strip() else set()
    in_use = {c for c in read if re.fullmatch(r"\d{5}", c) and postal_code_exists(c)}
    return in_use.pop() if len(in_use) == 1 and len(read) == 1 else None


@cache
def _names_under(code: str) -> dict[str, frozenset[str]]:
    """Each kind of place -> the names of that kind under the postal code."""
    subs: set[str] = set()
    dists: set[str] = set()
    provs: set[str] = set()
    for d in districts():
        here = [name for name, codes in d.subdistricts.items() if code in codes]
        if here:
            subs.update(here)
            dists.add(d.name)
            provs.add(d.province)
    return {SUBDISTRICT: frozenset(subs), DISTRICT: frozenset(dists), PROVINCE: frozenset(provs)}


def _mended(m: re.Match[str], names: dict[str, frozenset[str]]) -> str:
    word = m.group("name")
    kind = next(k for k in (SUBDISTRICT, DISTRICT, PROVINCE) if m.group(k))
    if word in names[kind] or word in all_place_names() or _is_province(word):
        return m.group(0)
    best = clearly_nearest(word, names[kind])
    if best is None:
        return m.group(0)
    return m.group(0)[: m.start("name") - m.start(0)] + best


def clearly_nearest(word: str, names: frozenset[str]) -> str | None:
    """The name nearest `word` by skeleton, within one edit per three of its letters (rounded) and
    nearer than any other by MARGIN (by one where it is the word's skeleton exactly);
    None otherwise."""
    got = skeleton(word)
    if len(got) < MIN_LETTERS or not names:
        return None
    scored = sorted((edit_distance(got, _shape(n), len(got)), n) for n in names)
    best, name = scored[0]
    if best > max(1, (len(_shape(name)) + 1) // LETTERS_PER_EDIT):
        return None
    margin = 1 if best == 0 else MARGIN
    if len(scored) > 1 and scored[1][0] - best < margin:
        return None
    return name


@cache
def _shape(name: str) -> str:
    return skeleton(name)


def _is_province(word: str) -> bool:
    from extractors.provinces import match_province_exactly

    return match_province_exactly(word) is not None
