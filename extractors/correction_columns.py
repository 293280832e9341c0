"""Which column of a correction's table holds the values to use.

A request to correct one's data (PDPA มาตรา 35, a register's record) lists each value
twice: the one on record and the one to use ("รายการ | ข้อมูลเดิม | ข้อมูลที่ถูกต้อง",
"หัวข้อ | ข้อมูลใหม่ | ข้อมูลเก่า"). The applicant's current values are the new column's;
the old column's are hers no longer (a maiden name, a mobile given up, the house she left),
so they are never read as hers (set 68).
"""

from __future__ import annotations

import re

# A column of the values on record: old, former, wrong. "ไม่ถูกต้อง" before "ถูกต้อง".
# A caption of one value says so in the same words (extractors.old_labelled); the one
# in charge (ผู้รับผิดชอบ) is no wrong value.
# As a notice or the office's system has it ("ข้อมูลในแบบแจ้งการประเมิน", "ในระบบ", set 105).
OLD = re.compile(
    r"เดิม|เก่า|(?<!รับ)ผิด(?!ชอบ)|ไม่ถูก|ที่บันทึก|ก่อน\s*(?:แก้ไข|เปลี่ยน)"
    r"|ใน\s*(?:แบบ|ใบแจ้ง|หนังสือแจ้ง|ประกาศ|ระบบ)"
    r"|\b(?:old|former|previous|recorded|wrong|incorrect)\b",
    re.IGNORECASE,
)
# A column of the values to use: new, right, changed to.
_NEW = re.compile(
    r"ใหม่|ถูกต้อง|ที่ถูก|ปัจจุบัน|(?:แก้ไข|เปลี่ยน)\s*เป็น|หลัง\s*(?:แก้ไข|เปลี่ยน)"
    r"|\b(?:new|correct(?:ed)?|updated?|current|present)\b",
    re.IGNORECASE,
)
HEADER_CHARS = 30  # a column's caption, not a value


def current_column(cells: list[str]) -> int | None:
    """The index of the new values' column when the header, after its first cell (the
    items' caption), is one column said old and one said new; else None."""
    found = new_and_old_columns(cells)
    return found[0] if found is not None else None


def new_and_old_columns(cells: list[str]) -> tuple[int, int] | None:
    """The indexes of the new values' column and the old ones' (see current_column)."""
    heads = cells[1:]
    if len(heads) != 2 or any(not h or len(h) > HEADER_CHARS for h in heads):
        return None
    old = [bool(OLD.search(h)) for h in heads]
    new = [not o and bool(_NEW.search(h)) for h, o in zip(heads, old, strict=True)]
    if old.count(True) != 1 or new.count(True) != 1:
        return None
    return new.index(True) + 1, old.index(True) + 1


# Words saying a value stays as it was ("คงเดิม", "ใช้เบอร์เดิม", "ไม่เปลี่ยนแปลง"): in a
# caption they do not make its value an old one (old_labelled), and a new column's cell
# so saying makes the old column's current.
SAME_AS_BEFORE = (
    r"(?:ตาม|คง|เหมือน|เช่น|ใช้)\s*(?:เบอร์|ที่อยู่)?\s*เดิม|ไม่(?:มีการ)?(?:เปลี่ยน(?:แปลง)?|แก้ไข)"
    r"|no\s+change|unchanged|\bsame\b(?:\s+as\s+(?:before|old))?"
)
_UNCHANGED = re.compile(rf"[-–—]?|{SAME_AS_BEFORE}", re.IGNORECASE)


def current_cell(row: list[str], new: int, old: int) -> str:
    """The value now of a row under new and old columns: the new cell's, or the old
    one's where the new cell is left empty or says the value did not change (an ID, a
    name kept, an e-mail the citizen had no reason to retype)."""
    value = row[new].strip() if new < len(row) else ""
    if not _UNCHANGED.fullmatch(value.strip(" ()")):
        return value
    return row[old].strip() if old < len(row) else ""


def says_old(caption: str) -> bool:
    """Whether a caption says its value is the old or wrong one ("วันเกิดที่บันทึกไว้
    (ผิด)", "เบอร์เดิม", "ข้อมูลก่อนแก้ไข")."""
    return OLD.search(caption) is not None


_NOT_RIGHT = re.compile(r"ไม่\s*ถูก(?:ต้อง)?")


def says_new(caption: str) -> bool:
    """Whether a caption says its value is the new or right one ("วันเกิดที่ถูกต้อง",
    "เบอร์ใหม่ (แทนเบอร์เดิม)"); "ไม่ถูกต้อง" says it wrong."""
    return _NEW.search(_NOT_RIGHT.sub("", caption)) is not None
