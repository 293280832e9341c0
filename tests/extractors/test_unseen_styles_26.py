"""Accuracy on a twenty-sixth set of requests written by others (issue 8): real Thai agency
forms as the agency prints them and citizens fill them (คำร้องทั่วไป with dotted leaders,
the Official Information Act request, the elderly and disability allowance forms with a
proxy's or carer's section, a power of attorney, building and excavation permits,
disaster relief, the sign tax and a land tax review, a house register copy, commercial
registration, a school transfer with student and parent), typed into mail bodies and
HTML or attached as Word, PDF text layers and xlsx/ods sheets.

unseen_requests_26.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 24's test and builder, the file makers of sets 5, 11, 13
and 17 and the earlier sets' style names). Conventions written down there: the applicant
is the person the request is for (the elder, the disabled person, the ผู้มอบอำนาจ, the
student, the shop owner), the address is the applicant's own (never a site, a plot, a
sign's place, a shop's premises or the new school), and a form that asks an age but no
birth date wants no birth date (or a flagged one). Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_26 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=50, styles=25, fields=370)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
