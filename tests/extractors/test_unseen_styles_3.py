"""Accuracy on a third set of requests written by others (issue 8).

unseen_requests_3.py was written before reading `extractors/`, `config/`,
`tests/generator/` or the first two sets' request bodies, aimed at what those sets lack
(requests for a parent, a child or a dead relative, two people on one request, mixed
Thai/Arabic digits, condominiums and PO boxes, ranks, monks, RTF/ODT attachments, a
two-page PDF, quoted agency instructions, the bracketed signature name...). Its first
measurement, before any reader was read or changed, is the estimate of how a hidden set
written by others goes. Same harness (unseen_harness.py) as the other two sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_3 import build_set

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_3.py -s), 32 styles, 71 requests: 359/430 right
# (0.835), 12 wrong flagged, 2 wrong without a flag (0.465%), 57 missing; 12 styles below
# 0.99. (Two expectations of the set itself were corrected after the very first run and
# before any reader was read: house_number_words had no birth date in its text, and
# address_thai_digits now also accepts the address kept in Thai digits with its Thai
# postal code, as typed.) After the fixes on this branch: 426/430 right (0.991), 0 wrong
# flagged, 0 silent, 4 missing; every style 1.000 but one. That first figure, not the
# last, estimates a fresh set written by others: the fixes were made against this one.
# A second batch of 5 styles (xlsx_wide_export to odt_table_form), written after the
# readers were read and fixed, to see whether the fixes hold on shapes they were not made
# for, measured first 50/56 right, 0 wrong flagged, 2 silent, 4 missing (xlsx_wide_export:
# a title column beside a titled name, columns past the twelfth); whole set 476/486
# (0.979), 2 silent (0.412%). After the two fixes it called for (the title not doubled,
# columns read to the 40th): 56/56; whole set 482/486 (0.992), 0 silent. Two more
# (emergency_contact, spouse_after) measured first 10/12, 2 silent (an emergency contact's
# labelled phone beat the applicant's phone in his sentences); whole set 492/498, 2 silent.
# After labels naming an emergency contact or a spouse were made someone else's: 12/12;
# whole set 494/498 (0.992), 0 silent.
FLOORS: dict[str, float] = {
    # A reply that only adds the phone, quoting the sender's own first mail under "On ...
    # wrote:": the quoted name and ID are not read (quoted text is somebody else's words
    # unless it is a blank template; the body readers do not know the From address, so
    # cannot tell the sender quoting himself). Missing, not wrong. First 0.333, final 0.333.
    "reply_adds_phone": 0.333,
}
# Issue 8's line (0.5%); first 0.465% (second batch 0.412%, third 0.402%), final 0.000%.


HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=60, styles=20, fields=300)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
