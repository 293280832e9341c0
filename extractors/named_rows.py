"""Rows of a sheet that name different people in a name column, whatever its caption.

A body's list of its units or houses heads its owners' column by their part ("ชื่อเจ้าของ",
"ชื่อผู้เช่า", set 122: a condominium's list of units), no label of the applicant's name,
so the rows' names are not read, and the rows look like one person's answers given again
(an online form's export, its last row the latest): a phone column under a plain
"โทรศัพท์" was read as the sender's, the last owner's mobile as the office's line. Rows
whose name column holds different titled names are several people's: a list, read behind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.names import name_key
from extractors.title_options import TITLED_NAME

__all__ = ["names_several"]

# A column captioned for a person's name: "ชื่อ", "ชื่อ-สกุล", "ชื่อเจ้าของ", "ชื่อผู้เช่า"
# (not "ชื่อหมู่บ้าน", "ชื่อโครงการ": their cells hold no titled name, below).
_NAME_CAPTION = re.compile(r"\s*ชื่อ")
_TITLED = re.compile(TITLED_NAME)


def names_several(head: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Whether a column of `head` captioned for a name holds two different titled names
    or more in `rows`."""
    for j, caption in enumerate(head):
        if not _NAME_CAPTION.match(caption):
            continue
        names = {
            name_key(row[j])
            for row in rows
            if j < len(row) and row[j] and _TITLED.match(row[j].strip())
        }
        if len(names) > 1:
            return True
    return False
