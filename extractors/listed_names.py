"""A typed list of people, a labelled name on each line, beside a mail whose writer names
herself: her line is hers, the others' lines are others'.

    ข้าพเจ้า นางสาว<b> ... ขอหนังสือรับรอง...              (the mail, her own words)
    1. ชื่อ นาย<a> เลขประจำตัวประชาชน ... สถานภาพ เจ้าบ้าน  (a house register typed out)
    2. ชื่อ นางสาว<b> ...                                ผู้อาศัย

A house registration's members (ท.ร.14), a family's list, copied as text into a PDF or a
body: each line's "ชื่อ" reads alike, and the first line's (the เจ้าบ้าน's) was the surest
name of the mail, over the writer's own words (set 95). Where the writer's name, said in
her own sentence, is one of the list's, the list's other names (and what else their lines
gave) are set behind (set_behind): a clerk still sees them, never as hers unflagged. A
mail written for another (prose.ABOUT_ANOTHER: the son who writes for his mother, both in
the list) is left as read: whose request it is is not the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, LineKey, SourceKey, line_of, source_of
from extractors.set_behind import behind

__all__ = ["other_side_behind", "others_listed_behind"]

NAME_KEY = "full_name"
# how prose.py names the writer naming herself ("ข้าพเจ้า <name>", "my name is <name>")
WRITERS_LABELS = frozenset({"ข้าพเจ้า/ชื่อ", "my name is"})
# what a listed person's line gives of him
ROW_KEYS = frozenset({"full_name", "national_id", "birth_date", "phone"})

Where = SourceKey
Row = LineKey


def _writers_name(candidates: Sequence[FieldCandidate], rows: set[Row]) -> str | None:
    """The one name the writer gives as her own in her sentences or signature, off the
    `rows` (a listed line's "ชื่อ <name>" is read as prose too); None unless one."""
    writers = {
        _folded(c.value)
        for c in candidates
        if c.key == NAME_KEY and c.provenance.label in WRITERS_LABELS and line_of(c) not in rows
    }
    return writers.pop() if len(writers) == 1 else None


def _folded(name: str) -> str:
    return " ".join(name.split())


def _blocks(rows: dict[Row, str], candidates: Sequence[FieldCandidate]) -> bool:
    """Whether the names head blocks of labelled lines, not a list a line each: a value
    under a label of its own on a line between them (an owner's block over his
    attorney's, "ชื่อ" then "เลขประจำตัวประชาชน" a line each, whose is said above)."""
    lines = sorted(row[3] or 0 for row in rows)
    where = next(iter(rows))[:3]
    return any(
        c.key != NAME_KEY
        and c.provenance.method is None
        and source_of(c) == where
        and line_of(c) not in rows
        and lines[0] < (c.provenance.line or 0) < lines[-1]
        for c in candidates
    )


def others_listed_behind(
    candidates: list[FieldCandidate], about_another: Sequence[str]
) -> list[FieldCandidate]:
    """`candidates` with the values of a list's lines other than the writer's set behind,
    when the writer names herself once and her name is one of the list's."""
    if any(c.provenance.label in about_another for c in candidates):
        return candidates
    lists: dict[tuple[Where, str | None], dict[Row, str]] = {}
    for c in candidates:
        p = c.provenance
        if c.key != NAME_KEY or p.method is not None or p.line is None:
            continue
        lists.setdefault((source_of(c), p.label), {})[line_of(c)] = _folded(c.value)
    lists = {
        k: rows
        for k, rows in lists.items()
        if len(rows) >= 2 and len(set(rows.values())) >= 2 and not _blocks(rows, candidates)
    }
    listed = {row for rows in lists.values() for row in rows}
    writer = _writers_name(candidates, listed)
    if writer is None:
        return candidates
    others: set[Row] = set()
    for rows in lists.values():
        names = set(rows.values())
        if writer in names:
            others |= {row for row, name in rows.items() if name != writer}
    if not others:
        return candidates
    return [behind(c) if c.key in ROW_KEYS and line_of(c) in others else c for c in candidates]


# A certificate of two people side by side, each label naming its side: a marriage
# certificate's (คร.3) "ชื่อ-สกุล ฝ่ายชาย" and "เลขประจำตัวประชาชน (ฝ่ายหญิง)", a divorce's
# the same. The wife who asks writes her own name; the husband's side is another's.
_SIDE = re.compile(r"ฝ่าย(?:ชาย|หญิง)")


def other_side_behind(
    candidates: list[FieldCandidate], about_another: Sequence[str]
) -> list[FieldCandidate]:
    """`candidates` with the values labelled for the side (`_SIDE`) whose name is not the
    writer's set behind, when the writer names herself and her name is one side's."""
    if any(c.provenance.label in about_another for c in candidates):
        return candidates

    def side(c: FieldCandidate) -> str | None:
        found = _SIDE.search(c.provenance.label or "") if c.provenance.method is None else None
        return found.group(0) if found else None

    names: dict[str, set[str]] = {}
    for c in candidates:
        if c.key == NAME_KEY and (s := side(c)) is not None:
            names.setdefault(s, set()).add(_folded(c.value))
    if len(names) < 2:
        return candidates
    # two writers (a side's line read as prose too) are none: nothing is set behind
    writer = _writers_name(candidates, set())
    hers = [s for s, said in names.items() if writer in said]
    if len(hers) != 1:
        return candidates
    return [
        behind(c) if c.key in ROW_KEYS and side(c) not in (None, hers[0]) else c for c in candidates
    ]
