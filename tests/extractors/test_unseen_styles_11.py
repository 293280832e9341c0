"""Accuracy on an eleventh set of requests written by others (issue 8): the request is in
an attachment made by agencies' form tools and citizens' programs, in shapes sets 1-9 do
not hold.

unseen_requests_11.py was written before reading `extractors/` or `config/` (only the
harness, set 9's file makers and the earlier sets' style names and docstrings were read):
Word content controls labelled only by their title or bound to custom XML, hidden text,
review comments, tracked edits inside values, grouped text-box shapes, ID digit cells,
header and footer values, Strict Open XML, .dotx/.docm, altChunk HTML and HTML saved as
.doc; XFA datasets, hidden test fields, placeholder defaults, fields on page 2, unmapped
tone marks, white-out over old values, an invisible OCR layer, two copies on a page, a
privacy notice first; Excel section labels merged down, drop-downs fed by a hidden sheet,
uncached formulas, custom number formats, hidden leftovers, pairs in one cell; a
fixed-width text report; attachments that disagree with each other or with the body.
Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import Case
from unseen_requests_11 import build_second_batch, build_set

# First measurement, before any reader was read or changed: see the commit that adds it.
FLOORS: dict[str, float] = {}


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=60, styles=30, fields=470)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
