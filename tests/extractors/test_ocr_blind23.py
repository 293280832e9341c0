"""Accuracy of the OCR readers on round 23's blind set of scanned and photographed Thai
request forms (issue 8: at least 90% of fields right on scans and photos, no silent
errors).

ocr_blind23.py was written and committed before any reader was changed in round 23, and
before the readers were read: its own people, layouts (a relief form filled by hand with
the title ticked, a registration whose ID and birth date are on its second sheet, a form
whose ID is only on a stapled photocopy of the ID card, a red receiving stamp across the
name, values in blue gel pen above captions printed below their lines) and captures (a
phone photo at a steep angle on a wooden table with a shadow, a mobile scanner app's
high-contrast black-and-white PDF, a 150 dpi grey scan, a 300 dpi colour scan with the
lid's dark edge).

Run with `-s` to see the table per page and the count per field; the table is also in
every failure message.
"""

from __future__ import annotations

import os
import shutil
from functools import cache

import pytest
from ocr_blind23 import BY_FIELD, Blind, build_set, by_field, score
from parallel_reads import OCR_SETS
from unseen_harness import StyleScore, below_floor, render, totals

IN_CI = os.environ.get("CI") == "true"
pytestmark = [
    OCR_SETS,
    pytest.mark.skipif(
        (shutil.which("tesseract") is None or shutil.which("pdftoppm") is None) and not IN_CI,
        reason="needs tesseract (tha) and pdftoppm (in CI their absence fails)",
    ),
]

# First sight: to be recorded from the first run, before any reader is read or changed.
FLOORS: dict[str, float] = {
    "tick_hand/angled_photo": 0.0,
    "tick_hand/app_bw": 0.0,
    "two_page_id/grey150": 0.0,
    "two_page_id/app_bw": 0.0,
    "id_card_copy/colour_scan": 0.0,
    "id_card_copy/grey150": 0.0,
    "red_stamp_name/app_bw": 0.0,
    "red_stamp_name/angled_photo": 0.0,
    "caption_below/grey150": 0.0,
    "caption_below/angled_photo": 0.0,
}
MAX_SILENT_HERE = 70  # held at first sight once seen


@cache
def the_set() -> tuple[Blind, ...]:
    return tuple(build_set())


@cache
def scores() -> dict[str, StyleScore]:
    return score(the_set())


def test_the_blind_set_is_varied() -> None:
    cases = the_set()
    assert len(cases) == 10
    assert len({c.style.split("/")[0] for c in cases}) == 5
    assert len({c.style.split("/")[1] for c in cases}) == 4
    assert len({c.raw for c in cases}) == len(cases)


def test_ocr_blind23_accuracy_per_page() -> None:
    table = scores()
    print("\n" + render(table, FLOORS) + "\n" + by_field())
    for style, row in table.items():
        for miss in row.misses:
            print(f"  {style}: {miss}")
    low = below_floor(table, FLOORS)
    assert not low, f"pages below their floor: {low}\n{render(table, FLOORS)}"
    assert BY_FIELD


def test_ocr_blind23_wrong_without_a_flag() -> None:
    table = scores()
    assert totals(table)["silent"] <= MAX_SILENT_HERE, render(table, FLOORS)
