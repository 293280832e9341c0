"""A sheet's head block laid out as a row of captions over one row of values (set 103):

    ชื่อกลุ่ม | ทะเบียนกลุ่มเลขที่ | ประธานกลุ่ม | เลขประจำตัวประชาชนประธาน | โทรศัพท์ประธาน
    กลุ่ม...  | อท.0412/2560     | นาย...      | 3 1504 ...              | 081 ...
    (empty row, then the members' table)

Its captions name whose each value is ("...ประธาน") or what it is of ("ชื่อกลุ่ม"), so
few of them are a label standing alone, and the header-of-columns reading
(xlsx_form._column_pairs) does not take the row; read as label | value pairs across, each
caption became the value of the one before it ("ชื่อกลุ่ม: ทะเบียนกลุ่มเลขที่"). A row of
captions with no digit, most of them a label's (loosely), over a single row answering
every one of them, some with digits and none a label, is one caption and its value a
column, as a paper form's head block typed into a sheet reads.
"""

from __future__ import annotations

import re

from extractors.base import LabelIndex
from extractors.title_options import TITLED_NAME

__all__ = ["caption_row_pairs"]

MIN_CAPTIONS = 3
_DIGIT = re.compile(r"[0-9๐-๙]")
# A titled name is a person, never a caption, however like a label its family name reads
# ("นาย... ลิ้มสกุล" is near "นามสกุล" to the loose match, set 114: a booking's one row).
_TITLED_NAME = re.compile(TITLED_NAME)


def caption_row_pairs(
    head: list[str], below: list[str], after: list[str], labels: LabelIndex
) -> list[str]:
    """`caption: value` per column of `head` over `below`, when the two are one record's
    captions and values and `after` (the row under them) is empty; else []."""
    if any(after):
        return []  # a table's header over several rows: a list, read elsewhere
    columns = [j for j, cell in enumerate(head) if cell.strip()]
    if len(columns) < MIN_CAPTIONS or any(_DIGIT.search(head[j]) for j in columns):
        return []
    if any(cell.strip() for j, cell in enumerate(below) if j not in columns):
        return []  # a value under no caption: no record of these captions
    values = [below[j].strip() if j < len(below) else "" for j in columns]
    if not all(values) or sum(1 for v in values if _DIGIT.search(v)) < 2:
        return []
    words = [v for v in values if not _DIGIT.search(v) and not _TITLED_NAME.fullmatch(v)]
    if any(labels.match(v) is not None for v in words):
        return []  # a second row of captions
    known = sum(1 for j in columns if labels.match(head[j]) is not None)
    if known * 2 <= len(columns):
        return []
    return [f"{head[j].strip().rstrip(' :：')}: {v}" for j, v in zip(columns, values, strict=True)]
