"""A line a person's standing opens, another's than the one who asks: his name and ID.

    มารดา นางสาว... เลขประจำตัวประชาชน ...        the mother's, not the informant's
    บิดา/ผู้แจ้ง นาย... เลขประจำตัวประชาชน ...      the informant's (his standing and his part)

A birth notified in lines, each person on a line of his own opened by how he stands to
the newborn (set 57): the one whose line names no part of the asker (ผู้แจ้ง, ผู้ขอ,
ผู้ยื่น...) is another person, the mother above the father who informs. Her name and ID
are kept as rivals below the informant's, never chosen over his.
"""

from __future__ import annotations

import re

from extractors.body_form import OWN_PARTY
from extractors.thai import CIVIL_TITLE, KIN

__all__ = ["ANOTHERS_ROLE_LINE", "anothers_role_lines"]

ANOTHERS_ROLE_LINE = "said of another person (a line of his standing, his ID after his name)"
# A line opened by kin or the newborn (ทารก), maybe a note after it ("บิดา/ผู้แจ้ง",
# "มารดา (ผู้แจ้ง)"), then a space and a titled name: the note is kept to see whose part
# it names. The word must stand alone ("ตามที่ นาย..." opens with no ตา).
_OPENS = re.compile(
    rf"^[ \t]*(?:{KIN}|ทารก)(?:ชาย|หญิง|สาว)?(?P<note>\s*[/(（][^\n()（）]{{0,15}}[)）]?)?"
    rf"[ \t]*[:：]?[ \t]+(?={CIVIL_TITLE})",
    re.MULTILINE,
)


def anothers_role_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line in `text` opened by another person's standing: kin or
    the newborn, with no word for the asker's part before the name."""
    spans = []
    for m in _OPENS.finditer(text):
        if OWN_PARTY.search(m.group("note") or ""):
            continue
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans
