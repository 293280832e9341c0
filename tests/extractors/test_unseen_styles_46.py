"""Accuracy on a forty-sixth set of requests written by others (issue 8): WELFARE, MONEY
AND SERVICE REQUESTS FULL OF OTHER NUMBERS: elderly and disability allowance
applications and changes of the account they are paid into, with bank account numbers
(10 digits from 0, as the passbook prints them 086-2-71543-9 or typed 0862715439, like a
mobile; a savings bank's 12 digits), PromptPay given as her mobile or as her ID card, the
disability card's number, a caregiver's name, ID and mobile beside hers (in a section,
a column, a proxy's line, or the carer writing and sending for her); water and power
complaints with the water customer number, the meter number, the CA (12 digits), amounts
in baht with commas, dates of payment and receipt numbers; a vehicle plate, a
grandchild's student ID, a shop's tax ID, a title deed, its land number and survey page,
a house code (11 digits), an earlier case's number and a queue number. Plain bodies,
HTML, Word and PDF text layers.

unseen_requests_46.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 40 and 41, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own name, ID, birth date, phone, e-mail and home only (the elder, the
disabled person, the household billed, the grandparent asking for the grandchild); the
caregiver's, proxy's or son's values are never hers; a bank account, PromptPay, meter,
CA, customer number, plate, student ID, receipt, case, queue or deed number and a house
code are never a phone or an ID, and a shop's tax ID never her ID; a PromptPay that IS
her mobile leaves her mobile her phone (one applicant has no phone at all: her PromptPay
is her son's mobile and no phone is expected of her); a date of payment or of a bill is
never a birth date. Same harness (unseen_harness.py) as the other sets. Run with `-s` to
see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_46 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
