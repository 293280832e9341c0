"""The owner a filer's sheet is for, named only by her part in it.

A contractor's, a surveyor's or an engineer's sheet for a land owner's notice (to dig or
fill land, to build) opens with its own head block (the partnership as ผู้ยื่น, its man
as ผู้ติดต่อ with his mobile and box) and names the owner on a row of her own:

    ผู้ยื่น | ห้างหุ้นส่วนจำกัด ... | ทะเบียนนิติบุคคล | ...
    ผู้ติดต่อ | นาย<contractor's man> | มือถือ | ...
    (blank)
    เจ้าของที่ดิน | นาง<owner>
    เลขประจำตัวประชาชน | ...

The land, the notice are hers (set 63's ruling: the one a filing is for is the
applicant). The owner's word labels no name a reader takes (a tenant names her landlord
so), so her name is read here only where the sheet gives no sure name of its own (its
head's names already set behind as a maker's or a contact's), and then no surer than a
name found in sentences: a clerk looks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, Provenance, ProvenanceKind
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = ["OWNER_CONFIDENCE", "with_owners_row"]

# Above a maker's values set behind (set_behind.BEHIND_CONFIDENCE), below review.
OWNER_CONFIDENCE = 0.6
# Below this a name is flagged (review.REVIEW_BELOW): the sheet says nothing sure of whom.
_SURE = 0.8
# The owner of what a permit or a notice is about: a plot, a building, a title deed.
# Not a house's (เจ้าของบ้าน): a tenant's landlord.
_OWNERS_PART = r"เจ้าของ(?:ที่ดิน|อาคาร|กรรมสิทธิ์|แปลง(?:ที่ดิน)?|โฉนด(?:ที่ดิน)?)"
_OWNERS_LINE = re.compile(
    rf"^\s*(?:ชื่อ(?:\s*-?\s*(?:นาม)?สกุล)?)?\s*(?P<part>{_OWNERS_PART})\s*[:：]\s*(?P<v>{TITLED_NAME})"
)


def with_owners_row(
    lines: Sequence[str], found: list[FieldCandidate], *, part: str, kind: ProvenanceKind
) -> list[FieldCandidate]:
    """`found` (read from `lines`, numbered from 1) with the owner's name from her row
    added, flagged, where no name read is sure (see the module's docstring)."""
    if any(c.key == "full_name" and c.confidence >= _SURE for c in found):
        return found
    owners: list[FieldCandidate] = []
    for n, line in enumerate(lines, start=1):
        m = _OWNERS_LINE.match(line)
        name = clean_value("name", " ".join(m.group("v").split())) if m else None
        if m is None or not name:
            continue
        provenance = Provenance(part=part, kind=kind, line=n, label=m.group("part"))
        owners.append(
            FieldCandidate(
                key="full_name", value=name, provenance=provenance, confidence=OWNER_CONFIDENCE
            )
        )
    return [*found, *owners[:1]]  # the first owner named: a co-owner's row below is hers
