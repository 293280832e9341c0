"""A labelled number the letter's sentences show to be another's, beside one the writer
gives as hers (set 59).

Written from her present employer's mailbox, a former employee's request gives her own
mobile in a sentence ("หากมีข้อสงสัยติดต่อดิฉันได้ที่ 08...") and, in the signature her
mail program adds, the firm's name, address and switchboard ("โทร 056-... ต่อ 45"). The
label reader takes "โทร" at a label's confidence; the prose reader reads the same number
as said of another (the company named just before it: extractors.whose_phone). Where the
same part also gives a number she says to call her back at, that labelled number is set
below it: the label says only that it is a phone, the sentences say whose.

So too a number the letter's own sentences give after โทร/เบอร์ and do not say is
another's (set 66): a cooperative's office line in the letter its staff sends, beside
the "มือถือ" of the staff's signature under the chairman's closing, which the sentences
read as hers (her titled name just above it).
"""

from __future__ import annotations

from extractors.base import FieldCandidate
from extractors.prose import ANOTHERS_PHONE, CALL_BACK, OLD_PHONE_CONFIDENCE, SAID_PHONE
from extractors.validate import normalise_phone

__all__ = ["without_anothers_labelled"]

_HERS = frozenset({CALL_BACK, SAID_PHONE})  # numbers the sentences give as the writer's


def without_anothers_labelled(
    candidates: list[FieldCandidate], key: str = "phone"
) -> list[FieldCandidate]:
    """`candidates` with a labelled number set aside where the same part's sentences say
    it is another's and give another number as the writer's own to call back."""
    anothers: set[tuple[str, int | None, str]] = set()
    hers: set[tuple[str, int | None, str]] = set()
    for c in candidates:
        number = normalise_phone(c.value) if c.key == key else None
        if number is None or c.provenance.method != "prose":
            continue
        where = (c.provenance.part, c.provenance.filename_index, number)
        if c.provenance.label == ANOTHERS_PHONE:
            anothers.add(where)
        elif c.provenance.label in _HERS:
            hers.add(where)
    parts_with_hers = {(part, index) for part, index, _ in hers}
    out = []
    for c in candidates:
        number = normalise_phone(c.value) if c.key == key else None
        where = (c.provenance.part, c.provenance.filename_index, number or "")
        if (
            number is not None
            and c.provenance.method is None
            and where in anothers
            and where not in hers
            and where[:2] in parts_with_hers
        ):
            c = c.model_copy(update={"confidence": min(c.confidence, OLD_PHONE_CONFIDENCE)})
        out.append(c)
    return out
