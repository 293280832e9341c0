"""A sheet with one row per person and a column saying who each is: whose request it is.

A school's or a day-care centre's application sheet, a registry export, asks the same
columns of the child and of the guardian, one row each, a column naming the role:

    ความเกี่ยวข้อง     | ชื่อ-นามสกุล        | เลขประจำตัวประชาชน | ...
    นักเรียน (ผู้สมัคร) | เด็กชาย...          | 1...
    มารดา            | นาง...             | 3...

The request is for the child (the pupil, the one who applies, the ward): that row is the
applicant's. The guardian's row (ผู้ปกครอง, บิดา, มารดา, ผู้อนุบาล) is a proxy's: its
values stand only where the child's give none (the phone to call, often), less sure and
flagged, as the label reader reads a guardian's section of a form (`body_form`, which the
heading written before each of its lines here makes it one).
"""

from __future__ import annotations

import re

from extractors.thai import CHILD_TITLE

__all__ = ["GUARDIAN_HEADING", "children_listed", "is_role", "roles"]

# The heading the label reader knows for a guardian's section (body_form._GUARDIAN).
GUARDIAN_HEADING = "ข้อมูลผู้ปกครอง"
_GUARDIAN = re.compile(r"ผู้ปกครอง|ผู้อนุบาล|ผู้พิทักษ์|ผู้แทนโดยชอบธรรม|บิดา|มารดา|^พ่อ|^แม่$")
_WARD = re.compile(r"เด็ก|ผู้เยาว์|นักเรียน|ผู้สมัคร|บุตร|คนไร้ความสามารถ|คนเสมือนไร้ความสามารถ|ผู้ขอ|ผู้ยื่น")
MAX_ROLE_CHARS = 30  # a role is a word or two, never a value
_CHILDS_NAME = re.compile(rf"\s*{CHILD_TITLE}\s*[\u0e01-\u0e4e]")


def _role(cell: str) -> str | None:
    text = cell.strip()
    if not text or len(text) > MAX_ROLE_CHARS or any(ch.isdigit() for ch in text):
        return None
    if _GUARDIAN.search(text):  # "ผู้สมัคร/ผู้ปกครอง" said of the guardian's row: his
        return "guardian"
    return "ward" if _WARD.search(text) else None


def is_role(cell: str) -> bool:
    """Whether a cell names a row's person by a ward's or a guardian's role ("ผู้สมัคร",
    "มารดา"): a role column's answer, though the word may also be a field's label."""
    return _role(cell) is not None


def roles(rows: list[list[str]]) -> list[str] | None:
    """Each row's role ("ward" or "guardian") when one column names a role in every row,
    a ward's in one at least and a guardian's in another; else None."""
    width = max((len(row) for row in rows), default=0)
    for k in range(width):
        found = [_role(row[k]) if k < len(row) else None for row in rows]
        if all(found) and "ward" in found and "guardian" in found:
            return [role for role in found if role]
    return None


def children_listed(rows: list[list[str]]) -> bool:
    """Whether the rows list children, no role column saying which is whose: a column
    holding a child's titled name in every row, two children at least ("ด.ช. ...",
    "ด.ญ. ..." under a teacher's lines, set 61). The sender is no child of a class's list,
    nor are the rows one citizen's answers given twice (the last a correction)."""
    width = max((len(row) for row in rows), default=0)
    for k in range(width):
        names = {row[k].strip() for row in rows if k < len(row) and _CHILDS_NAME.match(row[k])}
        if len(names) > 1 and all(k < len(row) and _CHILDS_NAME.match(row[k]) for row in rows):
            return True
    return False
