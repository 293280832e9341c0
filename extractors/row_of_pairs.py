"""A typed row of a register's member, its pairs one space apart with no colons:

    1. ชื่อ นายสมคิด ใจงาม เลขประจำตัวประชาชน 3 4012 00518 27 7 เพศ ชาย เกิด 3 ก.พ. 2505 ...

A house registration (ท.ร.14) typed out as a text PDF or a Word paragraph lists each
member so (set 95: the asker's ID and birth date on her own row were read as nothing). A
name has no shape of its own that ends it, so the row was read as one pair, the name's;
and a pair no field takes ("เพศ ชาย") ended the row, the birth date after it lost.

In a numbered list's row (one member's), a titled name ends after its surname where the
next words open another field's pair; a line no list numbers is read whole as before (a
certificate's "ชื่อ ด.ญ.... เลขประจำตัวประชาชน ..." beside the one who asks). A pair no
field takes is passed over to the next that one does. The caller's parse says
what a piece is (body_form.parse_label_line).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.title_options import TITLED_NAME

__all__ = ["after_titled_name", "numbered_row", "past_no_field_pair", "rows_rejoined"]

_TITLED = re.compile(TITLED_NAME)
_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
# a list's item number opening the row ("1. ", "๒) ")
_ITEM_NUMBER = re.compile(r"\s*[0-9๐-๙]{1,2}[.)]\s")
# a pair no field takes is a word or two ("เพศ ชาย", "สัญชาติ ไทย", "หมู่โลหิต O"):
# searched this many spaces in, no further (a longer run is a sentence, not a pair)
NO_FIELD_PAIR_WORDS = 3


def numbered_row(line: str) -> bool:
    """Whether `line` opens with a list's item number: one member's row of a list."""
    return _ITEM_NUMBER.match(line) is not None


def after_titled_name(line: str, value: str, opens_other: Callable[[str], bool]) -> int | None:
    """Where the pair after a titled name read as `value` starts in `line`: right after
    the name's surname, when what follows opens another field's pair; else None."""
    at = line.find(value)
    name = _TITLED.match(line, at) if at >= 0 else None
    if name is None or name.end() >= len(line.rstrip()):
        return None
    rest = line[name.end() :]
    start = name.end() + len(rest) - len(rest.lstrip())
    return start if opens_other(line[start:]) else None


def past_no_field_pair(line: str, opens_field: Callable[[str], bool]) -> int | None:
    """Where the first field's pair starts after a pair no field takes opening `line`
    ("เพศ ชาย เกิด 3 ก.พ. 2505": at เกิด), within a few words; else None."""
    for n, space in enumerate(_ONE_SPACE.finditer(line)):
        if n >= NO_FIELD_PAIR_WORDS:
            break
        if n > 0 and opens_field(line[space.end() :]):
            return space.end()
    return None


def rows_rejoined(
    lines: Sequence[tuple[int, str]], dangling: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """`lines` with a numbered row that ends on a label, its value wrapped onto the next
    line ("3. ชื่อ ... เพศ" / "หญิง เกิด ๒ ธ.ค. ๒๕๔๒ ...", a PDF's page width), joined to
    that line; the next line is left empty. A label never ends a row: its value follows.
    `dangling` says whether a word is a label (a field's or a pair's no field takes)."""
    out = list(lines)
    for k in range(len(out) - 1):
        (n, line), (m, after) = out[k], out[k + 1]
        words = line.split()
        if not (numbered_row(line) and after.strip() and words) or numbered_row(after):
            continue
        if dangling(words[-1]):
            out[k], out[k + 1] = (n, f"{line.rstrip()} {after.strip()}"), (m, "")
    return out
