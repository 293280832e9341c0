"""The half of the OCR sets' pages `make test` reads (ocr_sample.py): every layout in it,
captures spread, the whole set under OCR_SETS=all."""

from __future__ import annotations

from dataclasses import dataclass

from ocr_sample import half_of, pages_to_read, what_was_read

# As the blind OCR sets name their pages: layout/capture, two captures a layout.
PAGES = [
    "ruled/fax", "ruled/photo",
    "boxes/photo", "boxes/scan",
    "letter/scan", "letter/fax",
    "typed/photo", "typed/fax",
]  # fmt: skip


@dataclass(frozen=True)
class Page:
    style: str


def test_half_keeps_every_layout_once() -> None:
    half = half_of(PAGES)
    assert len(half) == 4
    assert {s.split("/")[0] for s in half} == {"ruled", "boxes", "letter", "typed"}


def test_each_pick_takes_the_capture_read_least_so_far() -> None:
    # ruled/fax first; then boxes' photo (fax already read), letter's scan, and for typed
    # both captures tie at one: the first in order.
    assert half_of(PAGES) == {"ruled/fax", "boxes/photo", "letter/scan", "typed/photo"}


def test_a_family_of_three_reads_two() -> None:
    kinds = {"a": "layer", "b": "layer", "c": "layer", "d": "photo"}
    assert half_of(kinds, kinds.__getitem__) == {"a", "b", "d"}


def test_a_style_is_read_whole_with_all_its_pages() -> None:
    cases = [Page("ruled/fax"), Page("ruled/photo"), Page("ruled/fax")]
    assert pages_to_read(cases, read_all=False) == (cases[0], cases[2])


def test_all_pages_under_ocr_sets_all() -> None:
    cases = [Page(s) for s in PAGES]
    assert pages_to_read(cases, read_all=True) == tuple(cases)


def test_the_table_says_when_only_half_was_read() -> None:
    cases = [Page(s) for s in PAGES]
    half = pages_to_read(cases, read_all=False)
    assert what_was_read(half, cases).startswith("read: 4 of 8 pages (4 of 8 styles;")
    assert what_was_read(cases, cases) == "read: all 8 pages (8 styles)"
