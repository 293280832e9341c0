"""The applicant's ID (and birth date) among several people's: the one beside her name.

A petition signed by many, or a list of household members, gives an ID on each person's
line. When the applicant's name is known (a labelled name, a coordinator) and the IDs
found are equally sure, the one on a line that also names the applicant is theirs, not
the first of the list (set 20, neighbours_petition_coordinator).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate

__all__ = ["id_beside_name", "phone_beside_name"]

NAME_KEY = "full_name"
ID_KEY = "national_id"
PHONE_KEY = "phone"
BIRTH_KEY = "birth_date"


def _folded(name: str) -> str:
    return " ".join(name.split())


def id_beside_name(
    chosen: dict[str, FieldCandidate], candidates: Sequence[FieldCandidate]
) -> dict[str, FieldCandidate]:
    """`chosen` with its ID, and its birth date, each replaced by an equally sure one
    beside the chosen name, when the chosen value's own line does not name the applicant
    (a house register's members a line each, ID and birth date on every line: set 95)."""
    for key in (ID_KEY, BIRTH_KEY):
        chosen = _beside_name(chosen, candidates, key)
    return chosen


def _beside_name(
    chosen: dict[str, FieldCandidate], candidates: Sequence[FieldCandidate], key: str
) -> dict[str, FieldCandidate]:
    name, nid = chosen.get(NAME_KEY), chosen.get(key)
    if name is None or nid is None:
        return chosen
    ids = [c for c in candidates if c.key == key and c.confidence == nid.confidence]
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
    return {**chosen, key: beside[0]}


def phone_beside_name(
    chosen: dict[str, FieldCandidate],
    candidates: Sequence[FieldCandidate],
    about_another: Sequence[str],
    unsure_below: float,
) -> dict[str, FieldCandidate]:
    """`chosen` with an unsure phone replaced by the one on the chosen name's own row,
    where the name is of one the writer says he writes for (`about_another` labels).

    A headman's mail for a household head over a list of households, a row each (name,
    ID, house, phone), set 92: the head's row holds his own mobile; the headman's under
    his signature, chosen only because nothing else was surer, is his. The row's number
    stays as unsure as it was read (a clerk looks)."""
    name, phone = chosen.get(NAME_KEY), chosen.get(PHONE_KEY)
    if name is None or phone is None or name.provenance.label not in about_another:
        return chosen
    if phone.confidence >= unsure_below:
        return chosen
    own = _folded(name.value)
    rows = {
        (c.provenance.part, c.provenance.line)
        for c in candidates
        if c.key == NAME_KEY
        and c.provenance.line is not None
        and c.provenance.label not in about_another
        and _folded(c.value) == own
    }
    if (phone.provenance.part, phone.provenance.line) in rows:
        return chosen
    beside = [
        c
        for c in candidates
        if c.key == PHONE_KEY and (c.provenance.part, c.provenance.line) in rows
    ]
    if len({c.value for c in beside}) != 1:
        return chosen
    return {**chosen, PHONE_KEY: beside[0]}
