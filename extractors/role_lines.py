"""A line a person's standing opens, another's than the one who asks: his name and ID.

    มารดา นางสาว... เลขประจำตัวประชาชน ...        the mother's, not the informant's
    บิดา/ผู้แจ้ง นาย... เลขประจำตัวประชาชน ...      the informant's (his standing and his part)

A birth notified in lines, each person on a line of his own opened by how he stands to
the newborn (set 57): the one whose line names no part of the asker (ผู้แจ้ง, ผู้ขอ,
ผู้ยื่น...) is another person, the mother above the father who informs. Her name and ID
are kept as rivals below the informant's, never chosen over his.

    ข้อมูลเด็ก                                    a heading of another's part alone:
    ชื่อ ด.ญ.... เลขประจำตัวประชาชน 1-...          the child's lines under it, to a blank line

A parent's mail enrolling a child gives the child's block under its heading (set 61):
the body_form reader knows such a part is another's (names_another), the sentences'
reader did not, and took the child's "ชื่อ ด.ญ. ..." for the writer's. Not where the
text heads a guardian's part and no part of the asker (body_form.guarded: the ward is
the one who asks there).
"""

from __future__ import annotations

import re

from extractors.body_form import OWN_PARTY, guarded, names_another
from extractors.thai import CIVIL_TITLE, KIN

__all__ = ["ANOTHERS_ROLE_LINE", "anothers_role_lines"]

ANOTHERS_ROLE_LINE = "said of another person (a line of his standing, his ID after his name)"
# A line opened by kin or the newborn (ทารก), maybe a note after it ("บิดา/ผู้แจ้ง",
# "มารดา (ผู้แจ้ง)"), then a space and a titled name: the note is kept to see whose part
# it names. The word must stand alone ("ตามที่ นาย..." opens with no ตา).
# A team's coach (ผู้ฝึกสอน, โค้ช) opens his own line beside the manager who registers the
# team or the athlete who asks (set 123: "ผู้ฝึกสอน นาย... เลขประจำตัวประชาชน ... โทร ...").
_OPENS = re.compile(
    rf"^[ \t]*(?:{KIN}|ทารก|ผู้ฝึกสอน|โค้ช)(?:ชาย|หญิง|สาว)?"
    rf"(?P<note>\s*[/(（][^\n()（）]{{0,15}}[)）]?)?"
    rf"[ \t]*[:：]?[ \t]+(?={CIVIL_TITLE})",
    re.MULTILINE,
)
# A note naming the one who applies ("มารดา (ผู้สมัคร)"): body_form's asker words and the
# applicant's (ผู้สมัคร, not one of OWN_PARTY's: a student's or a job's applicant there).
_ASKERS_NOTE = re.compile(rf"{OWN_PARTY.pattern}|ผู้สมัคร")
# A heading alone on its line: no digit, short (body_form's headings are 40 at most).
_HEADING_LINE = re.compile(r"^[ \t]*(?P<h>[^\d\n:：]{4,40}?)[ \t]*$", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def anothers_role_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line in `text` opened by another person's standing: kin or
    the newborn, with no word for the asker's part before the name."""
    spans = []
    for m in _OPENS.finditer(text):
        if _ASKERS_NOTE.search(m.group("note") or ""):
            continue
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans + _anothers_parts(text)


def _anothers_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each part headed by another person alone ("ข้อมูลเด็ก"), from its
    heading to the next blank line or the text's end."""
    heads = [m for m in _HEADING_LINE.finditer(text) if names_another(m.group("h"))]
    if not heads or guarded(list(enumerate(text.splitlines()))):
        return []
    spans = []
    for m in heads:
        blank = _BLANK_LINE.search(text, m.end())
        spans.append((m.start(), blank.start() if blank else len(text)))
    return spans
