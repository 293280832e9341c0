"""The part of the OCR sets' pages `make test` reads (ocr_sample.py): a quarter, captures
spread, the whole set under OCR_SETS=all; half the scans of a typed set."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from ocr_sample import half_of, pages_to_read, quarter_of, typed_and_half_the_scans, what_was_read

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


def test_a_quarter_is_every_other_pick_of_the_half() -> None:
    # picked in order ruled/fax, boxes/photo, letter/scan, typed/photo
    assert quarter_of(PAGES) == {"ruled/fax", "letter/scan"}


def test_a_style_is_read_whole_with_all_its_pages() -> None:
    cases = [Page("ruled/fax"), Page("ruled/photo"), Page("ruled/fax")]
    assert pages_to_read(cases, read_all=False) == (cases[0], cases[2])


def test_all_pages_under_ocr_sets_all() -> None:
    cases = [Page(s) for s in PAGES]
    assert pages_to_read(cases, read_all=True) == tuple(cases)


def test_the_table_says_when_only_a_part_was_read() -> None:
    cases = [Page(s) for s in PAGES]
    part = pages_to_read(cases, read_all=False)
    assert what_was_read(part, cases).startswith("read: 2 of 8 pages (2 of 8 styles;")
    assert what_was_read(cases, cases) == "read: all 8 pages (8 styles)"


def test_a_typed_set_reads_every_typed_style_and_half_its_scans() -> None:
    cases = [Page(s) for s in ("typed_a", "jpeg_1", "typed_b", "jpeg_2", "tiff_1", "typed_a")]
    scanned = {"jpeg_1": "photo", "jpeg_2": "photo", "tiff_1": "scan"}
    read = typed_and_half_the_scans(scanned, read_all=False)(cases)
    assert [c.style for c in read] == ["typed_a", "jpeg_1", "typed_b", "tiff_1", "typed_a"]
    assert typed_and_half_the_scans(scanned, read_all=True)(cases) == tuple(cases)


def test_a_scanned_style_the_set_does_not_hold_is_a_mistake() -> None:
    with pytest.raises(ValueError, match="jpeg_3"):
        typed_and_half_the_scans({"jpeg_3": "photo"}, read_all=False)([Page("typed_a")])
