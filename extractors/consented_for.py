"""An owner's consent: the request is for the one he lets in, not for him (set 74).

    ข้าพเจ้า <owner> เลขประจำตัวประชาชน <his> เป็นเจ้าบ้านของบ้านเลขที่ ... โทร <his>
    ยินยอมให้ <tenant> เลขประจำตัวประชาชน <hers> ย้ายชื่อเข้าทะเบียนบ้านหลังนี้ได้

A house owner (เจ้าบ้าน), a landlord (เจ้าของห้อง/หอพัก) writes the consent a tenant
attaches to her own move-in: he writes "ข้าพเจ้า" and signs, but the one the request is
for is the tenant he names after "ยินยอมให้" / "อนุญาตให้"; her ID follows her name
(extractors.said_of_subject makes it hers, as for one vouched for). Read as the
writer's, his name and ID were taken over the student's who sent it.

Only where the writer gives his standing as owner before the words: "ข้าพเจ้ายินยอมให้
เทศบาลเก็บข้อมูล" (a privacy consent) names no one, and a writer who lets another act
for her ("ยินยอมให้ <son> ดำเนินการแทน") is still the one who asks. Nor where the text
gives the tenant's own part under a name's label ("ชื่อ-สกุล <tenant>", the consent a
block inside her own request, set 31): the request is hers already, and the owner's
block below the consent is read as a second person's (extractors.second_persons).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.thai import THAI_WORD
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = ["CONSENTED_FOR", "consented_for_entities", "in_owners_own_words"]

CONSENTED_FOR = "the one an owner's consent lets in (ยินยอมให้)"
_WORD = THAI_WORD
# The writer's "I" and his standing as the place's owner, in the same paragraph before
# the consent ("ข้าพเจ้า นาย... เป็นเจ้าบ้าน", "ในฐานะเจ้าของห้องเช่า").
_OWNER = re.compile(
    r"(?:ข้าพเจ้า|กระผม|ดิฉัน)[^\n]{0,200}?"
    r"เจ้า(?:บ้าน|ของ\s*(?:บ้าน|ห้อง|หอ|อาคาร|ที่ดิน|กรรมสิทธิ์))"
)
_LETS = re.compile(rf"(?:ยินยอม|อนุญาต)\s*ให้\s*(?P<v>{TITLED_NAME})")
_OWNER_BEFORE = 600  # characters: the writer's own paragraph, just above the consent
# "... ดำเนินการแทน", "... เป็นผู้รับมอบอำนาจ": the one let in acts for the writer
_ACTS_FOR_HIM = re.compile(r"แทน|รับมอบ")


def consented_for_entities(text: str) -> Iterator[tuple[str, str, int, str]]:
    """("full_name", the name, its offset, CONSENTED_FOR) for each person an owner who
    writes `text` lets in."""
    if "ให้" not in text or "เจ้า" not in text:
        return
    for m in _LETS.finditer(text):
        if _OWNER.search(text, max(0, m.start() - _OWNER_BEFORE), m.start()) is None:
            continue
        stop = text.find("\n", m.end())
        if _ACTS_FOR_HIM.search(text, m.end(), len(text) if stop < 0 else stop):
            continue
        name = clean_value("name", " ".join(m.group("v").split()))
        if name and not _labelled(text, name):
            yield "full_name", name, m.start("v"), CONSENTED_FOR


def _labelled(text: str, name: str) -> bool:
    """Whether `name` is given on a line of its own under a name's label ("ชื่อ-สกุล ...")."""
    spaced = r"\s+".join(re.escape(word) for word in name.split())
    return re.search(rf"^[ \t]*ชื่อ[^\n]{{0,20}}?{spaced}", text, re.MULTILINE) is not None


# Where the owner says he lives ("อยู่บ้านเลขที่", "อยู่ที่"), right before the address; not
# the house he owns and lets her into ("เป็นเจ้าบ้านของบ้านเลขที่ ...": her home, set 57).
_LIVES_AT = re.compile(r"อยู่[^\n]{0,12}$")


def in_owners_own_words(text: str, at: int) -> bool:
    """Whether the address at text[at:] is where the owner says he lives, in his own words
    before his consent on its line ("ข้าพเจ้า <owner> ... อยู่บ้านเลขที่ <his home> ...
    เป็นเจ้าของอาคาร... ยินยอมให้ <tenant> ..."): his home, not the one's he lets in,
    whichever page comes first (set 112: a landlord's consent opening the tenant's file,
    her own letter on the next page)."""
    if "ให้" not in text or "เจ้า" not in text or not _LIVES_AT.search(text, max(0, at - 20), at):
        return False
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    lets = _LETS.search(text, at, stop)
    if lets is None:
        return False
    owner = _OWNER.search(text, max(0, lets.start() - _OWNER_BEFORE), lets.start())
    if owner is None or owner.start() > at or "\n" in text[owner.start() : at]:
        return False
    return _ACTS_FOR_HIM.search(text, lets.end(), stop) is None
