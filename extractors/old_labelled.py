"""A value under a label that says it is the old or wrong one gives way.

A request correcting one's record gives the value on record and the one to use, each
under its own label ("วันเกิดที่บันทึกไว้ (ผิด)" / "วันเกิดที่ถูกต้อง", "เบอร์เดิม" /
"เบอร์ใหม่", "เลขบัตร (ก่อนแก้ไข)"): the one to use is the applicant's now. A value so
labelled is put below review's line when the same field has a value under a label that
does not say so; alone, it is left as read (a clerk is asked anyway by what else is
unsure). A line opened by a heading so saying ("ข้อมูลที่แจ้งไว้เดิม (ผิด) : เลขประจำตัว
ประชาชน ... วันเกิด ..."), its pairs each read under their own label, is old in each of
its values. Names have their own rule (changed_name.without_former_names, set 86).
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, LineKey, line_of
from extractors.changed_name import FORMER_CONFIDENCE
from extractors.correction_columns import SAME_AS_BEFORE, says_new, says_old
from extractors.set_behind import behind


def without_old_labelled(
    candidates: list[FieldCandidate], name_keys: set[str]
) -> list[FieldCandidate]:
    """`candidates` with each non-name value under an old or wrong value's label put
    below review when its field has a value under another label."""
    headed = {
        _line_of(c)
        for c in candidates
        if c.provenance.line is not None and _old_heading(c.provenance.label or "")
    }
    old = [
        c.key not in name_keys and (_says_old(c.provenance.label or "") or _line_of(c) in headed)
        for c in candidates
    ]
    current = {c.key for c, o in zip(candidates, old, strict=True) if not o}
    return [
        behind(c, FORMER_CONFIDENCE) if o and c.key in current else c
        for c, o in zip(candidates, old, strict=True)
    ]


_HEADING = re.compile(r"^(.+?)\s*[:：]")


def _old_heading(label: str) -> bool:
    """Whether a label is a heading said old before the field's own label ("ข้อมูลเดิม
    (ผิด): เลขประจำตัวประชาชน")."""
    m = _HEADING.match(label)
    return m is not None and _says_old(m.group(1))


# "the same as before" is the value now: ตามเดิม, คงเดิม, เหมือนเดิม, (ใช้)เบอร์เดิม
_SAME = re.compile(SAME_AS_BEFORE, re.IGNORECASE)


def _says_old(label: str) -> bool:
    """Old or wrong, and not new or right as well ("เบอร์ใหม่ (แทนเบอร์เดิม)" is new) nor
    the same as before ("เบอร์โทร (ใช้เบอร์เดิม)")."""
    return says_old(label) and not says_new(label) and not _SAME.search(label)


def _line_of(c: FieldCandidate) -> tuple[LineKey, str]:
    return line_of(c), c.provenance.kind  # a page's text layer and its OCR number lines apart
