"""Whose part of a fillable report a field is, by the part its name opens with.

A report's fillable form names its boxes by part and field in Thai, "<part>_<field>":
ผู้ถูกกัด_ชื่อ, ผู้ถูกกัด_เลขบัตร (the one bitten or harmed), เจ้าของสัตว์_ชื่อ (the
animal's owner), ผู้แจ้ง_ชื่อ (the one who reports, where it is not the one harmed: a
parent for a child). Keyed by the field alone, every part's name, ID and phone stood
level, and the owner's section was read as the applicant (set 125). The form itself says
who reports (sets 31/63): the informant's part when it is filled in, else the one harmed
who files himself. Every other part's boxes are another's (set behind by the form's
reader); a form with no such two parts is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.role_words import INFORMANT, VICTIM

__all__ = ["others_parts"]

# "<part>_<field>" in Thai: the part's words before the first separator.
_PART = re.compile(r"^\s*(?P<part>[\u0e01-\u0e4e]{3,30})\s*[_.\-]\s*[\u0e01-\u0e4e]")
_INFORMANT = re.compile(rf"{INFORMANT}")
# The one harmed: bitten, scratched, hurt, injured (ผู้ถูกกัด, ผู้ถูกทำร้าย, ผู้บาดเจ็บ), a
# victim; not the one complained of (ผู้ถูกร้อง, ผู้ถูกกล่าวหา).
_HARMED = re.compile(rf"ผู้ถูก(?!ร้อง|กล่าวหา|ฟ้อง)|ผู้บาดเจ็บ|{VICTIM}")
# A box the informant's part fills with a name: its name field ("ผู้แจ้ง_ชื่อ").
_NAME_FIELD = re.compile(r"[_.\-]\s*ชื่อ")


def _part(name: str) -> str | None:
    found = _PART.match(name)
    return found.group("part") if found else None


def others_parts(fields: Sequence[tuple[str, str]]) -> set[str]:
    """The names of the boxes, of (name, value) `fields`, in parts of another than the
    one who reports: see the module's docstring."""
    parts = {name: part for name, _ in fields if (part := _part(name)) is not None}
    if len(set(parts.values())) < 2:
        return set()
    informant = {p for p in parts.values() if _INFORMANT.match(p)}
    harmed = {p for p in parts.values() if _HARMED.match(p)}
    named = {
        parts[name]
        for name, value in fields
        if name in parts and value.strip() and _NAME_FIELD.search(name)
    }
    filed = informant & named
    if len(filed) == 1:
        own = filed
    elif len(harmed) == 1 and informant and not filed:
        own = harmed  # the informant's part left empty: the one harmed files himself
    else:
        return set()
    return {name for name, part in parts.items() if part not in own}
