"""A writer who pastes another's certificate about herself: its signer's number is his.

    ดิฉัน นาง<her> เลขประจำตัวประชาชน ... ขอรับการสงเคราะห์ ...
    ติดต่อดิฉันได้ที่ 08... ค่ะ
    ---------- สำเนาหนังสือรับรอง ----------
    ข้าพเจ้า <imam> ... ขอรับรองว่า นาง<her> เป็นสัปบุรุษประจำมัสยิด ...
    (<imam>)
    อิหม่ามประจำมัสยิด...
    โทร 08...                                   the imam's

A villager asking for herself types (or pastes) the certificate a headman, an imam or an
abbot gave her under her own request (set 104). The certificate's paragraph vouches for
her (prose.VOUCHED_FOR); where that is the same person as the writer who named herself
above it (ข้าพเจ้า/ดิฉัน <her>), everything from the certificate down is the certifier's
letter, and its phones and e-mails (his line under his signature) are his: kept, behind
(set_behind.behind), so her own number above wins and his is never shown as hers
unflagged. A letter whose writer is the certifier himself names no one before him.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.listed_names import WRITERS_LABELS
from extractors.set_behind import behind

__all__ = ["certifiers_contact_behind"]

_CONTACT = frozenset({"phone", "email"})


def _folded(name: str) -> str:
    return "".join(name.split())


def certifiers_contact_behind(
    candidates: Sequence[FieldCandidate], vouched_label: str
) -> list[FieldCandidate]:
    """`candidates` with the phones and e-mails from a pasted certificate about the
    writer (a name labelled `vouched_label` that the writer gave as her own above it)
    down set behind."""
    own = {
        (c.provenance.part, _folded(c.value)): c.provenance.line
        for c in candidates
        if c.key == "full_name" and c.provenance.label in WRITERS_LABELS and c.provenance.line
    }
    starts: dict[str, int] = {}
    for c in candidates:
        line, part = c.provenance.line, c.provenance.part
        if c.key != "full_name" or c.provenance.label != vouched_label or line is None:
            continue
        above = own.get((part, _folded(c.value)))
        if above is not None and above < line:
            starts[part] = min(starts.get(part, line), line)
    if not starts:
        return list(candidates)
    return [
        behind(c)
        if c.key in _CONTACT
        and c.provenance.part in starts
        and c.provenance.line is not None
        and c.provenance.line >= starts[c.provenance.part]
        and c.provenance.label != vouched_label
        else c
        for c in candidates
    ]
