"""An office's numbered letter: the contacts in its head are the office's (set 74).

    คณะ... มหาวิทยาลัย...                         the office's name: no person
    <its address>
    โทรศัพท์ <its line>  อีเมล <its box>
    ที่ อว 0603.05/1433          3 ธันวาคม 2569   the office's letter number
    เรื่อง ... / เรียน ...
    ... จึงขอความอนุเคราะห์รับ <student> รหัสประจำตัวนักศึกษา ...

A faculty, a school or a hospital writes to the town for a student or a patient on its
letterhead. Its letter is numbered as only an office numbers its letters: "ที่", the
office's code in Thai letters, a number and "/" (ที่ อว 0603.05/1433, ที่ ศธ 04002/ว 12),
and the lines above that number are its letterhead. Their phone, box and address are
the office's, never those of the one it writes for: set behind (flagged where nothing
else is given), with the same number or box lower down. A head that names a person (a
citizen's own letterhead) is left as read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.issuer_head import ISSUERS_CONFIDENCE
from extractors.thai import CIVIL_TITLE

__all__ = ["without_offices_letterhead"]

_CONTACT_KEYS = frozenset({"address", "province", "postal_code", "phone", "email"})
_PERSON_KEYS = frozenset({"full_name", "national_id", "birth_date"})
# "ที่ อว 0603.05/1433", "ที่ ศธ 04002/ว 12", "ที่ มท ๐๘๐๘.๒/ว ๑๒๓": an office's letter number.
_LETTER_NUMBER = re.compile(
    r"^\s*ที่\s+[\u0e01-\u0e2e]{1,4}\.?\s*[0-9๐-๙][0-9๐-๙.]*\s*/\s*(?:ว\.?\s*)?[0-9๐-๙]"
)
_HEAD_AT_MOST = 8  # lines: a letterhead is a name, an address, a line or two
_PERSON = re.compile(CIVIL_TITLE)
_NOT_DIGIT = re.compile(r"\D")


def without_offices_letterhead(
    lines: Sequence[str], candidates: list[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` (read from `lines`, numbered from 1) with the contacts of an office's
    letterhead set behind (see the module's docstring)."""
    head = _head_lines(lines)
    if not head:
        return candidates
    in_head = [c for c in candidates if (c.provenance.line or 0) in head]
    if any(c.key in _PERSON_KEYS for c in in_head):
        return candidates  # a person's own letterhead
    offices = {_same(c) for c in in_head if c.key in _CONTACT_KEYS}
    return [_behind(c) if _same(c) in offices else c for c in candidates]


def _head_lines(lines: Sequence[str]) -> set[int]:
    """The numbers of the lines above the office's letter number, when it comes within
    the first lines and the first of them names no person."""
    for n, line in enumerate(lines[: _HEAD_AT_MOST + 1], start=1):
        if _LETTER_NUMBER.match(line):
            head = [k for k in range(1, n) if lines[k - 1].strip()]
            if not head or _PERSON.search(lines[head[0] - 1]):
                return set()
            return set(head)
    return set()


def _same(c: FieldCandidate) -> tuple[str, str]:
    """A value as compared: a number by its digits, anything else folded."""
    value = _NOT_DIGIT.sub("", c.value) if c.key == "phone" else " ".join(c.value.lower().split())
    return c.key, value


def _behind(c: FieldCandidate) -> FieldCandidate:
    return c.model_copy(update={"confidence": min(c.confidence, ISSUERS_CONFIDENCE)})
