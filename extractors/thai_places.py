"""Thailand's provinces, districts and subdistricts, walked once and kept.

Several readers need the country's place names from `geothai` (see `extractors.provinces`
for the data's source and licence): which provinces a postal code serves, a province's
districts and subdistricts to mend a misread name, the district that holds a subdistrict
to prove an address's province. Each used to walk geothai's 928 districts and 7,436
subdistricts into its own table; they now share this one, built on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import geothai

__all__ = [
    "District",
    "all_place_names",
    "districts",
    "districts_holding",
    "districts_named",
    "in_province",
]

# A district's official name carries its kind (เขต in Bangkok); readers match the bare name.
_DISTRICT_PREFIX = re.compile("^(?:อำเภอ|เขต|กิ่งอำเภอ)")


@dataclass(frozen=True, eq=False)  # one object per district: hashed by identity
class District:
    code: str  # DOPA district code, four digits
    name: str  # without อำเภอ/เขต/กิ่งอำเภอ: `เมืองขอนแก่น`, `บางรัก`
    province: str  # the province's canonical Thai name
    subdistricts: Mapping[str, frozenset[str]]  # subdistrict name -> its postal codes


@cache
def districts() -> tuple[District, ...]:
    """Every district of the country, in DOPA code order."""
    found: list[District] = []
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            subs: dict[str, frozenset[str]] = {}
            for sub in geothai.subdistricts(district.code):
                subs[sub.name_th] = subs.get(sub.name_th, frozenset()) | frozenset(sub.postal_codes)
            found.append(
                District(
                    code=district.code,
                    name=_DISTRICT_PREFIX.sub("", district.name_th),
                    province=province.name_th,
                    subdistricts=MappingProxyType(subs),
                )
            )
    return tuple(found)


@cache
def districts_named() -> Mapping[str, tuple[District, ...]]:
    """Bare district name -> the districts of that name (a few names recur)."""
    named: dict[str, list[District]] = {}
    for d in districts():
        named.setdefault(d.name, []).append(d)
    return MappingProxyType({name: tuple(ds) for name, ds in named.items()})


@cache
def districts_holding() -> Mapping[str, tuple[District, ...]]:
    """Subdistrict name -> the districts holding a subdistrict of that name."""
    holding: dict[str, list[District]] = {}
    for d in districts():
        for name in d.subdistricts:
            holding.setdefault(name, []).append(d)
    return MappingProxyType({name: tuple(ds) for name, ds in holding.items()})


@cache
def in_province(province: str) -> tuple[District, ...]:
    """The districts of the province with this canonical Thai name."""
    return tuple(d for d in districts() if d.province == province)


@cache
def all_place_names() -> frozenset[str]:
    """Every subdistrict and (bare) district name of the country."""
    names: set[str] = set()
    for d in districts():
        names.add(d.name)
        names.update(d.subdistricts)
    return frozenset(names)
