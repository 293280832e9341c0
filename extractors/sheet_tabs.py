"""A sheet's tab named by the part of the person whose rows it holds.

A carer who keeps a workbook for an allowance puts her own details on one sheet and the
person she cares for on another, and names each tab by its person's part: "ผู้ดูแล" and
"คนพิการ", "ข้อมูลผู้ยื่นแทน" and "ข้อมูลผู้สูงอายุ" (set 111). The rows of both sheets ask
the same things ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่"): only the tab says whose they
are. Such a tab is read as a heading over its sheet's rows, as a form's part heading is
(body_form: a proxy's part, the cared-for's part, the asker's part). A tab that names no
part ("Sheet1", "สำรวจคนพิการ", "ข้อมูล") is no heading: it is left out as before.
"""

from __future__ import annotations

import re

from extractors.body_form import GUARDIAN, OWN_PARTY, PROXY
from extractors.role_words import HELPED

__all__ = ["part_tabs"]

# The whole tab is a part's name: "ผู้ดูแล", "ข้อมูลคนพิการ", "ผู้ยื่นแทน (บุตร)".
_PART_TAB = re.compile(
    rf"\s*(?:ข้อมูล(?:ของ)?\s*)?(?:{PROXY.pattern}|{HELPED}|{GUARDIAN.pattern}|{OWN_PARTY.pattern})"
    r"[\u0e01-\u0e4e]{0,12}\s*(?:[(（][^()（）]{1,30}[)）])?\s*"
)


def part_tabs(titles: list[str]) -> list[str | None]:
    """Each tab's text as a heading row over its sheet where two tabs or more name a
    person's part (a sheet per person), else None. One such tab alone may be the name of
    a whole form (a sheet "ผู้ขอ" holding every part), and a heading row on top of it
    would hide the form's own title from the readers of a sheet's head."""
    texts = [" ".join(title.split()) for title in titles]
    named = [text if _PART_TAB.fullmatch(text) else None for text in texts]
    return named if sum(1 for text in named if text) >= 2 else [None] * len(texts)
