"""A mail that only sends a body's letter as a file: whose name is whose.

A school's clerk, a temple's ไวยาวัจกร, a group's secretary mails the letter its head
signed ("ส่งหนังสือราชการของโรงเรียน...ตามไฟล์แนบค่ะ" / "นาง... ครูธุรการ"): the mail's
text is her covering note, and its name is hers, the sender's. For a body the applicant
is the one who signs for it (set 28): the name signed in the attached letter
("ขอแสดงความนับถือ" / "(นาง...)", read by prose as a signature) ranks over the note's
(set 91). The note's name stays among the candidates, set behind; her phone and mailbox
are left as they are (a clerk's line may be the one the letter gives too).

So too where the letter is pasted in the mail below the note ("ดิฉัน<clerk> เจ้าหน้าที่
ธุรการ ขอส่งหนังสือของผู้จัดการนิติบุคคลอาคารชุดตามข้างล่างนี้" / the letter / "(<manager>)",
set 122: a condo office's Outlook): the note's names, above the signed one in that part,
go behind it. A writer who signs her own mail ("ขอส่งหนังสือร้องเรียน..." / "(<herself>)")
keeps her name: the note's and the signed one are the same person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, ParsedMessage, TextPart
from extractors.names import same_person
from extractors.role_words import BODY, JURISTIC_BODY, JURISTIC_HEAD
from extractors.set_behind import behind

__all__ = ["senders_name_behind"]

# The note's words: it sends a body's letter or papers ("ส่งหนังสือของวัด...", "ส่ง
# หนังสือราชการของโรงเรียน...", "ส่งเอกสารของกลุ่ม..."), a few words between.
_SENDS_A_BODYS = re.compile(rf"ส่ง(?:หนังสือ|เอกสาร|คำขอ|คำร้อง)[\u0e01-\u0e4e]{{0,12}}?{BODY}")
# ... the letter of a body or of the head who signs for it, pasted below the note ("ขอส่ง
# หนังสือของผู้จัดการนิติบุคคลอาคารชุดตามข้างล่างนี้", "ส่งหนังสือของชมรม...ดังนี้"): "ของ"
# says the letter is another's, not the writer's own.
_SENDS_ANOTHERS_BELOW = re.compile(
    rf"ส่ง(?:หนังสือ|เอกสาร|คำขอ|คำร้อง)[\u0e01-\u0e4e]{{0,8}}?ของ\s*(?:{JURISTIC_HEAD}\s*)?"
    rf"(?:{BODY}|{JURISTIC_BODY})"
)
_SIGNED = "ลงชื่อ"  # prose's label of a name signed below a closing or a ลงชื่อ line


def senders_name_behind(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` with the names read in the mail's own text set behind, when that text
    sends a body's letter and an attached file holds a name signed in it."""
    candidates = _note_above_signed(parsed.text_parts, candidates)
    if not any(
        c.key == "full_name"
        and c.provenance.filename_index is not None
        and (c.provenance.label or "").startswith(_SIGNED)
        for c in candidates
    ):
        return list(candidates)
    if not any(_SENDS_A_BODYS.search(part.text) for part in parsed.text_parts):
        return list(candidates)
    return [
        behind(c) if c.key == "full_name" and c.provenance.filename_index is None else c
        for c in candidates
    ]


def _note_above_signed(
    parts: Sequence[TextPart], candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` with the names read above the first name signed in a part whose note
    sends another's letter pasted below it set behind, unless the same person signs."""
    noted = {p.part for p in parts if "ของ" in p.text and _SENDS_ANOTHERS_BELOW.search(p.text)}
    if not noted:
        return list(candidates)
    signed: dict[str, list[FieldCandidate]] = {}
    for c in candidates:
        if (
            c.key == "full_name"
            and c.provenance.part in noted
            and c.provenance.filename_index is None
            and (c.provenance.label or "").startswith(_SIGNED)
        ):
            signed.setdefault(c.provenance.part, []).append(c)

    def notes(c: FieldCandidate) -> bool:
        them = signed.get(c.provenance.part)
        if c.key != "full_name" or not them or c.provenance.filename_index is not None:
            return False
        first = min(s.provenance.line or 0 for s in them)
        return (c.provenance.line or 0) < first and not any(
            same_person(c.value, s.value) for s in them
        )

    return [behind(c) if notes(c) else c for c in candidates]
