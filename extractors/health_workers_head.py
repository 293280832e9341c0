"""A sheet's head block naming the health worker or unit that made it: the maker's values.

A village health volunteer (อสม.) reporting a bedridden villager, a health centre
(รพ.สต.) referring a patient for a device, opens its sheet with a block of its own, then
the patient's rows under a blank one (set 81):

    แบบรายงานการเยี่ยมบ้าน...                     the form's title
    อสม.: นาง... | เลขบัตร | 3... | โทร | 08...    the volunteer, her ID, her mobile
    หมู่บ้าน: หมู่ 3 ...
    (blank)
    ผู้ป่วย / ชื่อ-สกุล: นาย...                     the patient's rows
    เลขประจำตัวประชาชน: ...

The request is the patient's: the head block's name, ID, phone, box and address are the
maker's. Where the patient's rows follow (an ID, a name or an address below the block),
they are set behind, below review, so a clerk sees whose they are where nothing else is
given. A head that names no health worker or unit is left as read (issuer_head reads a
firm's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.issuer_head import ISSUERS_CONFIDENCE

__all__ = ["without_health_workers_head"]

# A health worker or unit as a label of the head block's line ("อสม.: ...", "หน่วยบริการ:
# ...", "สถานบริการ", "รพ.สต. ...", "โรงพยาบาล..."): who made the sheet.
_MAKER = re.compile(r"\s*(?:อสม\.?|หน่วยบริการ|สถานบริการ|สถานีอนามัย|โรงพยาบาล|รพ\.)[^:：]*[:：]")
_PERSONS_KEYS = ("full_name", "national_id", "birth_date")
_KEYS = frozenset({*_PERSONS_KEYS, "phone", "email", "address", "province", "postal_code"})
# The patient's own values below the head: her rows follow.
_PERSONS = frozenset({"full_name", "national_id", "address"})
_NOT_DIGIT = re.compile(r"\D")


def without_health_workers_head(
    lines: Sequence[str], candidates: list[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` (read from `lines`, numbered from 1) with the values of a health
    worker's or unit's head block set behind (see the module's docstring)."""
    head = _head(lines)
    if not head:
        return candidates
    below = max(head)
    if not any(c.key in _PERSONS and (c.provenance.line or 0) > below for c in candidates):
        return candidates
    makers = {_same(c) for c in candidates if c.key in _KEYS and (c.provenance.line or 0) in head}
    return [_behind(c) if _same(c) in makers else c for c in candidates]


def _head(lines: Sequence[str]) -> set[int]:
    """The numbers of the first block's lines (down to the first blank one) where one of
    them names a health worker or unit under a label."""
    head: set[int] = set()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            break
        head.add(n)
    named = any(_MAKER.match(lines[n - 1]) for n in head)
    return head if named else set()


def _same(c: FieldCandidate) -> tuple[str, str]:
    """A value as compared: a number by its digits, anything else folded."""
    value = c.value
    if c.key in ("phone", "national_id"):
        return c.key, _NOT_DIGIT.sub("", value)
    return c.key, " ".join(value.lower().split())


def _behind(c: FieldCandidate) -> FieldCandidate:
    return c.model_copy(update={"confidence": min(c.confidence, ISSUERS_CONFIDENCE)})
