"""A labelled number the letter's sentences show to be another's, beside one the writer
gives as hers (set 59).

Written from her present employer's mailbox, a former employee's request gives her own
mobile in a sentence ("หากมีข้อสงสัยติดต่อดิฉันได้ที่ 08...") and, in the signature her
mail program adds, the firm's name, address and switchboard ("โทร 056-... ต่อ 45"). The
label reader takes "โทร" at a label's confidence; the prose reader reads the same number
as said of another (the company named just before it: extractors.whose_phone). Where the
same part also gives a number she says to call her back at, that labelled number is set
below it: the label says only that it is a phone, the sentences say whose.

So too a number the letter's own sentences give after โทร/เบอร์ ABOVE the labelled one,
and do not say is another's (set 66): a cooperative's office line in the letter its
staff sends, beside the "มือถือ" of the staff's signature under the chairman's closing,
which the sentences read as hers (her titled name just above it). Not one below it: a
mail server's notice appended under the mail ("Tel. +66 2 ...") is no one's to call. A
number after โทร may be a form's line of another's part as well (a worker's above his
employer's, set 31): the labelled one is only flagged then (DOUBT), not set below it.

So too a labelled number the sentences call old ("โทรศัพท์บ้านเดิม 053-... เปลี่ยนเป็น
09..."), come again under a label (the signature she has not yet changed, written with
+66 or with its 0), where the same part says another number is hers.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate
from extractors.prose import (
    ANOTHERS_PHONE,
    CALL_BACK,
    OLD_PHONE,
    OLD_PHONE_CONFIDENCE,
    SAID_PHONE,
)
from extractors.validate import normalise_phone

__all__ = ["without_anothers_labelled"]

Where = tuple[str, int | None, str]  # part, attachment, number
# A switchboard's extension after the number ("034-... ext. 21", "02-... ต่อ 45"): a firm's
# line, never a person's own to call back; with a number said above it and the sentences
# saying it is another's, it is set below, not only flagged (set 69: an executor's
# company signature in Outlook under his mobile in the body).
_EXTENSION = re.compile(r"(?:ต่อ|ext\.?|extension|x)\s*[0-9๐-๙]", re.IGNORECASE)
DOUBT = 0.7  # below review.REVIEW_BELOW: a clerk looks whose it is


def without_anothers_labelled(
    candidates: list[FieldCandidate], key: str = "phone"
) -> list[FieldCandidate]:
    """`candidates` with a labelled number set aside where the same part's sentences say
    it is another's and give another number as the writer's own to call back (or one
    after โทร above it)."""
    anothers: set[Where] = set()
    old: set[Where] = set()
    hers: set[Where] = set()
    called_back: set[tuple[str, int | None]] = set()  # parts with a number to call back
    said: dict[tuple[str, int | None], list[int]] = {}  # lines of numbers said after โทร
    for c in candidates:
        number = normalise_phone(c.value) if c.key == key else None
        if number is None or c.provenance.method != "prose":
            continue
        where = (c.provenance.part, c.provenance.filename_index, number)
        if c.provenance.label == ANOTHERS_PHONE:
            anothers.add(where)
        elif c.provenance.label == OLD_PHONE:
            old.add(where)
        elif c.provenance.label == CALL_BACK:
            hers.add(where)
            called_back.add(where[:2])
        elif c.provenance.label == SAID_PHONE and c.provenance.line is not None:
            said.setdefault(where[:2], []).append(c.provenance.line)
            hers.add(where)
    out = []
    for c in candidates:
        number = normalise_phone(c.value) if c.key == key else None
        where = (c.provenance.part, c.provenance.filename_index, number or "")
        line = c.provenance.line
        above = line is not None and any(n < line for n in said.get(where[:2], ()))
        if (
            number is not None
            and c.provenance.method is None
            and where in anothers
            and where not in hers
            and (where[:2] in called_back or above)
        ):
            sure = where[:2] in called_back or _EXTENSION.search(c.value) is not None
            least = OLD_PHONE_CONFIDENCE if sure else DOUBT
            c = c.model_copy(update={"confidence": min(c.confidence, least)})
        elif (
            number is not None
            and c.provenance.method is None
            and where in old
            and where not in hers
            and (where[:2] in called_back or where[:2] in said)
        ):
            c = c.model_copy(update={"confidence": min(c.confidence, OLD_PHONE_CONFIDENCE)})
        out.append(c)
    return out
