"""The applicant's ID (and birth date) among several people's: the one beside her name.

A petition signed by many, or a list of household members, gives an ID on each person's
line. When the applicant's name is known (a labelled name, a coordinator) and the IDs
found are equally sure, the one on a line that also names the applicant is theirs, not
the first of the list (set 20, neighbours_petition_coordinator).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.prose import ANOTHERS_PHONE
from extractors.role_lines import ANOTHERS_ROLE_LINE

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
    (a house register's members a line each, ID and birth date on every line: set 95);
    its ID by the one on the line right under her labelled name (_under_name); her birth
    date and home by those in her own part of a form, under her name (_in_her_part); a
    phone read as another's by the one beside her name, as sure."""
    for key in (ID_KEY, BIRTH_KEY):
        chosen = _beside_name(chosen, candidates, key)
    phone = chosen.get(PHONE_KEY)
    if phone is not None and phone.provenance.label == ANOTHERS_PHONE:
        # every number read as someone's named before it (a coach's line, then the
        # manager's, set 123): the one on the applicant's own line is hers
        chosen = _beside_name(chosen, candidates, PHONE_KEY)
    chosen = _under_name(chosen, candidates)
    for key in _HER_PARTS_KEYS:
        chosen = _in_her_part(chosen, candidates, key)
    return chosen


# A form's part for one person: her name's row and the few rows under it.
_PART_ROWS = 4
# What a notification's part gives of its person, after her name: her birth date, her
# home (a death form's deceased's house above the informant's own, set 57's convention).
# Not the ID, which a form may print above the name, as the ID card does.
_HER_PARTS_KEYS = (BIRTH_KEY, "address", "province", "postal_code")
# Read under a label of the form (a later part's repeated label is read a little less
# sure than the first one's: still the form's own row, not a sentence's guess).
_AS_A_LABEL = 0.7


def _in_her_part(
    chosen: dict[str, FieldCandidate], candidates: Sequence[FieldCandidate], key: str
) -> dict[str, FieldCandidate]:
    """`chosen` with its `key` value, read above the applicant's labelled name, replaced
    by the one read under the form's label in her own part: on her name's row or the few
    under it, no other name between. A birth form on dotted lines gives the child's
    "เกิดวันที่....." first, then the mother's and father's rows, then the ผู้แจ้ง's name
    and her own "เกิดวันที่....." (set 116): the same label, the first taken. A form's part
    gives a person's name, then her facts; so the one under her name, read under the
    form's own label, is hers. It stays as sure as it was read (a clerk looks where they
    disagree)."""
    name, value = chosen.get(NAME_KEY), chosen.get(key)
    if name is None or value is None or name.provenance.method is not None:
        return chosen
    where = (name.provenance.part, name.provenance.filename_index)
    line = name.provenance.line
    if line is None or (value.provenance.part, value.provenance.filename_index) != where:
        return chosen
    if value.provenance.line is None or value.provenance.line >= line:
        return chosen

    def here(c: FieldCandidate) -> bool:
        return (c.provenance.part, c.provenance.filename_index) == where

    names_below = [
        c.provenance.line
        for c in candidates
        if c.key == NAME_KEY
        and here(c)
        and c.provenance.line
        and c.provenance.line > line
        and _folded(c.value) != _folded(name.value)
    ]
    end = min([line + _PART_ROWS, *names_below])
    hers = [
        c
        for c in candidates
        if c.key == key
        and here(c)
        and c.provenance.method is None
        and c.confidence >= _AS_A_LABEL
        and c.provenance.line is not None
        and line <= c.provenance.line < end
    ]
    if len({c.value for c in hers}) != 1 or hers[0].value == value.value:
        return chosen
    return {**chosen, key: hers[0]}


def _under_name(
    chosen: dict[str, FieldCandidate], candidates: Sequence[FieldCandidate]
) -> dict[str, FieldCandidate]:
    """`chosen` with its ID replaced by the one on the line right under the applicant's
    labelled name, no name on it, where the chosen ID stands elsewhere: a form's part
    gives a person's name, then her ID on the next line (a child's part of a day-care
    application over her parents' and the guardian's, set 109). The sentences' reader,
    seeing the guardian certify the form, took the child's ID for another's; the form's
    own order says whose it is. It stays as unsure as it was read: a clerk looks."""
    name, nid = chosen.get(NAME_KEY), chosen.get(ID_KEY)
    if name is None or nid is None or name.provenance.method is not None:
        return chosen
    part, line = name.provenance.part, name.provenance.line
    if line is None or (nid.provenance.part, nid.provenance.line) in {
        (part, line),
        (part, line + 1),
    }:
        return chosen
    where = (part, name.provenance.filename_index, line + 1)

    def on_next(c: FieldCandidate) -> bool:
        return (c.provenance.part, c.provenance.filename_index, c.provenance.line) == where

    if any(c.key == NAME_KEY and on_next(c) for c in candidates):
        return chosen
    under = [c for c in candidates if c.key == ID_KEY and on_next(c)]
    if len({c.value for c in under}) != 1 or under[0].provenance.label != ANOTHERS_ROLE_LINE:
        return chosen
    return {**chosen, ID_KEY: under[0]}


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
