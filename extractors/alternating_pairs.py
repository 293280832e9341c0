"""A row of pairs whose every gap is two spaces: label, value, label, value.

Two spaces may part a label from its value, so they are no pair gap by themselves
(body_form's _PAIR_GAP wants three or a tab). But an HTML form's filled blanks, each
value in a padded, underlined span, come out of the HTML with two spaces at every gap,
between the pairs as inside them; read as one pair, the first value ran on into the
second pair and was refused (a birth date with a phone after it, set 25). When the
pieces between two-space gaps alternate, a known label alone and a piece that is no
label, the row is that many pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

# Two white spaces between characters that are not: written space-first, so the engine skips to the
# next white space itself instead of trying the lookbehind at every character (a line of
# 4,000 letters: 26 us, not 170).
_TWO_SPACES = re.compile(r"\s\s(?<=\S\s\s)(?=\S)")
# A table cell's edge in a flattened row: " | " as html_text joins the cells.
CELL_PIPES = re.compile(r" \| ")
MIN_PIECES = 4  # two pairs


class _Found(Protocol):
    @property
    def value(self) -> str: ...


def alternating_pairs(
    line: str, parse: Callable[[str], _Found | None], gap: re.Pattern[str] = _TWO_SPACES
) -> list[str] | None:
    """The line as `label  value` pairs, or None unless its pieces, parted by `gap`,
    alternate so."""
    pieces = [piece.strip() for piece in gap.split(line.strip())]
    if len(pieces) < MIN_PIECES or len(pieces) % 2:
        return None
    for k, piece in enumerate(pieces):
        found = parse(piece)
        if k % 2 == 0 and (found is None or found.value):
            return None  # a label alone opens each pair
        if k % 2 == 1 and found is not None:
            return None  # a value is no label
    return [f"{pieces[k]}  {pieces[k + 1]}" for k in range(0, len(pieces), 2)]
