"""Accuracy on a thirtieth set of requests written by others (issue 8): VALUES THAT LOOK
LIKE THE FIELDS BUT BELONG TO SOMETHING ELSE beside the applicant's own: a letter's heading
date, a quoted letter's number and date, an ID card's issue and expiry dates, marriage,
court and filing dates, an age for a birth date; a house code, a land deed, a passport, a
migrant worker's pink card whose check digit passes, a receipt, a bank account, the ID in
Thai digits; an office line with ต่อ, a fax, an emergency contact, the agency's own number
quoted back, a LINE ID of digits; a lawyer copied in, the agency's own address, an example
address; where the event happened, a workplace, a mailing address, the card's address
beside the current one. Typed into mail bodies and HTML or attached as Word, PDF text
layers and an xlsx sheet.

unseen_requests_30.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 28's test and builder, the helpers of sets 5, 11, 13 and 26
and the earlier sets' style names). Conventions written down there: the birth date is the
applicant's, none where only an age is given; the ID is the applicant's 13 digits; the
phone the applicant's own mobile; the e-mail the applicant's own; the address the
applicant's home (either of the card's and the current one where a form asks both), never
the event's place, a workplace or a mailing address at a workplace. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_30 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=54, styles=27, fields=430)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
