"""A mail that only sends a body's letter as a file: whose name is whose.

A school's clerk, a temple's ไวยาวัจกร, a group's secretary mails the letter its head
signed ("ส่งหนังสือราชการของโรงเรียน...ตามไฟล์แนบค่ะ" / "นาง... ครูธุรการ"): the mail's
text is her covering note, and its name is hers, the sender's. For a body the applicant
is the one who signs for it (set 28): the name signed in the attached letter
("ขอแสดงความนับถือ" / "(นาง...)", read by prose as a signature) ranks over the note's
(set 91). The note's name stays among the candidates, set behind; her phone and mailbox
are left as they are (a clerk's line may be the one the letter gives too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, ParsedMessage
from extractors.role_words import BODY
from extractors.set_behind import behind

__all__ = ["senders_name_behind"]

# The note's words: it sends a body's letter or papers ("ส่งหนังสือของวัด...", "ส่ง
# หนังสือราชการของโรงเรียน...", "ส่งเอกสารของกลุ่ม..."), a few words between.
_SENDS_A_BODYS = re.compile(rf"ส่ง(?:หนังสือ|เอกสาร|คำขอ|คำร้อง)[\u0e01-\u0e4e]{{0,12}}?{BODY}")
_SIGNED = "ลงชื่อ"  # prose's label of a name signed below a closing or a ลงชื่อ line


def senders_name_behind(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` with the names read in the mail's own text set behind, when that text
    sends a body's letter and an attached file holds a name signed in it."""
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
