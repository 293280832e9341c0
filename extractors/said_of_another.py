"""An ID or a birth date a mail's sentences say is another's, set behind under its label too.

    ข้าพเจ้า นาง<her> อายุ 68 ปี เลขประจำตัวประชาชน <hers>
    เกิดวันที่ ... พร้อมด้วยสามี คือ นาย<him> อายุ 71 ปี
    เลขประจำตัวประชาชน <his> เกิดวันที่ ...

A paragraph wrapped at the mail's width opens a line with the ID's words: the label
reader takes them for a form's label and the husband's ID for the writer's, surer than
hers said mid-line. The sentences' reader (prose, role_lines.ANOTHERS_ROLE_LINE) knows
the ID after his name is his; a letter in a file is mended so already (letter_prose), and
a mail's body is here: the same value, from the same text, under a label is set behind
(set_behind.behind), never shown as hers without a flag.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate, source_of
from extractors.role_lines import ANOTHERS_ROLE_LINE
from extractors.set_behind import behind, compared

__all__ = ["said_of_another_behind"]

_KEYS = frozenset({"national_id", "birth_date"})


def said_of_another_behind(candidates: Sequence[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with a labelled ID or birth date set behind where the same text's
    sentences say that very value is another person's."""
    theirs = {
        (source_of(c), compared(c))
        for c in candidates
        if c.key in _KEYS
        and c.provenance.method == "prose"
        and c.provenance.label == ANOTHERS_ROLE_LINE
    }
    if not theirs:
        return list(candidates)
    return [
        behind(c)
        if c.key in _KEYS
        and c.provenance.method != "prose"
        and (source_of(c), compared(c)) in theirs
        else c
        for c in candidates
    ]
