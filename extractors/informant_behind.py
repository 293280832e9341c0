"""A notice's informant beside the one the help is for: the informant's rows set behind.

    ชื่อ-สกุล ผู้ขอรับความช่วยเหลือ | นาง<elder>
    เลขประจำตัวประชาชน            | ...
    ชื่อผู้แจ้ง                      | นางสาว<volunteer> (อสม.)
    เบอร์โทรผู้แจ้ง                  | 08...

A town's e-service notice, or a form, for help asked for someone else (a poor elder's
repair filed by a health volunteer, set 97) gives a row for the one the help is for and
rows for the one who reported it (ผู้แจ้ง, ผู้กรอกข้อมูล). Sets 31/63 rule the one it is
for the applicant; "ชื่อผู้แจ้ง" alone is the applicant's own label in a complaint
(config/fields.toml), so only where the same part names the one it is for are the
informant's rows another's: kept (where nothing else is given a clerk still sees them),
behind (set_behind.behind), so never shown as hers without a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.role_words import HELPED
from extractors.set_behind import behind

__all__ = ["informant_behind"]

# A label naming the one the help or service is for: who receives the help
# (ผู้ขอรับความช่วยเหลือ, ผู้รับความช่วยเหลือ), one in need or struck by a disaster, or one
# a care service is for (role_words.CARED_FOR).
_FOR_WHOM = re.compile(HELPED)
# A label of the one who reports or fills it in.
_INFORMANT = re.compile(r"ผู้แจ้ง|ผู้กรอก(?:ข้อมูล)?")


def informant_behind(candidates: Sequence[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with an informant's labelled values set behind where the same part
    (and file) labels a name as the one the help is for."""
    parts = {
        (c.provenance.part, c.provenance.filename_index)
        for c in candidates
        if c.key == "full_name" and _for_whom(c.provenance.label or "")
    }
    if not parts:
        return list(candidates)
    return [
        behind(c)
        if (c.provenance.part, c.provenance.filename_index) in parts
        and _INFORMANT.search(c.provenance.label or "")
        and not _for_whom(c.provenance.label or "")
        else c
        for c in candidates
    ]


def _for_whom(label: str) -> bool:
    return _FOR_WHOM.search(label) is not None and _INFORMANT.search(label) is None
