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

Such a letter names the one it writes for only in its sentence ("จึงขอความอนุเคราะห์รับ
<student> รหัสประจำตัวนักศึกษา ...", "ขอส่ง <student> เข้าฝึกงาน"), under no label: that
titled name is read as hers, as a sentence's value is (flagged for a look).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, Provenance, ProvenanceKind
from extractors.prose import PROSE_CONFIDENCE
from extractors.set_behind import behind, compared, with_values_behind
from extractors.thai import CIVIL_TITLE
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = ["OFFICE_WRITES_FOR", "offices_subject", "without_offices_letterhead"]

OFFICE_WRITES_FOR = "the one an office's numbered letter asks for (ขอความอนุเคราะห์รับ/ขอส่ง)"
# "จึงขอความอนุเคราะห์รับ <name>", "ขอส่ง <name>", "ขอส่งตัว <name>": whom the office sends.
_ASKS_FOR = re.compile(
    rf"ขอ(?:ความอนุเคราะห์)?\s*(?:รับ|ส่ง(?:ตัว)?)\s*"
    rf"(?P<v>{TITLED_NAME})"
)
# "ด้วย <name> รหัสนักศึกษา ...": a name its student code follows is the student's, however
# the sentence opens (set 96: "ด้วย นายธนา ... รหัสนักศึกษา 64... ประสงค์จะเข้าฝึกงาน").
# So is one its bare code follows under the student's name label ("ชื่อนักศึกษา <name>
# รหัส 64..."); not students named beside the researcher who asks ("พร้อมด้วยนักศึกษา
# <name> รหัส ...", set 85).
_STUDENT_CODED = re.compile(
    rf"(?P<v>{TITLED_NAME})\s*รหัส(?:ประจำตัว)?นักศึกษา"
    rf"|ชื่อ\s*(?:-\s*สกุล\s*)?นักศึกษา\s*[:：]?\s*(?P<w>{TITLED_NAME})\s*รหัส"
)

_CONTACT_KEYS = frozenset({"address", "province", "postal_code", "phone", "email"})
_PERSON_KEYS = frozenset({"full_name", "national_id", "birth_date"})
# "ที่ อว 0603.05/1433", "ที่ ศธ 04002/ว 12", "ที่ มท ๐๘๐๘.๒/ว ๑๒๓": an office's letter number.
_LETTER_NUMBER = re.compile(
    r"^\s*ที่\s+[\u0e01-\u0e2e]{1,4}\.?\s*[0-9๐-๙][0-9๐-๙.]*\s*/\s*(?:ว\.?\s*)?[0-9๐-๙]"
)
_HEAD_AT_MOST = 8  # lines: a letterhead is a name, an address, a line or two
_PERSON = re.compile(CIVIL_TITLE)


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
    return with_values_behind(candidates, {compared(c) for c in in_head if c.key in _CONTACT_KEYS})


def offices_subject(
    lines: Sequence[str],
    candidates: list[FieldCandidate],
    *,
    part: str,
    kind: ProvenanceKind,
    by_office: bool = False,
) -> list[FieldCandidate]:
    """`candidates` with the name of the one an office's numbered letter in `lines` asks
    for (see the module's docstring): over any other name read from its sentences or its
    signature (the director who signs it, the dean it cites: the office's people), not
    over a name under a label of a form inside it. `by_office`: the mail is an office's
    (office_sender_box), its letter numbered or not."""
    if not (by_office or _head_lines(lines) or _numbered(lines)):
        return candidates
    for n, line in enumerate(lines, start=1):
        m = _ASKS_FOR.search(line) or _STUDENT_CODED.search(line)
        said = (m.group("v") or m.groupdict().get("w")) if m else None
        name = clean_value("name", " ".join(said.split())) if said else None
        if name:
            where = Provenance(
                part=part, kind=kind, line=n, label=OFFICE_WRITES_FOR, method="prose"
            )
            asked = FieldCandidate(
                key="full_name", value=name, provenance=where, confidence=PROSE_CONFIDENCE
            )
            return [behind(c) if _offices_person(c, name) else c for c in candidates] + [asked]
    return candidates


def _offices_person(c: FieldCandidate, asked: str) -> bool:
    """A name read from the letter's prose (its signature, a sentence) other than the one
    it asks for."""
    return c.key == "full_name" and c.provenance.method == "prose" and c.value != asked


def _numbered(lines: Sequence[str]) -> bool:
    """Whether the letter opens with an office's number, its head beside or below it
    (the number on the first line, the faculty's place at its right)."""
    first = next((line for line in lines[:_HEAD_AT_MOST] if line.strip()), "")
    return _LETTER_NUMBER.match(first) is not None


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
