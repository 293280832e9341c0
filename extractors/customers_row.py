"""A firm's paper sent by its customer: her row is the asker's, the firm's head is not.

A contractor's quotation, an installer's data sheet, a repair shop's estimate opens with
the firm's head block (its name alone or under its part, its tax number, its line, the
man who quotes or its engineer with his mobile), then names the one it works for on a row
of her own, by her part and not a field's label:

    ห้างหุ้นส่วนจำกัด ...                       the firm: no person, its own head
    เลขประจำตัวผู้เสียภาษี | ... | โทร | ...
    ผู้เสนอราคา | นาย<foreman> | มือถือ | ...     its man: the one who quotes
    (blank)
    ลูกค้า | นาง<customer>                      the customer, a person
    ที่อยู่ลูกค้า | ...

A citizen who sends such a paper with her request sends it as its customer (a receipt
made out to her, buyers_block's reading): the head's name, numbers and box are the
firm's, set behind, and the customer's name is read from her row, below review (the row
says whose paper it is, not that she asks), where no sure name is read below the head.
A paper made out to a body (an agency as a seller's buyer) is buyers_block's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, Provenance, ProvenanceKind
from extractors.juristic import is_juristic_name
from extractors.review import REVIEW_BELOW
from extractors.role_words import CUSTOMER
from extractors.set_behind import compared, first_block, with_values_behind
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = ["CUSTOMER_CONFIDENCE", "with_customers_row"]

CUSTOMER_CONFIDENCE = 0.7  # below review: her row names her, not her asking
# The customer's part: a firm's word for her, alone or joined by a slash to the owner's
# ("เจ้าของ/ผู้ใช้ไฟฟ้า"). An owner's part alone is not one: a firm's own permit names the
# building's owner so (its landlord, who consents), and the firm asks.
_OWNER = r"เจ้าของ(?:บ้าน|อาคาร|ที่ดิน)?"
_PART = rf"(?:{CUSTOMER}|{_OWNER}\s*/\s*{CUSTOMER}|{CUSTOMER}\s*/\s*{_OWNER})"
_CUSTOMERS_ROW = re.compile(rf"^\s*(?:ชื่อ\s*)?(?P<part>{_PART})\s*[:：]\s*(?P<v>{TITLED_NAME})\s*$")
_PERSON = re.compile(TITLED_NAME)


def _firms_head(texts: Sequence[str]) -> set[int]:
    """The numbers of the first block's lines when its first line gives a firm's name,
    alone or as a pair's value, or a title alone (no pair, no person) over such a line.
    A person's own block naming her employer under her name is no firm's head."""
    block = sorted(first_block(texts))
    for k, n in enumerate(block[:2]):
        text = texts[n - 1]
        value = text.split(":", 1)[1] if ":" in text else text
        if is_juristic_name(value.strip()):
            return set(block)
        if k == 0 and (":" in text or _PERSON.search(text)):
            return set()
    return set()


def with_customers_row(
    lines: Sequence[str], found: list[FieldCandidate], *, part: str, kind: ProvenanceKind
) -> list[FieldCandidate]:
    """`found` (read from `lines`, numbered from 1) with a firm's head set behind and its
    customer's name added from her row (see the module's docstring)."""
    texts = [line.strip() for line in lines]
    head = _firms_head(texts)
    if not head:
        return found
    row = next(
        (
            (n, m)
            for n, text in enumerate(texts, start=1)
            if n > max(head) and (m := _CUSTOMERS_ROW.match(text))
        ),
        None,
    )
    if row is None:
        return found
    n, m = row
    makers = {compared(c) for c in found if (c.provenance.line or 0) in head}
    found = with_values_behind(found, makers)
    below = max(head)
    if any(
        c.key == "full_name" and c.confidence >= REVIEW_BELOW and (c.provenance.line or 0) > below
        for c in found
    ):
        return found
    name = clean_value("name", " ".join(m.group("v").split()))
    if not name:
        return found
    provenance = Provenance(part=part, kind=kind, line=n, label=m.group("part"))
    return [
        *found,
        FieldCandidate(
            key="full_name", value=name, provenance=provenance, confidence=CUSTOMER_CONFIDENCE
        ),
    ]
