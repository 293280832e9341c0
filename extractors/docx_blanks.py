"""Text boxes typed over a Word form's dotted lines, put back into the line's blanks.

A form downloaded as Word keeps its printed dots ("ข้าพเจ้า......อายุ....ปี"), and the
citizen types each answer in a text box laid over them, anchored in the label's
paragraph. Read apart, the paragraph's own text is only its labels, so the label words
between the dots ("อายุ ปี") became the name's value, and the box's answers a line of
their own under it. Read where they stand, the box's pieces fill the line's blanks in
order: "ข้าพเจ้า นาย... อายุ 52 ปี".
"""

from __future__ import annotations

import re

__all__ = ["filled_blanks"]

# A blank of a printed form: a run of dots, ellipses or underscores.
_BLANK = re.compile(r"[ \t]*(?:[.…_][ \t]*){3,}")
# Answers typed in one box for several blanks are spaced apart to sit over each one.
_PIECES = re.compile(r"\t+| {2,}")


def filled_blanks(own: str, boxes: list[str]) -> str | None:
    """The paragraph's line with the text boxes' pieces in its blanks, when the boxes
    hold as many pieces as the line has blanks; None when they do not fit (the boxes are
    then read apart, as before)."""
    answers = [line.strip() for line in boxes if line.strip()]
    if not answers or "\n" in own.strip():
        return None
    pieces = [p for line in answers for p in _PIECES.split(line) if p.strip()]
    blanks = list(_BLANK.finditer(own))
    if not blanks or len(pieces) != len(blanks):
        return None
    out, at = [], 0
    for blank, piece in zip(blanks, pieces, strict=True):
        out += [own[at : blank.start()], f" {piece.strip()} "]
        at = blank.end()
    out.append(own[at:])
    return "".join(out).strip()
