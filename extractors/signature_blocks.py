"""The lines under another's signature in a document: his own ID and phone, not the
writer's.

    ลงชื่อ....................ผู้บันทึกรายงานการประชุม     the recorder signs the minutes
    (นาง... ...)
    เลขประจำตัวประชาชน 3-... โทร 09...                    his, under his name

A request sent with the village meeting's minutes after it (set 71): the letter names its
writer and gives his ID and phone in a sentence; the minutes end with the recorder's
signature, his name in brackets and his ID and phone labelled under it. The label reader
took the recorder's labelled values over the writer's sentence. A block opened by a
signature line whose caption is another's part (a recorder, a witness, an officer, an
inspector: prose.OFFICIAL_SIGNATURE, the captions whose bracketed name is never taken for
the writer's) holds that person's values, to the next blank line or signature.

    ความเห็นอาจารย์ที่ปรึกษา เห็นควรอนุญาต ลงชื่อ อาจารย์...      an adviser's opinion
    โทร 08... อีเมล ...@...ac.th                               his, under his name

So does one opened by another's opinion on the request (ความเห็น..., set 74: a student's
letter, her adviser's signed opinion below it with his mobile and box): whoever gives an
opinion on a request is not the one who makes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.prose import OFFICIAL_SIGNATURE

__all__ = ["anothers_signature_lines"]

BLOCK_LINES = 4  # the caption, the name in brackets, a post, a line of numbers
# An opinion's caption opening its line or the one above the signature ("ความเห็นของ
# หัวหน้าภาควิชา", "2. ความเห็นอาจารย์ที่ปรึกษา").
_OPINION = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}[.)]\s*)?ความเห็น")


def anothers_signature_lines(lines: Sequence[str]) -> set[int]:
    """Line numbers (from 1) of each block under another's signature line: the line
    itself and those after it, to a blank line, the next signature or BLOCK_LINES."""
    block: set[int] = set()
    for n, line in enumerate(lines, 1):
        if "ลงชื่อ" not in line or not _anothers(line, lines[n - 2] if n > 1 else ""):
            continue
        block.add(n)
        for k in range(n + 1, min(n + BLOCK_LINES, len(lines) + 1)):
            after = lines[k - 1]
            if not after.strip() or "ลงชื่อ" in after:
                break
            block.add(k)
    return block


def _anothers(line: str, above: str) -> bool:
    """Whether a signature line is another's: an officer's caption, or an opinion's
    opening it or the line above."""
    return OFFICIAL_SIGNATURE.search(line) is not None or any(
        _OPINION.match(text) for text in (line, above)
    )
