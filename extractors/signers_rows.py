"""A petition's list of signers: the row of the one who asks, the others' rows not.

    1. นาย<a> เลขบัตร ... บ้านเลขที่ ... โทร ...
    2. นาง<b> เลขบัตร ... บ้านเลขที่ ... โทร ...          the representative
    3. นาย<c> ...
    ขอให้ติดต่อผู้ประสานงาน คือ นาง<b>

Villagers petition together (set 71): each signer's name, ID, house number and phone on a
line of his own. The request is ONE person's to answer: the representative the letter
names (ผู้แทน, ผู้ประสานงาน, ตัวแทน, "มอบหมายให้ ... เป็นผู้ติดต่อ"; a partnership's
managing partner, set 88), or the one whose name the letter signs or gives elsewhere (his
ลงชื่อ, "ข้าพเจ้า <him>"), wherever he stands in the list; where none is named, the first
signer. The sentences' reader read every row's values alike, and the first row's (or a
grandchild's number under the list) was taken.

Rows are the lines of one part each holding a listed name (a numbered line's, or a titled
name right before its ID) and an ID; two or more make a list. The chosen row's values are
set at SAID (flagged as prose values are: a clerk looks), the other rows' below it; a
value labelled outside the list is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, LineKey, line_of
from extractors.prose import LISTED_NAME, NAME_BEFORE_ID
from extractors.role_words import SIGNS_FOR_BODY
from extractors.signers_home import signers_home
from extractors.thai import CHILD_TITLE, CIVIL_TITLE

__all__ = ["signers_row_first"]

# How a list's row names its signer: a numbered line's titled name, or a titled name right
# before its ID (a table's row as text); not the writer's "ข้าพเจ้า <name>" nor the one he
# vouches for, each on a line of his own.
ROW_NAMES = frozenset({LISTED_NAME, NAME_BEFORE_ID})
SAID = 0.65  # the chosen row's values: a sentence's number said after โทร (prose)
OTHERS = 0.45  # the other signers' values: below any the letter gives as the writer's
ROW_KEYS = frozenset({"full_name", "national_id", "phone", "address", "email"})
# A line naming the one who acts for the signers.
TITLED = re.compile(CIVIL_TITLE)
CHILD = re.compile(CHILD_TITLE)
# A partnership's or a company's list of partners or directors names the one who signs
# for it by his part, on his row ("2) นาย... (หุ้นส่วนผู้จัดการ)") or under the letter
# ("ลงชื่อ นาย... หุ้นส่วนผู้จัดการ"): he is the one who asks (role_words.SIGNS_FOR_BODY, as
# a sheet's role column reads it, sheet_roles), the other partners never (set 88).
_REPRESENTATIVE = re.compile(rf"ผู้แทน|ตัวแทน|ผู้ประสานงาน|ผู้ติดต่อ|มอบหมายให้|{SIGNS_FOR_BODY}")

Row = LineKey


def _row(c: FieldCandidate) -> Row | None:
    return None if c.provenance.line is None else line_of(c)


def signers_row_first(
    candidates: list[FieldCandidate], texts: Sequence[str]
) -> list[FieldCandidate]:
    """`candidates` with the values of the asker's row of a signers' list above the other
    rows'; `texts` the mail's text parts, searched for the line naming a representative."""
    names: dict[Row, str] = {}
    ids: set[Row] = set()
    reached: set[Row] = set()  # rows with a house number or a phone
    for c in candidates:
        row = _row(c)
        if row is None or c.provenance.method != "prose":
            continue
        if c.key == "full_name" and c.provenance.label in ROW_NAMES:
            names.setdefault(row, " ".join(c.value.split()))
        elif c.key == "national_id":
            ids.add(row)
        elif c.key in ("phone", "address"):
            reached.add(row)
    listed = _one_list(names, ids)
    chosen: Row | None = None
    if listed is None:
        # rows with no IDs (house numbers, phones): a petition's signers only where the
        # letter names one of them its representative ("(ผู้แทน)" on his row, set 107)
        listed = _one_list(names, reached - ids)
        if listed is None:
            return candidates
        chosen = _representative(listed, names, texts)
        if chosen is None:
            return candidates
    if _writer_not_listed(listed, names, candidates):
        return candidates  # a list of others (heirs, members) under the writer's letter
    chosen = chosen or _asker(listed, names, candidates, texts)
    out = []
    for c in candidates:
        row = _row(c)
        if c.key not in ROW_KEYS or row not in listed:
            out.append(c)
        elif row == chosen:
            out.append(c.model_copy(update={"confidence": max(c.confidence, SAID)}))
        else:
            out.append(c.model_copy(update={"confidence": min(c.confidence, OTHERS)}))
    # where the letter says to reach the representative ("ติดต่อผู้แทน <home> โทร ..."):
    # his, and a whole address there above his row's house number alone
    out = _reached_at(out, listed, texts)
    # his house number and the village the letter names, above the number alone
    mine = [c for c in candidates if _row(c) == chosen]
    at = next(c.provenance for c in mine if c.key == "full_name")
    return [*out, *signers_home(names[chosen], mine, texts, at, SAID + 0.01)]


def _one_list(names: dict[Row, str], valued: set[Row]) -> list[Row] | None:
    """The one list of two rows or more (in one part) that each name a signer and give a
    value of his; None where none or several."""
    by_part: dict[tuple[str, int | None], list[Row]] = {}
    for row in sorted(row for row in names if row in valued):
        by_part.setdefault(row[:2], []).append(row)
    lists = [part_rows for part_rows in by_part.values() if len(part_rows) >= 2]
    return lists[0] if len(lists) == 1 else None


# The line where a petition says to reach its representative, by his part, not his name
# ("ติดต่อผู้แทน 8 หมู่ที่ 11 ... โทร ...", "ที่อยู่ผู้ประสานงาน ...", "โทรตัวแทน ...").
_REACH_REPRESENTATIVE = re.compile(
    r"^\s*(?:ติดต่อ|ที่อยู่|โทร(?:ศัพท์)?|เบอร์(?:โทร)?)\s*(?:ผู้แทน|ตัวแทน|ผู้ประสานงาน)"
)
REACHED_AT = SAID + 0.02  # above his row's values, and his house number with the village


def _reached_at(
    candidates: list[FieldCandidate], listed: list[Row], texts: Sequence[str]
) -> list[FieldCandidate]:
    """`candidates` with the phone, address, province and postal code read off the line
    that says where to reach the representative raised to REACHED_AT: the letter's words
    for him (read as another's, the part's word before them), the one who asks."""
    lines = [
        " ".join(line.split())
        for text in texts
        for line in text.splitlines()
        if _REACH_REPRESENTATIVE.match(line)
    ]
    if not lines:
        return candidates
    parts = {row[:2] for row in listed}
    return [
        c.model_copy(update={"confidence": max(c.confidence, REACHED_AT)})
        if c.key in _REACHED_KEYS
        and c.provenance.method == "prose"
        and (_row(c) or ("",))[:2] in parts
        and _row(c) not in listed
        and any(" ".join(c.value.split()) in line for line in lines)
        else c
        for c in candidates
    ]


_REACHED_KEYS = frozenset({"phone", "address", "province", "postal_code"})


def _writer_not_listed(
    listed: list[Row], names: dict[Row, str], candidates: list[FieldCandidate]
) -> bool:
    """Whether the text names a titled person outside the list who is none of its rows
    (an executor's letter over the heirs' list, set 69): the list is not his signers'."""
    row_names = {names[row] for row in listed}
    if any(CHILD.match(name) for name in row_names):
        return True  # children are listed, not signers (a parent's list, set 61)
    return any(
        c.key == "full_name"
        and _row(c) not in listed
        and TITLED.match(c.value.strip()) is not None
        and " ".join(c.value.split()) not in row_names
        for c in candidates
    )


def _asker(
    listed: list[Row], names: dict[Row, str], candidates: list[FieldCandidate], texts: Sequence[str]
) -> Row:
    """The representative's row, else the row of the one named outside the list, else
    the first."""
    row_of = {names[row]: row for row in listed}
    representative = _representative(listed, names, texts)
    if representative is not None:
        return representative
    elsewhere = {
        " ".join(c.value.split())
        for c in candidates
        if c.key == "full_name" and _row(c) not in listed
    } & set(row_of)
    if len(elsewhere) == 1:
        return row_of[elsewhere.pop()]
    return listed[0]


def _representative(listed: list[Row], names: dict[Row, str], texts: Sequence[str]) -> Row | None:
    """The row of the one signer a line naming a representative names; else None."""
    row_of = {names[row]: row for row in listed}
    named = {
        name
        for text in texts
        for line in text.splitlines()
        if _REPRESENTATIVE.search(line)
        for name in row_of
        if name in " ".join(line.split())
    }
    return row_of[named.pop()] if len(named) == 1 else None
