"""Two addresses of one person: the registered one and where she lives now.

A request often gives the house-registration address (ที่อยู่ตามทะเบียนบ้าน, ภูมิลำเนา)
beside the current one (ที่อยู่ปัจจุบัน, ที่อยู่ที่ติดต่อได้), in either order. The case
keeps the CURRENT one: the agency's answer and its officer go there, and the registered
one is on the copy of the house registration a clerk asks for anyway (set 40; set 10
accepts either). Read under its label, each gave the address, province and postal code
with the same confidence, so the first line won and both were flagged.

The registered address's values are kept, below review's rivals (review.MIN_RIVAL), only
where the same source gives a current address with a house number: a current-address
label answered "ตามทะเบียนบ้าน" (the same as registered) leaves the registered one alone.
"""

from __future__ import annotations

import re

from extractors.address_abroad import is_abroad
from extractors.base import FieldCandidate, SourceKey, line_of, source_of

# the fields an address's line gives (its tail gives province and postal code)
_ADDRESS_KEYS = frozenset({"address", "province", "postal_code"})
# a move-in's former address (ที่อยู่เดิม, ย้ายออกจาก) is the registered one it leaves;
# its new one (ที่อยู่ใหม่, มาอยู่ที่) and a worker's dormitory (ที่พัก) where she lives (set 54)
_REGISTERED = re.compile(
    r"ทะเบียนบ้าน|ทร\.?\s?14|ภูมิลำเนา|ที่อยู่เดิม|ย้ายออกจาก|\bregistered\b", re.IGNORECASE
)
_CURRENT = re.compile(r"ปัจจุบัน|ติดต่อได้|ที่อยู่ใหม่|มาอยู่ที่|ที่พัก|\bcurrent\b|\bcontact\b", re.IGNORECASE)
# the province and postal code a reader takes from an address's own line
_FROM_LINE = ("province in address", "postal code in address")
_DIGIT = re.compile(r"[0-9๐-๙]")
_TAIL_KEYS = ("province", "postal_code")
# below review.MIN_RIVAL (0.5): kept for a request that gives nothing else, no rival
REGISTERED_CONFIDENCE = 0.3
# An unlabelled address alone on its lines (extractors.prose): a letter's sender block at
# its head is where she writes from, so beside the house register's home her sentence
# names, it is the current one (set 59: "ปัจจุบันพักอาศัยอยู่ตามที่อยู่ข้างต้น").
ADDRESS_LINE = "address line"


def _label(c: FieldCandidate) -> str:
    return c.provenance.label or ""


def _is_current(c: FieldCandidate) -> bool:
    label = _label(c)
    return bool(_CURRENT.search(label)) and not _REGISTERED.search(label)


def is_registered(c: FieldCandidate) -> bool:
    """Read under a registered address's label alone (ที่อยู่ตามทะเบียนบ้าน, ภูมิลำเนา)."""
    label = _label(c)
    return bool(_REGISTERED.search(label)) and not _CURRENT.search(label)


def _from_boxes(c: FieldCandidate) -> bool:
    """An address joined from a form's boxes (address_parts labels it with the boxes'
    labels joined by " + "): beside a registered address read whole from the same source,
    the boxes are the other address, the current one (set 54: the town's Word form gives
    the registered home in one cell and the current address box by box)."""
    return " + " in _label(c) and not is_registered(c)


# A current home's blank answered with the registered one's name ("ตามทะเบียนบ้าน",
# "เหมือนที่อยู่ตามทะเบียนบ้าน", "ตาม ทร.14"): the same home, no address of its own (set 59:
# a Word form's dotted line read it as the address itself).
_SAME_AS_REGISTERED = re.compile(
    r"(?:เหมือน|ใช้|ตรงกับ|เช่นเดียวกับ|ที่เดียวกับ)?\s*(?:ที่อยู่)?\s*(?:ตาม)?\s*"
    r"(?:ทะเบียนบ้าน|ทร\.?\s?14)\s*(?:ข้างต้น|ด้านบน)?|same\s+as\s+(?:the\s+)?registered(?:\s+address)?",
    re.IGNORECASE,
)
_ENDS = " .,:;-()（）"


def _senders_block(c: FieldCandidate) -> bool:
    """An unlabelled address line that is no sentence naming the register: a wrapped
    line "2569 มีชื่ออยู่ในทะเบียนบ้านเลขที่ ..." reads as one too (set 57)."""
    return _label(c) == ADDRESS_LINE and not _REGISTERED.search(c.value)


def _heads_the_letter(c: FieldCandidate, first_registered: dict[SourceKey, int]) -> bool:
    """A sender's block above the registered address its text gives: where she writes
    from. One under it, in the signature, is the signer's own, and the signer may write
    for another (set 106: a fishers' group's chair under his member's registered home)."""
    if not _senders_block(c):
        return False
    below = first_registered.get(source_of(c))
    line = c.provenance.line
    return below is None or line is None or line < below


def current_address_first(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """The candidates with a registered address's values put below a current one's read
    from the same source; a current one that only names the registered one, left out."""
    candidates = [
        c
        for c in candidates
        if not (c.key == "address" and _SAME_AS_REGISTERED.fullmatch(c.value.strip(_ENDS)))
    ]
    # the first line of each source that gives the registered address
    first_registered: dict[SourceKey, int] = {}
    for c in candidates:
        if c.key == "address" and is_registered(c) and c.provenance.line is not None:
            at = first_registered.get(source_of(c), c.provenance.line)
            first_registered[source_of(c)] = min(at, c.provenance.line)
    current = {
        source_of(c)
        for c in candidates
        if c.key == "address"
        and (_is_current(c) or _from_boxes(c) or _heads_the_letter(c, first_registered))
        and _DIGIT.search(c.value)
        # a dormitory abroad is no home the agency's answer goes to (address_abroad)
        and not is_abroad(c.value)
    }
    if not current:
        return candidates
    # the registered address's line: the province and postal code read from it are its own
    registered = {
        line_of(c)
        for c in candidates
        if c.key == "address" and source_of(c) in current and is_registered(c)
    }
    # lines where a sentence told the register's province and postal code apart
    # (prose.REGISTERED_PROVINCE): its other "province in address" ends the current one
    told = {
        line_of(c)
        for c in candidates
        if c.key in _TAIL_KEYS and c.provenance.method == "prose" and is_registered(c)
    }
    return [
        c.model_copy(update={"confidence": min(c.confidence, REGISTERED_CONFIDENCE)})
        if c.key in _ADDRESS_KEYS
        and source_of(c) in current
        and (
            is_registered(c)
            or (
                _label(c) in _FROM_LINE
                and line_of(c) in registered
                and not (c.provenance.method == "prose" and line_of(c) in told)
            )
        )
        else c
        for c in candidates
    ]
