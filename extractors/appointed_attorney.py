"""The attorney a power of attorney appoints, named again where he writes or signs.

    (the mail)   ผมเป็นหลานของ<grantor> ขอส่งหนังสือมอบอำนาจ ...
                 นาย<attorney>
                 โทร 08...
    (the .docx)  โดยหนังสือฉบับนี้ ข้าพเจ้า <grantor> ... ขอมอบอำนาจให้ นาย<attorney> ...
                 ลงชื่อ ... ผู้รับมอบอำนาจ (นาย<attorney>)

The one who grants the power asks (sets 31/63: a service for one person asked by another
is the one it is for); the attorney is read as such where the power appoints him
(prose.APPOINTED). He sends it himself, his name over his mobile in the mail, and signs
under it as ผู้รับมอบอำนาจ: those readings name the same person (names.same_person) and
are set behind (set_behind.behind), as the appointment itself is, so his name is never
shown as the applicant's without a flag where the grantor is named too (set 117: an
estate's administrator's power sent by her nephew).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.names import same_person
from extractors.prose import APPOINTED
from extractors.set_behind import behind

__all__ = ["attorney_named_behind"]


def attorney_named_behind(candidates: Sequence[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with every name of the appointed attorney set behind, where another
    person (the grantor) is named too."""
    names = [c for c in candidates if c.key == "full_name"]
    appointed = [c.value for c in names if c.provenance.label == APPOINTED]
    if not appointed:
        return list(candidates)

    def his(c: FieldCandidate) -> bool:
        return c.key == "full_name" and any(same_person(c.value, a) for a in appointed)

    if all(his(c) for c in names):
        return list(candidates)  # no one else named: nothing to put ahead of him
    return [behind(c) if his(c) else c for c in candidates]
