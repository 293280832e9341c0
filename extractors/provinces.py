"""The 77 provinces of Thailand and their postal codes, matched from the forms people write.

The data comes from the `geothai` package (code MIT; data CC-BY-4.0 from GeoThai/data,
built from the Department of Provincial Administration's codes and Thailand Post's postal
code booklet). It ships inside the wheel and loads without network access. Only this
module and `extractors.thai_places` (its districts and subdistricts, walked once for every
reader) import it, so the source can be swapped without touching callers.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

import geothai

from extractors.thai import fold_label, thai_digits_to_arabic
from extractors.thai_places import districts

__all__ = [
    "PROVINCE_COUNT",
    "Province",
    "match_province",
    "match_province_exactly",
    "postal_area_provinces",
    "postal_code_exists",
    "postal_code_provinces",
    "provinces",
]

PROVINCE_COUNT = 77  # 76 provinces plus Bangkok, as of the data release in use

Province = geothai.types.Province

# Names people write that are not the official Thai or English name once folded
# (spaces, dots and hyphens already vanish in the fold, so "Chon Buri" = "Chonburi").
_ALIASES: dict[str, tuple[str, ...]] = {
    "10": (
        "กทม",
        "กรุงเทพ",
        "กรุงเทพฯ",
        "กรุงเทพมหานครฯ",
        "Krung Thep",
        "Krung Thep Maha Nakhon",
        "Bangkok Metropolis",
        "BKK",
    ),
    "11": ("Samut Prakarn", "Samutprakarn"),
    "13": ("Patum Thani", "Prathum Thani"),
    "14": ("อยุธยา", "Ayutthaya", "Ayuthaya", "Ayudhya"),
    "27": ("Sa Kaew", "Srakaew"),
    "30": ("โคราช", "Korat", "Khorat", "Nakorn Ratchasima"),
    "33": ("Srisaket",),
    "34": ("อุบล", "Ubon"),
    "38": ("Bungkan",),
    "41": ("อุดร", "Udon"),
    "42": ("Loey",),
    "44": ("Maha Sarakam",),
    "47": ("Sakonnakorn", "Sakon Nakorn"),
    "48": ("Nakorn Phanom", "Nakhon Panom"),
    "54": ("Prae",),
    "56": ("Payao",),
    "60": ("Nakorn Sawan", "Nakornsawan"),
    "62": ("Kampaeng Phet", "Kampangpet"),
    "65": ("Pitsanulok", "Phitsanuloke"),
    "66": ("Pichit",),
    "67": ("Petchabun", "Phetchaboon"),
    "73": ("Nakorn Pathom",),
    "74": ("Samut Sakorn",),
    "75": ("Samut Songkram",),
    "76": ("Petchaburi", "Phetburi"),
    "77": ("Prachuab Khiri Khan",),
    "80": ("นครศรีฯ", "Nakorn Sri Thammarat", "Nakhon Sri Thammarat"),
    "82": ("Pang Nga",),
    "84": ("สุราษฎร์", "สุราษฎร์ฯ", "Surat"),
    "86": ("Chumporn",),
    "90": ("Songkla",),
    "91": ("Satul",),
    "93": ("Phattalung", "Patthalung"),
}

# Words around a name that say "province" and carry no identity.
_PREFIX = re.compile(r"^(?:จังหวัด|จ\.|จ\s+|changwat\s+|province\s+of\s+)", re.IGNORECASE)
_SUFFIX = re.compile(r"(?<!\s)\s*(?:province|prov\.?)\s*$", re.IGNORECASE)


def provinces() -> list[Province]:
    """All provinces, sorted by their DOPA code."""
    return geothai.provinces()


# ไปยาลน้อย after a name only says it is cut short ("อุบลฯ", "กรุงเทพฯ"): the short form
# with it is the short form without it (set 40).
_CUT_SHORT = re.compile(r"(?<=\S)\s*ฯ$")


def _key(text: str) -> str:
    stripped = _SUFFIX.sub("", _PREFIX.sub("", text.strip()))
    return fold_label(_CUT_SHORT.sub("", stripped))


@cache
def _index() -> dict[str, str]:
    """Folded name or alias -> canonical Thai name."""
    index: dict[str, str] = {}
    for p in provinces():
        for name in (p.name_th, p.name_en, *_ALIASES.get(p.code, ())):
            index[_key(name)] = p.name_th
    return index


def match_province(text: str) -> str | None:
    """The canonical Thai name of the province `text` names, or None.

    Reads Thai or English names with or without "จังหวัด", "จ." or "Province", any spacing,
    common alternative spellings, and close misspellings of names of five letters or more
    when exactly one province is that close.
    """
    key = _key(text)
    if not key:
        return None
    index = _index()
    if key in index:
        return index[key]
    if len(key) < 5:
        return None
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.85)
    names = {index[c] for c in close}
    return names.pop() if len(names) == 1 else None


def match_province_exactly(text: str) -> str | None:
    """Like `match_province`, but no near misses: for a bare word that may be something
    else (a district named after its province, a road)."""
    key = _key(text)
    return _index().get(key) if key else None


def _postal_digits(code: str) -> str:
    return thai_digits_to_arabic(code).strip()


def postal_code_exists(code: str) -> bool:
    """True when Thailand Post uses this five-digit code for some subdistrict."""
    return bool(postal_code_provinces(code))


def postal_code_provinces(code: str) -> frozenset[str]:
    """Canonical Thai names of the provinces a postal code serves (a few serve two)."""
    digits = _postal_digits(code)
    if not re.fullmatch(r"\d{5}", digits):
        return frozenset()
    return _postal_provinces().get(digits, frozenset())


def postal_area_provinces(code: str) -> frozenset[str]:
    """The provinces whose postal area a five-digit code's first two digits name (40...:
    Khon Kaen; 10...: Bangkok and Samut Prakan): where a code the sub-districts' booklet
    does not list (an organisation's own, Thailand Post gives a large campus or office
    one) may lie."""
    digits = _postal_digits(code)
    if not re.fullmatch(r"\d{5}", digits):
        return frozenset()
    return _postal_areas().get(digits[:2], frozenset())


@cache
def _postal_areas() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for code, served in _postal_provinces().items():
        grouped.setdefault(code[:2], set()).update(served)
    return {area: frozenset(v) for area, v in grouped.items()}


@cache
def _postal_provinces() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for district in districts():
        for codes in district.subdistricts.values():
            for code in codes:
                grouped.setdefault(code, set()).add(district.province)
    return {code: frozenset(v) for code, v in grouped.items()}
