"""A writer who says he passes on someone else's complaint or request: his signature is his.

    ผมขอส่งต่อเรื่องร้องเรียนของลูกบ้าน ที่ส่งมาทางไลน์ ...
    ---- the villager's words ----
    นาย<headman> / ผู้ใหญ่บ้านหมู่ที่ 6 / โทร 08...

A village headman, a kamnan or a community leader forwards what a villager sent him (a
LINE chat pasted, a call written down): the villager is the applicant (sets 31/63), and
where the villager gave no number of his own the request has none (set 37); the mobile
under the headman's name is his. The words "ส่งต่อ...ของ<another>" say so however the
villager is named (or not named at all), so the part's phones and e-mails are kept only
as rivals a clerk must look at (no surer than prose), as for a writer who acts for a
named person (extract._vouched_subject). So do a health worker's words sending on the
data of one in her care ("ขอส่งต่อข้อมูลผู้ป่วย"). A writer passing on her own earlier mail
("ส่งต่อเรื่องของดิฉัน") is not another's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, TextPart
from extractors.role_words import CARED_FOR, VILLAGER

__all__ = ["SENDS_ON_CARED_FOR", "passed_on_parts", "writers_contact_behind"]

# "ขอส่งต่อเรื่องร้องเรียนของลูกบ้าน", "ส่งต่อคำร้องของชาวบ้าน", "นำส่งเรื่องร้องทุกข์ของราษฎร":
# the request's word, then whose: a villager's word (not the writer's own).
# So "ขอส่งเรื่องที่ราษฎรร้องขอ...", what villagers asked (an MP's office, set 94).
# A health worker sending on the data or the name of one in care ("โรงพยาบาล...ขอส่งต่อ
# ข้อมูลผู้ป่วย...", "ดิฉัน อสม. ขอส่งรายชื่อผู้สูงอายุติดเตียง...", set 111: a social
# worker's, a nurse's, a volunteer's mail): the patient's request, her own line hers.
# So a hospital that refers the patient himself ("ขอส่งต่อผู้ป่วยเพื่อพิจารณาให้ความ
# ช่วยเหลือ", set 121): ขอ before it, its own ask; a patient's "รพ.ส่งต่อผู้ป่วยไป..." only
# tells of his own referral.
SENDS_ON_CARED_FOR = re.compile(
    rf"(?:ส่งต่อ|นำส่ง|ขอส่ง)(?:ต่อ)?\s*(?:ข้อมูล|รายชื่อ|ประวัติ)\s*(?:ของ\s*)?{CARED_FOR}"
    rf"|ขอส่งต่อ\s*{CARED_FOR}"
)
_PASSES_ON = re.compile(
    r"(?:ส่งต่อ|นำส่ง|ขอส่ง)\s*(?:เรื่อง|คำ(?:ร้อง|ขอ))[\u0e01-\u0e4e]{0,20}?\s*(?:ของ|ที่)\s*"
    rf"(?:(?:คุณ|นาย|นาง)?{VILLAGER})|{SENDS_ON_CARED_FOR.pattern}"
)
_CONTACT = frozenset({"phone", "email"})


def passed_on_parts(parts: Sequence[TextPart]) -> set[str]:
    """The parts whose writer says he passes on a villager's complaint or request."""
    return {p.part for p in parts if "ส่ง" in p.text and _PASSES_ON.search(p.text)}


def writers_contact_behind(
    candidates: Sequence[FieldCandidate], parts: Sequence[TextPart], at_most: float
) -> list[FieldCandidate]:
    """`candidates` with the phones and e-mails of a part that passes on another's
    request no surer than `at_most`."""
    passed = passed_on_parts(parts)
    if not passed:
        return list(candidates)
    return [
        c.model_copy(update={"confidence": min(c.confidence, at_most)})
        if c.key in _CONTACT and c.provenance.part in passed
        else c
        for c in candidates
    ]
