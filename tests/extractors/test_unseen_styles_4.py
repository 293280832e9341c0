"""Accuracy on a fourth set of requests written by others (issue 8).

unseen_requests_4.py was written before reading `extractors/`, `config/`,
`tests/generator/` or the other sets' request bodies, aimed at the shapes mail takes
that those sets lack (charset labels that lie, base64 without line breaks, a charset
only in <meta>, numeric character references, a forward as an attached .eml, Gmail's
and Outlook's Thai forward and reply headers, form services' notifications, a Thai
writing in English, a passport and no ID, a card reader's output, abbreviated labels
and addresses, dates in every shape, emoji, marks typed out of order, soft hyphens and
word joiners, autocorrected dashes, a work signature, numbered requests full of other
numbers...). Its first measurement, before any reader was read or changed, is the
estimate of how a hidden set written by others goes. Same harness (unseen_harness.py).

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_4 import build_set

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_4.py -s), 29 styles, 75 requests: 421/467 right
# (0.901), 9 wrong flagged, 9 wrong without a flag (1.927%), 28 missing; 12 styles below
# 0.99. That first figure, not the later ones, estimates a fresh set written by others:
# the fixes were made against this one. After the fixes on this branch: 454/467 (0.972),
# 5 wrong flagged, 0 silent, 8 missing.
# A second batch of 6 styles (definition_list to outlook_html_list, 12 requests), written
# after the readers were read and fixed, to see whether the fixes hold on shapes they
# were not made for, measured first 58/64 right, 0 wrong flagged, 0 silent, 6 missing
# (a month-first English date, questions as labels, a phone only in an attached vCard);
# whole set 512/531 (0.964), 5 wrong flagged, 0 silent, 14 missing. After the fixes it
# called for, and the address boxes joined: 524/531 (0.987), 0 wrong flagged, 0 silent,
# 7 missing; every style 1.000 but two.
# A third batch of 5 styles (english_label_first to english_address_boxes, 10 requests),
# written after those fixes, measured first 50/52 right, 2 wrong flagged, 0 silent, 0
# missing (tab_boxes: the address boxes of a Word table, TAB-separated, read as one
# address with their labels); whole set 574/583 (0.985), 2 wrong flagged, 0 silent, 7
# missing. (Two of its styles were corrected before any fix: thai_digit_boxes wrote no
# ซอย box for a Bangkok address and ตำบล/อำเภอ for แขวง/เขต, tab_boxes no ซอย or ถนน box.)
# After the one fix it called for (boxes parted by a tab): 576/583 (0.988), 0 wrong
# flagged, 0 silent, 7 missing.
# Floors are the figures measured last (rounded down): the test fails if a style reads
# worse.
FLOORS: dict[str, float] = {
    # A smart-card reader's raw record (TH: นาย#ชื่อ##สกุล, DOB: 25230922, ADDR: a#b#...#)
    # is not read: missing, not wrong. First 0.667, final 0.777.
    "card_reader": 0.777,
    # "01/01/30": a two-digit year in a numeric date is refused by design (thai.py: a
    # wrong century on a birth date is worse than asking). First 0.875, final 0.875.
    "short_labels": 0.875,
}
# Issue 8's line is 0.5% (MAX_SILENT); the first measurement was 1.927% (9 of 467), final
# 0.000%.


HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=60, styles=20, fields=300)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
