"""A notice's informant beside the one the help is for: the informant's rows set behind.

    ชื่อ-สกุล ผู้ขอรับความช่วยเหลือ | นาง<elder>
    เลขประจำตัวประชาชน            | ...
    ชื่อผู้แจ้ง                      | นางสาว<volunteer> (อสม.)
    เบอร์โทรผู้แจ้ง                  | 08...

A town's e-service notice, or a form, for help asked for someone else (a poor elder's
repair filed by a health volunteer, set 97) gives a row for the one the help is for and
rows for the one who reported it (ผู้แจ้ง, ผู้กรอกข้อมูล). Sets 31/63 rule the one it is
for the applicant; "ชื่อผู้แจ้ง" alone is the applicant's own label in a complaint
(config/fields.toml), so only where the same part names the one it is for are the
informant's rows another's: kept (where nothing else is given a clerk still sees them),
behind (set_behind.behind), so never shown as hers without a flag.

A carer's report names its writer under ผู้รายงาน below the one she serves (ผู้รับบริการ):
the report is his (sets 31/63), so her lines are an informant's too. And a system's table
may head each person's rows ("ข้อมูลผู้แจ้ง" over plain ชื่อ-สกุล, โทรศัพท์; "ข้อมูล
ผู้สูงอายุ" over his): the rows under the informant's heading are hers wherever the same
text heads a part for the one the help is for (informant_part_behind).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extractors.base import FieldCandidate
from extractors.role_words import HELPED, INFORMANT, VICTIM
from extractors.set_behind import behind

__all__ = ["informant_behind", "informant_part_behind"]

# A label naming the one the help or service is for: who receives the help
# (ผู้ขอรับความช่วยเหลือ, ผู้รับความช่วยเหลือ), one in need or struck by a disaster, or one
# a care service is for (role_words.CARED_FOR); or the victim a report is about
# (ผู้เสียหาย: a daughter's notice of her mother's fraud, set 119), whom it is asked for.
_FOR_WHOM = re.compile(rf"{HELPED}|{VICTIM}")
# A label of the one who reports or fills it in.
_INFORMANT = re.compile(INFORMANT)
# A line that only heads a part: "ข้อมูลผู้แจ้ง", "ส่วนที่ 2 ผู้ป่วย", "ผู้แจ้ง (ญาติ)";
# any "ข้อมูล<word>" ends the part above it ("ข้อมูลบิดา").
_HEADING = re.compile(
    r"^\s*(?:(?:ส่วน|ตอน)(?:ที่)?\s*[0-9๐-๙]{1,2}\s*[.:]?\s*|[0-9๐-๙]{1,2}[.)]\s*)?"
    r"(?:(?:ข้อมูล(?:ของ)?\s*)?(?P<who>ผู้[\u0e01-\u0e4e]{2,30}|คนพิการ)"
    r"|ข้อมูล(?:ของ)?\s*(?P<other>[\u0e01-\u0e4e]{2,30}))"
    # each part takes its own spaces after it: side by side, runs of spaces tried every
    # split of a heading padded with spaces (2,000 spaces and a word: 11 s)
    r"\s*(?:[(（][^()（）]*[)）]\s*)?(?:[:：]\s*)?$"
)


def informant_behind(candidates: Sequence[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with an informant's labelled values set behind where the same part
    (and file) labels a name as the one the help is for."""
    parts = {
        (c.provenance.part, c.provenance.filename_index)
        for c in candidates
        if c.key == "full_name" and _for_whom(c.provenance.label or "")
    }
    if not parts:
        return list(candidates)
    return [
        behind(c)
        if (c.provenance.part, c.provenance.filename_index) in parts
        and _INFORMANT.search(c.provenance.label or "")
        and not _for_whom(c.provenance.label or "")
        else c
        for c in candidates
    ]


def _for_whom(label: str) -> bool:
    return _FOR_WHOM.search(label) is not None and _INFORMANT.search(label) is None


def informant_part_behind(
    candidates: Sequence[FieldCandidate], texts: Mapping[str, str]
) -> list[FieldCandidate]:
    """`candidates` with the values read under an informant's heading set behind, where
    the same text also heads a part for the one the help is for. A reader that numbers
    the table's rows its own way gives the same values: they are matched by value within
    the same part."""
    theirs: set[tuple[str, str, str]] = set()
    for part, text in texts.items():
        rows = _informant_rows(text)
        if not rows:
            continue
        lines = text.splitlines()
        for c in candidates:
            p = c.provenance
            # a line counted in this text: the value stands on it as read
            if (
                p.part == part
                and p.kind.startswith("body")
                and p.line in rows
                and c.value in lines[p.line - 1]
            ):
                theirs.add((part, c.key, c.value))
    if not theirs:
        return list(candidates)
    return [
        behind(c)
        if (c.provenance.part, c.key, c.value) in theirs and not _for_whom(c.provenance.label or "")
        else c
        for c in candidates
    ]


def _informant_rows(text: str) -> set[int]:
    """The lines (1-based) under an informant's heading, up to the next heading; none
    where no heading names the one the help is for."""
    heads = [
        (n, m["who"] or m["other"])
        for n, line in enumerate(text.splitlines(), 1)
        if (m := _HEADING.match(line)) is not None
    ]
    if not any(_for_whom(who) for _, who in heads):
        return set()
    rows: set[int] = set()
    ends = [*heads[1:], (len(text.splitlines()) + 1, "")]
    for (at, who), (end, _) in zip(heads, ends, strict=True):
        if _INFORMANT.fullmatch(who):
            rows.update(range(at + 1, end))
    return rows
