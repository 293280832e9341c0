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

from collections.abc import Mapping, Sequence

from extractors.base import FieldCandidate, SourceKey, source_of
from extractors.role_lines import ANOTHERS_ROLE_LINE
from extractors.set_behind import behind, compared

__all__ = ["said_of_another_behind"]

_KEYS = frozenset({"national_id", "birth_date"})


def said_of_another_behind(
    candidates: Sequence[FieldCandidate], texts: Mapping[str, str]
) -> list[FieldCandidate]:
    """`candidates` with a labelled ID or birth date set behind where the same text's
    sentences say that very value is another person's, and its label is written opening
    a line of a paragraph (`texts`, the mail's text parts by part)."""
    theirs = {
        (source_of(c), compared(c))
        for c in candidates
        if c.key in _KEYS
        and c.provenance.method == "prose"
        and c.provenance.label == ANOTHERS_ROLE_LINE
    }
    if not theirs:
        return list(candidates)
    # a block of labels, a name's line over its ID's ("ชื่อ-สกุล: <elder>" / "เลขประจำตัว
    # ประชาชน: ..."): the labels say whose it is, though the sentences' reader, joining
    # the lines, takes him for another than the writer
    named = {
        (source_of(c), c.provenance.line)
        for c in candidates
        if c.key == "full_name" and c.provenance.method is None and c.provenance.line
    }
    return [
        behind(c)
        if c.key in _KEYS
        and c.provenance.method != "prose"
        and (source_of(c), compared(c)) in theirs
        and not _under_a_name(c, named)
        and _wrapped_label(c, texts)
        else c
        for c in candidates
    ]


def _under_a_name(c: FieldCandidate, named: set[tuple[SourceKey, int]]) -> bool:
    """Whether a labelled name stands on `c`'s line or the one above it."""
    line = c.provenance.line
    return line is not None and any((source_of(c), n) in named for n in (line, line - 1))


def _wrapped_label(c: FieldCandidate, texts: Mapping[str, str]) -> bool:
    """Whether `c`'s label is written opening its line, under a line of the same
    paragraph (not blank): a sentence wrapped before the ID's words. A label the reader
    gave a bare number by its shape (a chat's line of digits) is no such line."""
    text = texts.get(c.provenance.part) if c.provenance.kind.startswith("body") else None
    line, label = c.provenance.line, (c.provenance.label or "").strip()
    if text is None or line is None or line < 2 or not label:
        return False
    lines = text.splitlines()
    if line > len(lines):
        return False
    return lines[line - 1].lstrip().startswith(label) and bool(lines[line - 2].strip())
