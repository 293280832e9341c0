"""Accuracy on a second set of requests written by others (issue 8).

The first set (test_unseen_styles.py) reads ~1.000 per style because the readers were
fixed against it, so it no longer estimates a fresh set. unseen_requests_2.py was
written before reading `extractors/`, `config/` or `tests/generator/`, and measured once
before any reader was changed: that first measurement is the estimate of how a hidden
set written by others goes. The same harness (unseen_harness.py) counts each field
right, wrong flagged, wrong silent or missing.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_2 import build_set

# Floors per style: TARGET (0.99) for every style not listed, so a regression in any one
# style fails here. First measurement, before any reader was changed or read (CI=true
# pytest tests/extractors/test_unseen_styles_2.py -s): the first 35 styles 437/503 right
# (0.869), 4 wrong flagged, 18 wrong without a flag (3.579%), 44 missing; with the 8
# styles added after it (still unread readers), 43 styles, 107 requests: 505/591 right
# (0.854), 4 wrong flagged, 20 silent (3.384%), 62 missing; 16 styles below 0.99. After
# the fixes on this branch: 587/591 right (0.993), 0 wrong flagged, 0 silent, 4 missing.
# That first figure, not the last, estimates a fresh set written by others: the fixes
# were made against this one. A third batch of 8 styles (phone_two_four_four to
# html_gmail_forward), written after the readers were read and fixed to see whether the
# fixes hold on styles they were not made for, measured first 60/75 right (0.800), 0
# wrong flagged, 0 silent, 15 missing (Word content controls 14, dd/mm/yy 1); after
# content controls were read, 74/75.
FLOORS: dict[str, float] = {
    # "somchai at gmail dot com" is not turned into an address: a guess at what the
    # sender meant. Missing, not wrong. First 0.917, final 0.917.
    "email_written_oddly": 0.916,
    # The request typed into the Subject line: the phone is read (flagged, as prose), a
    # titled name without ชื่อ/ข้าพเจ้า before it was not (a Subject often names an
    # official: "เรียน นายกเทศมนตรี"). First 0.000, then 0.500; from stop 37 a titled
    # name with a phone right after it is read too, flagged, not an office's title
    # (prose.name_before_phone): 1.000, held at issue 8's 0.99.
    # "31/12/22": a two-digit year after digits is left unread (extractors/thai.py reads
    # one only after a Thai month name, "2 ก.พ. 30"): it may be 2522 or 2022. Missing,
    # not wrong. First 0.857, final 0.857.
    "birth_slash_short": 0.857,
}
# Issue 8's line (MAX_SILENT, 0.5%) holds here too; first 3.384%, final 0.000%.


HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=100, styles=40, fields=550)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
