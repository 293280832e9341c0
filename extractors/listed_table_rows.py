"""A table of several people in a mail, its writer signing below it.

An owner sends her kitchen staff for their food handlers' cards, a chair his members, an
HR officer the hotel's cooks: the mail's table lists them a row each (a name, an ID, a
birth date, a mobile), and its writer signs under it with her own name and numbers:

    ลำดับ | ชื่อ-สกุล        | เลขบัตรประชาชน | เบอร์โทร
    1     | นาง<staff one>  | 3-...          | 08...
    2     | นาย<staff two>  | 1-...          | 09...
    --
    นาง<owner>
    เลขบัตร ...

The rows, typed as text (an HTML table's row becomes "a | b | c", a bar between cells),
read as a titled name before its ID, each as sure as the writer's own sentences; the
signature, a last resort, came behind the first listed person (set 112). Those rows are
others' values: where the signature names someone none of the rows does, they are set
behind the signature's values. A signer who is one of the rows is left to
`listed_names` (the writer among the people she lists).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.set_behind import behind
from extractors.title_options import TITLED_NAME

__all__ = ["LISTED_CONFIDENCE", "listed_rows_behind_signer", "listed_table_rows"]

# Below a signature's values (prose.SIGNATURE_CONFIDENCE, 0.45): the signer's come first.
LISTED_CONFIDENCE = 0.4
MIN_CELLS = 3  # a row of a table of people: a number or a name, an ID, a phone...
MIN_ROWS = 2  # one person's row is no list
_NAME = re.compile(TITLED_NAME)


def _folded(name: str) -> str:
    return "".join(name.split())


def _same(signer: str, listed: str) -> bool:
    """One person's name, titled or not on either side ("นางสมศรี แก้วบุญ", "สมศรี แก้วบุญ")."""
    return signer.endswith(listed) or listed.endswith(signer)


def listed_table_rows(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """{line number: the titled name it gives} for the rows of each run of table rows
    (consecutive lines of MIN_CELLS cells or more parted by bars) that lists two people
    or more, each row one titled name."""
    rows: dict[int, str] = {}
    run: dict[int, str] = {}
    for number, line in [*lines, (-1, "")]:
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) >= MIN_CELLS:
            names = [m.group(0) for cell in cells if (m := _NAME.match(cell))]
            if len(names) == 1:
                run[number] = _folded(names[0])
            continue  # a header's row, or a row of no one, keeps the run
        if len(run) >= MIN_ROWS and len(set(run.values())) >= MIN_ROWS:
            rows |= run
        run = {}
    return rows


def listed_rows_behind_signer(
    candidates: list[FieldCandidate],
    lines: Sequence[tuple[int, str]],
    signed: Sequence[FieldCandidate],
) -> list[FieldCandidate]:
    """`candidates` (read from `lines`) with those of a table's rows of people set behind
    `signed` (the signature's values), where the signature names one none of them is."""
    listed = listed_table_rows(lines)
    signers = {_folded(c.value) for c in signed if c.key == "full_name"}
    if not listed or not signers or any(_same(s, n) for s in signers for n in listed.values()):
        return candidates
    return [behind(c, LISTED_CONFIDENCE) if c.provenance.line in listed else c for c in candidates]
