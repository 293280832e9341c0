"""A group's roster naming a contact in its head block beside its chair's row: hers behind.

    ทะเบียนสมาชิก<group>
    ที่ตั้ง        | 41 หมู่ที่ 2 ...
    ผู้ประสานงาน   | นาง<secretary> | โทร | 08...
    ลำดับ | ชื่อ-สกุล | เลขประจำตัวประชาชน | ตำแหน่ง | โทรศัพท์
    1     | นาย<chair> | ...                | ประธาน  | 08...

A community enterprise's or a group's sheet of its members names, above the list, the one
a clerk may call about it (role_words.CONTACT: a coordinator, a contact person), and in the
list each member's office. The chair signs and asks for the group (sets 28, 66, 71); the
contact is one of its staff, neither the group nor the one who signs for it (set 85). Both
names were read sure ("ผู้ประสานงาน" is a petition's coordinator's label, set 71), the
head block's first, so the secretary and her mobile were taken (set 113). Where the sheet
names exactly one chair and the contact is another person, the contact's name and the
phone and e-mail lines right under it are set behind (set_behind.behind): kept for a clerk
to see, never the applicant's without a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.role_words import CONTACT, GROUP_CHAIR
from extractors.set_behind import behind
from extractors.thai import CIVIL_TITLE
from extractors.title_options import TITLED_NAME

__all__ = ["contacts_behind_chair"]

_CHAIR_CELL = re.compile(rf"\s*{GROUP_CHAIR}\s*")
_TITLED = re.compile(rf"\s*{CIVIL_TITLE}")
# "ผู้ประสานงาน: นาง...", "ชื่อผู้ติดต่อ: ..." as the sheet's reader joins a row's cells
_CONTACT_LINE = re.compile(rf"^\s*(?:ชื่อ)?\s*{CONTACT}\s*[:：]\s*(?P<v>{TITLED_NAME})")
_REACH = frozenset({"phone", "email"})


def contacts_behind_chair(
    rows: Sequence[Sequence[str]], lines: Sequence[str], found: list[FieldCandidate]
) -> list[FieldCandidate]:
    """`found` (read from `lines`, numbered from 1, of the sheet's `rows`) with a head
    block's contact's name, phone and e-mail set behind where the rows name one chair who
    is another person (see the module's docstring)."""
    chairs = _chairs(rows)
    if len(chairs) != 1:
        return found
    chair = chairs.pop()
    theirs: set[int] = set()
    for n, line in enumerate(lines, start=1):
        m = _CONTACT_LINE.match(line)
        if m is None or _bare(m.group("v")) == chair:
            continue
        theirs.add(n)
        theirs |= _reach_lines_under(found, n, len(lines))
    if not theirs:
        return found
    return [
        behind(c)
        if (c.provenance.line or 0) in theirs and (c.key == "full_name" or c.key in _REACH)
        else c
        for c in found
    ]


def _chairs(rows: Sequence[Sequence[str]]) -> set[str]:
    """The titled names of the rows whose office cell is the chair's alone."""
    names: set[str] = set()
    for row in rows:
        if any(_CHAIR_CELL.fullmatch(cell or "") for cell in row):
            names |= {_bare(cell) for cell in row if cell and _TITLED.match(cell)}
    return names


def _reach_lines_under(found: Sequence[FieldCandidate], n: int, last: int) -> set[int]:
    """The lines right under line `n` that give only a phone or an e-mail (the contact's
    row read on: "โทร: 08..."), up to the first that gives anything else or nothing."""
    under: set[int] = set()
    for at in range(n + 1, last + 1):
        keys = {c.key for c in found if c.provenance.line == at}
        if not keys or not keys <= _REACH:
            break
        under.add(at)
    return under


def _bare(name: str) -> str:
    """A name with its spaces as one, for comparing."""
    return " ".join(name.split())
