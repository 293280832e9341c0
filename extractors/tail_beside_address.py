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
        own = [c for c in candidates if c.key == key and c.provenance == address.provenance]
        if own:
            out[key] = max(own, key=lambda c: c.confidence)
    return out
