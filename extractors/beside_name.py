"""The applicant's ID among several people's: the one written beside the applicant's name.

A petition signed by many, or a list of household members, gives an ID on each person's
line. When the applicant's name is known (a labelled name, a coordinator) and the IDs
found are equally sure, the one on a line that also names the applicant is theirs, not
the first of the list (set 20, neighbours_petition_coordinator).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate

__all__ = ["id_beside_name"]

NAME_KEY = "full_name"
ID_KEY = "national_id"


def _folded(name: str) -> str:
    return " ".join(name.split())


def id_beside_name(
    chosen: dict[str, FieldCandidate], candidates: Sequence[FieldCandidate]
) -> dict[str, FieldCandidate]:
    """`chosen` with its ID replaced by an equally sure one beside the chosen name, when
    the chosen ID's own line does not name the applicant."""
    name, nid = chosen.get(NAME_KEY), chosen.get(ID_KEY)
    if name is None or nid is None:
        return chosen
    ids = [c for c in candidates if c.key == ID_KEY and c.confidence == nid.confidence]
    if len({c.value for c in ids}) < 2:
        return chosen
    own = _folded(name.value)
    lines = {
        (c.provenance.part, c.provenance.line)
        for c in candidates
        if c.key == NAME_KEY and c.provenance.line is not None and _folded(c.value) == own
    }
    if (nid.provenance.part, nid.provenance.line) in lines:
        return chosen
    beside = [c for c in ids if (c.provenance.part, c.provenance.line) in lines]
    if len({c.value for c in beside}) != 1:
        return chosen
    return {**chosen, ID_KEY: beside[0]}
