"""The postal code and province of the chosen address, over another address's no surer.

Where the address chosen is an unsure one (the owner's home said in the body by the one
who writes for her), the postal code and province chosen may be another address's,
read as unsure alone ("จังหวัดระยอง 21000" at the end of a contractor's office under its
staff's signature, set 75): the owner's home in Ban Chang got Mueang Rayong's code. A
clerk reads the postal code with the address; the chosen address's own tail stands,
flagged as the address is. A surer postal code or province (its own label) is kept.
"""

from __future__ import annotations

from extractors.base import FieldCandidate
from extractors.prose import (
    ANOTHERS_ADDRESS,
    ANOTHERS_POSTAL,
    ANOTHERS_PROVINCE,
    FORMER_ADDRESS,
    FORMER_POSTAL,
    FORMER_PROVINCE,
    IN_ADDRESS,
    POSTAL_ELSEWHERE,
    POSTAL_IN_ADDRESS,
    PROVINCE_ELSEWHERE,
    REGISTERED_ADDRESS,
    REGISTERED_POSTAL,
    REGISTERED_PROVINCE,
)
from extractors.review import REVIEW_BELOW

__all__ = ["tail_beside_address"]

ADDRESS = "address"
TAIL_KEYS = ("postal_code", "province")


def tail_beside_address(
    chosen: dict[str, FieldCandidate], candidates: list[FieldCandidate]
) -> dict[str, FieldCandidate]:
    """`chosen` with an unsure address's own postal code and province (derived from it,
    extractors.address_tail) over another source's that is no surer than the address."""
    address = chosen.get(ADDRESS)
    if address is None or address.confidence >= REVIEW_BELOW:
        return chosen
    out = dict(chosen)
    for key in TAIL_KEYS:
        current = chosen.get(key)
        if current is None or current.provenance == address.provenance:
            continue
        if current.confidence > address.confidence:
            continue
        # a tail labelled by the address's kind only over one said where no address was
        # read (prose.POSTAL_ELSEWHERE): another address's own tail (a current home's
        # beside the registered one, set 54) may be the one a clerk takes
        loose = current.provenance.label in _SAID_ALONE
        own = [
            c
            for c in candidates
            if c.key == key
            and (c.provenance == address.provenance or (loose and _its_tail(c, address)))
        ]
        own = own or _said_right_after(address, key, candidates)
        if own:
            out[key] = max(own, key=lambda c: c.confidence)
    return out


# The sentences' reader ends an address before its province and postal code and reads
# those apart, under labels saying whose address they end: another's (a contractor's
# letter naming the owner's home, set 110) or the writer's own, her registered one.
_TAILS_OF_ANOTHERS = frozenset({ANOTHERS_PROVINCE, ANOTHERS_POSTAL})
_TAILS_OF_OWN = frozenset({IN_ADDRESS, POSTAL_IN_ADDRESS, REGISTERED_PROVINCE, REGISTERED_POSTAL})
# A typed letter's line may wrap inside the address: its tail on the next line is its own.
_WRAPPED_LINES = 1


def _said_right_after(
    address: FieldCandidate, key: str, candidates: list[FieldCandidate]
) -> list[FieldCandidate]:
    """The sentences' reader's `key` read right after the prose `address`: of the same
    whose, on its line or the line its wrap goes on to, no other address begun between."""
    where = address.provenance
    if where.method != "prose" or where.line is None:
        return []
    tails = _TAILS_OF_ANOTHERS if where.label == ANOTHERS_ADDRESS else _TAILS_OF_OWN
    last = where.line + _WRAPPED_LINES
    others = {
        c.provenance.line
        for c in candidates
        if c.key == ADDRESS and c.provenance.part == where.part and c.provenance != where
    }
    found = []
    for c in candidates:
        p = c.provenance
        if c.key != key or p.part != where.part or p.kind != where.kind or p.label not in tails:
            continue
        if p.method != "prose" or p.line is None or not where.line <= p.line <= last:
            continue
        if any(line is not None and where.line < line <= p.line for line in others):
            continue  # another address begun between: the tail is that one's
        found.append(c)
    return found


# The sentences' reader labels an address's postal code and province by the address's own
# kind ("ที่อยู่ตามทะเบียนบ้าน ...": the house register's, set 111: a son's reply giving his
# father's registered home, then the son's where the father stays a while): the same
# kind's tail on the address's line is its own.
_TAIL_OF = {
    REGISTERED_ADDRESS: (REGISTERED_POSTAL, REGISTERED_PROVINCE),
    FORMER_ADDRESS: (FORMER_POSTAL, FORMER_PROVINCE),
    ANOTHERS_ADDRESS: (ANOTHERS_POSTAL, ANOTHERS_PROVINCE),
}


# A postal code or province the sentences said where no address was read with it.
_SAID_ALONE = frozenset({POSTAL_ELSEWHERE, PROVINCE_ELSEWHERE})


def _its_tail(c: FieldCandidate, address: FieldCandidate) -> bool:
    """Whether `c` is labelled as `address`'s tail on its line."""
    tails = _TAIL_OF.get(address.provenance.label or "")
    if tails is None or c.provenance.label not in tails:
        return False
    # the same part, file, page, line and way of reading: only the label differs
    return c.provenance.model_dump(exclude={"label"}) == address.provenance.model_dump(
        exclude={"label"}
    )
