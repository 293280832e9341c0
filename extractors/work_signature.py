"""Her workplace's line in her own signature: it yields to the mobile her letter gives.

    ดิฉัน นาง<her> ... โทรมือถือ 089 ...              her own number, in her words
    ขอแสดงความนับถือ
    นาง<her>                                        her signature,
    ครูชำนาญการพิเศษ / โรงเรียน...                    her post and where she works,
    โทร. 044-... โทรสาร 044-...                      its switchboard and fax

A teacher, a nurse or a clerk writes about her own house register from her work mailbox,
whose signature (Outlook's, set 116) carries her school's, hospital's or firm's line
under its name. That line reaches a switchboard, not her (mobile_first.py: the mobile
reaches the person herself); read under its "โทร." it outranked the mobile she typed in
her own sentence. Where the text, outside the signature, gives a number with a mobile's
shape read as hers (not one said of another: that is read far below), the workplace's
landlines in her last block are set behind, below review: kept for a clerk, never
shown as hers without a flag.

Not her own numbers in a signature with no workplace in it, nor a workplace's mobile,
nor where the body gives no mobile of hers: then the signature's line is all there is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extractors.base import FieldCandidate
from extractors.juristic import is_juristic_name
from extractors.mobile_first import is_mobile
from extractors.role_words import ACADEMIC_OFFICE, BODY, HEALTH_UNIT
from extractors.set_behind import behind

__all__ = ["work_line_behind"]

Lines = Sequence[tuple[int, str]]

_BLOCK_AT_MOST = 8  # lines: a name, a post or two, the workplace, its address, lines, box
_LINE_AT_MOST = 90  # characters: a signature's line, not a sentence
# A workplace's name opening its line: a school, an office, a hospital, a temple's or a
# club's body, a firm (juristic.py).
_WORKPLACE = re.compile(rf"\s*(?:{ACADEMIC_OFFICE}|{HEALTH_UNIT}|{BODY})")
# As sure as a number in her own sentence is read (prose's 0.65 and up, a label's more);
# another's number said in a sentence is read far below.
_HERS_AT_LEAST = 0.6


def work_line_behind(texts: Mapping[str, str], found: list[FieldCandidate]) -> list[FieldCandidate]:
    """`found` with the landlines under a workplace's name in the last block of a mail's
    own text (`texts`, by MIME part) set behind, where a mobile of hers is read above it
    in that text (see the module's docstring). An attached file's values are its own."""
    out = list(found)
    for part, text in texts.items():
        under = _under_workplace(list(enumerate(text.splitlines(), start=1)))
        if under:
            out = _behind_in(part, under, out)
    return out


def _behind_in(part: str, under: set[int], found: list[FieldCandidate]) -> list[FieldCandidate]:
    def phone_here(c: FieldCandidate) -> bool:
        p = c.provenance
        return c.key == "phone" and p.part == part and p.filename_index is None and bool(p.line)

    hers = any(
        phone_here(c)
        and c.provenance.line not in under
        and c.confidence >= _HERS_AT_LEAST
        and is_mobile(c.value)
        for c in found
    )
    if not hers:
        return found
    return [
        behind(c) if phone_here(c) and c.provenance.line in under and not is_mobile(c.value) else c
        for c in found
    ]


def _under_workplace(lines: Lines) -> set[int]:
    """The numbers of the lines from a workplace's name down to the end of the text's
    last block of a few short lines (her signature)."""
    filled = [(n, text) for n, text in lines if text.strip()]
    block: list[tuple[int, str]] = []
    for n, text in reversed(filled):
        if block and n != block[-1][0] - 1:
            break  # a blank line or a gap: the block above is another
        block.append((n, text))
    block.reverse()
    if not 0 < len(block) <= _BLOCK_AT_MOST:
        return set()
    if any(len(text.strip()) > _LINE_AT_MOST for _, text in block):
        return set()
    for k, (_, text) in enumerate(block):
        if _WORKPLACE.match(text) or is_juristic_name(text.strip()):
            return {n for n, _ in block[k:]}
    return set()
