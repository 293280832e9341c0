"""Accuracy on a thirty-seventh set of requests written by others (issue 8): LETTERS AND
MAILS IN PROSE THAT NAME OTHER PEOPLE, PLACES AND NUMBERS BESIDES THE APPLICANT'S OWN:
complaints naming the respondent (a neighbour's name, house and phone, a stall's owner, a
contractor's company, an official's desk phone), the place of the problem away from home
(another house, a road, a canal, a field in another province, a GPS pin, a Maps link), a
son writing about his mother, a mother of 82 whose son's phone is the call-back, a
caretaker; deed, plate, bank account, meter and receipt numbers, a 13-digit customer
number that fails the check digit, other people's valid IDs; incident, letter and visit
dates; a nickname signature and a name only in the signature block. Plain and HTML
bodies, Word and PDF หนังสือร้องเรียน letters.

unseen_requests_37.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 35 and 36, the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: the
applicant is who writes as ข้าพเจ้า and signs as ผู้ร้อง; every other person's name, ID,
phone and address is not the applicant's; the address is the applicant's home, not the
place of the problem; the birth date is the applicant's, none where only an age is given;
the mother whose letter gives only her son's phone for the call back expects no phone (the
son's only with a flag). Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_37 import KIND, build_set

# First sight: not measured yet.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
