"""Accuracy on a sixth set of requests written by others (issue 8): mail bodies and
HTML typed by citizens and written by mail programs in shapes the first five sets did
not hold.

unseen_requests_6.py was written before reading `extractors/` or `config/` (only the
shared harness and the other sets' test files were read). Its first measurement, before
any reader was read or changed, is the estimate of how a hidden set of typed mail goes.
Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from functools import cache

from unseen_harness import StyleScore, below_floor, render, score, silent_share
from unseen_requests import Case
from unseen_requests_6 import build_set

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_6.py -s), 37 styles, 83 requests: 439/525 right
# (0.836), 10 wrong flagged, 14 wrong without a flag (2.667%), 62 missing; 20 styles
# below 0.99. (One expectation of the set itself was corrected after that first run and
# before any reader was read: postal_abbrev did not accept the address exactly as typed,
# 'จ.อุดรธานี ปณ. 41000', which is what an envelope carries; with it 442/525 (0.842),
# 11 silent (2.095%).)
# Floors are the measured figures, so the test passes now and fails if a style reads
# worse; they are raised as the readers are fixed.
FLOORS: dict[str, float] = {
    "e_saraban_memo": 0.875,
    "karaoke_labels": 0.625,
    "pdf_hard_breaks": 0.812,
    "wrapped_prose_70": 0.904,
    "title_after_name": 0.900,
    "values_in_quotes": 0.708,
    "postal_abbrev": 0.944,
    "fullwidth_forms": 0.375,
    "messenger_paste": 0.500,
    "signature_only_mobile": 0.500,
    "emoji_as_labels": 0.625,
    "html_pre": 0.875,
    "table_colspan_rowspan": 0.857,
    "literal_br_tags": 0.708,
    "double_escaped_entities": 0.625,
    "csv_rows": 0.600,
    "form_mailer_json": 0.500,
    "form_mailer_print_r": 0.428,
    "subject_tis620_words": 0.875,
    "agency_example_values": 0.857,
}
# Issue 8's line is 0.5%; first 2.095% (11 of 525): held there until the fixes.
MAX_SILENT_HERE = 0.021


@cache
def the_set() -> tuple[Case, ...]:
    return tuple(build_set())


@cache
def scores() -> dict[str, StyleScore]:
    return score(the_set())


def test_the_set_is_new_and_varied() -> None:
    cases = the_set()
    assert len(cases) >= 70
    assert len({c.style for c in cases}) >= 35
    assert sum(len(c.expected) for c in cases) >= 400


def test_accuracy_per_style() -> None:
    table = scores()
    print("\n" + render(table, FLOORS))
    low = below_floor(table, FLOORS)
    assert not low, f"styles below their floor: {low}\n{render(table, FLOORS)}"


def test_wrong_without_a_flag() -> None:
    table = scores()
    assert silent_share(table) <= MAX_SILENT_HERE, render(table, FLOORS)
