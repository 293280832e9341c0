"""A name given under a label with the person's office before it (set 66).

"ผู้ประสานงาน: เลขานุการกลุ่ม นางสาว... โทร ..." names the group's officer to call by her
office in the group: the request is the group's, signed by the one who speaks for it
(its chairman), not hers. A person's own name holds no such caption before its title,
so a labelled name that carries one is another's named by her post: the caption is
cut off and the name set below a signer's (extractors.prose reads the one who signs at
SIGNATURE_CONFIDENCE and up), so the signer is the applicant where one signs and the
officer, flagged, only where none does.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate
from extractors.thai import CIVIL_TITLE, THAI_WORD
from extractors.title_options import HONOURED

__all__ = ["without_office_captions"]

FULL_NAME = "full_name"
CAPTIONED_CONFIDENCE = 0.4  # below a signer read in prose (0.45): a clerk looks
# one or more Thai words (the post), then a civil title opening a given and a family name;
# the post is neither a title (a rank or academic one) nor holds one ("ว่าที่")
_CAPTIONED = re.compile(
    rf"(?P<post>{THAI_WORD}(?: {THAI_WORD}){{0,3}})\s+"
    rf"(?P<name>{CIVIL_TITLE}\s?{THAI_WORD} {THAI_WORD})"
)
_NOT_A_POST = re.compile(rf"(?:ว่าที่|{CIVIL_TITLE}|{HONOURED})")
# A mosque's or a temple's officer, his post written as his title, glued or spaced
# ("อิหม่ามหมัด...", "โต๊ะอิหม่าม ...", "ไวยาวัจกร ...", set 69: the contact at the mosque a
# son names beside his own request): the place's officer, named by his post as above.
_PLACES_OFFICER = re.compile(r"\s*(?:(?:โต๊ะ)?อิหม่าม|คอเต็บ|บิหลั่น|ไวยาวัจกร|มรรคนายก)")


def without_office_captions(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with a labelled name that opens with the person's post ("เลขานุการ
    กลุ่ม นาง...") cut to the name and set below a signer's."""
    out = []
    for c in candidates:
        found = _CAPTIONED.fullmatch(" ".join(c.value.split())) if c.key == FULL_NAME else None
        if found and c.provenance.method is None and not _NOT_A_POST.match(found["post"]):
            update = {
                "value": found["name"],
                "confidence": min(c.confidence, CAPTIONED_CONFIDENCE),
            }
            c = c.model_copy(update=update)
        elif c.key == FULL_NAME and c.provenance.method is None and _PLACES_OFFICER.match(c.value):
            c = c.model_copy(update={"confidence": min(c.confidence, CAPTIONED_CONFIDENCE)})
        out.append(c)
    return out
