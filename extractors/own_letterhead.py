"""The applicant's own letterhead: her home address printed in a Word page header.

A citizen writing on her own letterhead prints her name, home and mobile at the top of
the page, and the body then says "อยู่ตามที่อยู่ข้างต้น" (at the address above) and gives
none. The header's labelled lines are read as any page margin's are; its address line
has no label, so it is read here as a letter's sentences are, but only where the header
is hers: the body points to the address above, or the letterhead carries the
applicant's own name. An office's letterhead (its name and address over a citizen's
letter) is neither, and gives her nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.address_parts import ADDRESS_PART_KEYS
from extractors.base import FieldCandidate, LabelIndex, ProvenanceKind
from extractors.prose import ProseExtractor

# The body sends the reader to the address printed above: "อยู่ตามที่อยู่ข้างต้น",
# "ที่อยู่ตามข้างบน", "ตามที่อยู่ด้านบน", "ที่อยู่ตามหัวจดหมาย".
_POINTS_ABOVE = re.compile(
    r"ที่อยู่\s*(?:ตาม\s*)?(?:ที่ระบุ\s*)?(?:ข้างต้น|ข้างบน|ด้านบน|หัว(?:จดหมาย|กระดาษ))"
)
# The keys a letterhead's address line gives: the address, its province and postal code
# (and any part the address reader splits off).
_ADDRESS_KEYS = frozenset({"address", "province", "postal_code", *ADDRESS_PART_KEYS})


def _bare(name: str) -> str:
    return "".join(name.split())


def letterhead_address(
    body: Sequence[str],
    margins: Sequence[str],
    found: Sequence[FieldCandidate],
    *,
    part: str,
    kind: ProvenanceKind,
    labels: LabelIndex,
    first_line: int,
    unsure: float,
) -> list[FieldCandidate]:
    """The address read from the page header `margins` when it is the applicant's (see
    the module's docstring); `found` holds the body's values only (a name the header
    itself gave proves nothing). Its values are capped at `unsure`, as every margin's
    value is (a clerk looks: read from a sentence, not a label). `first_line` is the
    margins' first line number in the document's lines."""
    head = ProseExtractor(kind=kind).extract("\n".join(margins), part=part, labels=labels)
    names = {_bare(c.value) for c in found if c.key == "full_name"}
    named = any(c.key == "full_name" and _bare(c.value) in names for c in head.candidates)
    pointed = _POINTS_ABOVE.search(" ".join(body)) is not None
    if not (named or pointed):
        return []
    out: list[FieldCandidate] = []
    for c in head.candidates:
        if c.key not in _ADDRESS_KEYS:
            continue
        line = (c.provenance.line or 1) + first_line - 1
        where = c.provenance.model_copy(update={"line": line})
        sure = min(c.confidence, unsure)
        out.append(c.model_copy(update={"provenance": where, "confidence": sure}))
    return out
