"""Accuracy of the OCR readers on round 25's blind set of scanned and photographed Thai
request forms (issue 8: at least 90% of fields right on scans and photos, no silent
errors).

ocr_blind25.py was written and committed before any reader was changed in round 25, and
before the readers were read. It holds mostly the ordinary cases an agency gets: its own
people, layouts (the agency's own printed form filled by hand in black ink with a short
birth date, a form with the ID, postal code and phone written by hand one digit per box,
a request typed on a manual typewriter over dotted lines, a two-page request whose
second page is the ID card's copy and the only place of the birth date, a hand-filled
form with a coffee stain and a wrong birth year and postal code struck through once and
rewritten beside, a request written by hand on ruled notebook paper) and captures (a
clean 300 dpi colour flatbed scan, a phone photo straight from above in daylight, a
copier's 200 dpi grey scan-to-PDF, a phone photo at night under a desk lamp).

Run with `-s` to see the table per page and the count per field; the table is also in
every failure message.
"""

from __future__ import annotations

import os
import shutil
from functools import cache

import pytest
from ocr_blind25 import BY_FIELD, Blind, build_set, by_field, score
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

# First sight: not measured yet (the set is committed first, then read once on main).
FLOORS: dict[str, float] = {
    "agency_hand/flatbed300": 0.0,
    "agency_hand/daylight_top": 0.0,
    "box_grid_hand/mfp_grey200": 0.0,
    "box_grid_hand/lamp_photo": 0.0,
    "typewriter/flatbed300": 0.0,
    "typewriter/mfp_grey200": 0.0,
    "form_and_card/mfp_grey200": 0.0,
    "form_and_card/flatbed300": 0.0,
    "stain_fix/daylight_top": 0.0,
    "stain_fix/lamp_photo": 0.0,
    "ruled_letter/daylight_top": 0.0,
    "ruled_letter/lamp_photo": 0.0,
}
MAX_SILENT_HERE = 0


@cache
def the_set() -> tuple[Blind, ...]:
    return tuple(build_set())


@cache
def scores() -> dict[str, StyleScore]:
    return score(the_set())


def test_the_blind_set_is_varied() -> None:
    cases = the_set()
    assert len(cases) == 12
    assert len({c.style.split("/")[0] for c in cases}) == 6
    assert len({c.style.split("/")[1] for c in cases}) == 4
    assert len({c.raw for c in cases}) == len(cases)
    assert set(FLOORS) == {c.style for c in cases}


def test_ocr_blind25_accuracy_per_page() -> None:
    table = scores()
    print("\n" + render(table, FLOORS) + "\n" + by_field())
    for style, row in table.items():
        for miss in row.misses:
            print(f"  {style}: {miss}")
    low = below_floor(table, FLOORS)
    assert not low, f"pages below their floor: {low}\n{render(table, FLOORS)}"
    assert BY_FIELD


def test_ocr_blind25_wrong_without_a_flag() -> None:
    table = scores()
    assert totals(table)["silent"] <= MAX_SILENT_HERE, render(table, FLOORS)
