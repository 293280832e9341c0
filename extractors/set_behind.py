"""Values a block gave that is not the applicant's: kept, but set behind hers.

A firm's or an office's letterhead, a health worker's head block, an agent's part, a
signature under a closing: each names where its maker is and how to reach it, and the
request is someone else's. Its values stay among the candidates (where nothing else is
given a clerk still sees them) but below review, so none is shown as the applicant's
without a flag; the same value again elsewhere in the text (its staff's "โทร" beside
their name) is the maker's too. Several readers find such blocks in their own way
(issuer_head, health_workers_head, office_letterhead, intermediary_office, pdf_form);
this module is what they share once a block is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from extractors.base import FieldCandidate
from extractors.validate import phone_compared

__all__ = [
    "BEHIND_CONFIDENCE",
    "behind",
    "compared",
    "first_block",
    "lines_under",
    "with_values_behind",
]

BEHIND_CONFIDENCE = 0.5  # below review.REVIEW_BELOW: a clerk sees whose it is
_NOT_DIGIT = re.compile(r"\D")


def behind(c: FieldCandidate, at_most: float = BEHIND_CONFIDENCE) -> FieldCandidate:
    """`c` no surer than `at_most`."""
    return c.model_copy(update={"confidence": min(c.confidence, at_most)})


def compared(c: FieldCandidate) -> tuple[str, str]:
    """A value as compared: an ID by its digits, a phone as one number however written,
    anything else folded."""
    if c.key == "phone":
        return c.key, phone_compared(c.value)
    if c.key == "national_id":
        return c.key, _NOT_DIGIT.sub("", c.value)
    return c.key, " ".join(c.value.lower().split())


def with_values_behind(
    candidates: Iterable[FieldCandidate], makers: Collection[tuple[str, str]]
) -> list[FieldCandidate]:
    """`candidates` with each equal (`compared`) to one of `makers`' values set behind."""
    return [behind(c) if compared(c) in makers else c for c in candidates]


def first_block(
    lines: Sequence[str], start: int = 1, until: Callable[[str], object] | None = None
) -> set[int]:
    """The numbers (from 1) of the lines from line `start` down to the first blank one,
    or to the first under `start` that `until` holds for."""
    block: set[int] = set()
    for n in range(start, len(lines) + 1):
        if not lines[n - 1].strip() or (until is not None and n > start and until(lines[n - 1])):
            break
        block.add(n)
    return block


def lines_under(lines: Sequence[str], is_heading: Callable[[str], bool]) -> set[int]:
    """The numbers (from 1) of the lines under each heading line (`is_heading`) down to
    the next blank one: a row a reader set under a heading of its own, found again."""
    under: set[int] = set()
    heading = False
    for n, line in enumerate(lines, start=1):
        if is_heading(line):
            heading = True
        elif heading and line.strip():
            under.add(n)
        else:
            heading = False
    return under
