"""A phone, e-mail, ID or birth date under a caption saying it is the old or wrong one.

A form for changing one's details asks each value twice ("โทรศัพท์เดิม" [...]
"โทรศัพท์ใหม่" [...], a fillable PDF's tel_old and tel_new; "วันเกิดที่บันทึกไว้ (ผิด)"
over the right one). The one the caption calls old, former or wrong is hers no longer: it
is kept, so a request giving only that is still looked at, but below review's line and
any other value (set 86: a fillable change request's old phone read over the new). Names
have their own rule (changed_name), addresses theirs (current_address).
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate
from extractors.changed_name import FORMER_CONFIDENCE
from extractors.correction_columns import OLD

__all__ = ["without_former_values"]

_KEYS = frozenset({"phone", "email", "national_id", "birth_date"})
# "the same as before" is the value now: ตามเดิม, คงเดิม, เหมือนเดิม, (ใช้)เบอร์เดิม does not
# say so on its own, but a caption of it is no old value's either
_SAME = re.compile(r"(?:ตาม|คง|เหมือน|เช่น|ใช้)\s*(?:เบอร์|ที่อยู่)?\s*เดิม|\bsame\b", re.IGNORECASE)


def _says_old(label: str) -> bool:
    return bool(OLD.search(label)) and not _SAME.search(label)


def without_former_values(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with each of those values read under an old or wrong caption put
    below review (changed_name.FORMER_CONFIDENCE)."""
    return [
        c.model_copy(update={"confidence": FORMER_CONFIDENCE})
        if c.key in _KEYS
        and c.confidence > FORMER_CONFIDENCE
        and _says_old(c.provenance.label or "")
        else c
        for c in candidates
    ]
