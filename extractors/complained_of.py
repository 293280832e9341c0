"""A complaint's writer names herself; a name its text gives under a charge is the one
complained of.

    ดิฉัน นางสาว<writer> อยู่บ้านเลขที่ ... ขอร้องเรียนทีมฟุตบอลที่ซ้อมจนดึก ...
    ผู้จัดการทีม นาย<manager>                  the one complained of, not the writer

Some labels name the one who asks by the charge he holds over a thing: a team's manager
(ผู้จัดการทีม), an event's organiser (ผู้จัดงาน), a business's or a licence's holder
(เจ้าของกิจการ, ผู้รับใบอนุญาต), an animal's or a sign's owner, a booker (role_words
.CHARGE_HOLDER). In his own registration or booking that is right (set 123). In a
neighbour's complaint about the team, the shop or the dogs, the same words name the
party complained of, and a label read surer than her own sentence took him for the
applicant. Where a text part says it is a complaint (role_words.COMPLAINT) and its
writer names herself in her own sentence ("ดิฉัน/ผม/ข้าพเจ้า <name>"), such a label's
name that is not hers, and the values on its line and the lines under it to a blank
line or to one where she speaks of herself again ("ติดต่อดิฉัน 08..."), are set behind
(set_behind.behind): kept for a clerk to see, never hers unflagged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from extractors.base import FieldCandidate
from extractors.names import same_person
from extractors.role_words import CHARGE_HOLDER, COMPLAINT
from extractors.set_behind import behind, first_block

__all__ = ["complained_of_behind"]

_COMPLAINT = re.compile(COMPLAINT)
# the label as read, maybe after ชื่อ ("ชื่อผู้จัดงาน")
_CHARGE_LABEL = re.compile(rf"^\s*(?:ชื่อ\s*)?{CHARGE_HOLDER}")
# a line where the writer speaks of herself again, the word maybe glued to a verb
# ("ติดต่อดิฉัน 08..."): his lines end above it
_WRITER_AGAIN = re.compile(r"ข้าพเจ้า|กระผม|ดิฉัน|(?<![\u0e01-\u0e4e])ผม")
# how prose labels the name the writer gives herself in her own sentence
_OWN_SENTENCE = frozenset({"ข้าพเจ้า/ชื่อ", "my name is"})


def complained_of_behind(
    candidates: list[FieldCandidate], texts: Mapping[str, str]
) -> list[FieldCandidate]:
    """`candidates` with a charge label's other person, in a complaint whose writer names
    herself, set behind with the values of his lines."""
    others: dict[str, set[int]] = {}  # part -> lines of the one complained of
    for part, text in texts.items():
        if _COMPLAINT.search(text) is None:
            continue
        names = [c for c in candidates if c.key == "full_name" and c.provenance.part == part]
        writers = [c.value for c in names if c.provenance.label in _OWN_SENTENCE]
        if not writers:
            continue
        for c in names:
            line = c.provenance.line
            if (
                line is not None
                and c.provenance.method != "prose"
                and _CHARGE_LABEL.match(c.provenance.label or "")
                and not any(same_person(c.value, w) for w in writers)
            ):
                others.setdefault(part, set()).update(
                    first_block(text.splitlines(), line, until=_WRITER_AGAIN.search)
                )
    if not others:
        return candidates
    return [
        behind(c)
        if c.provenance.line in others.get(c.provenance.part or "", ())
        and not (c.key == "full_name" and c.provenance.label in _OWN_SENTENCE)
        else c
        for c in candidates
    ]
