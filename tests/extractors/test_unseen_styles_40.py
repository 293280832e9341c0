"""Accuracy on a fortieth set of requests written by others (issue 8): ADDRESSES AS
THAIS REALLY WRITE THEM, the hardest field, with the other fields present as usual:
Bangkok with แขวง/เขต and "กทม.", "กรุงเทพฯ", "กรุงเทพมหานคร" or no province word; housing
estates with their own เฟส and ซอย; an อาคารชุด with อาคาร/ชั้น/ห้อง; a ตึกแถว; a หอพัก; a
PO box; "12/3-4"; ต./อ./จ. and ตำบล/อำเภอ/จังหวัด mixed; colloquial provinces (โคราช,
อยุธยา, นครศรีฯ, อุบลฯ, สุราษฎร์); an address over lines with no label; a registered and a
current address (the current one kept); a postal code missing or on a line of its own;
Thai digits; an address in a sentence; addresses split over HTML and Word table cells and
in PDF text layers.

unseen_requests_40.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 38 and 39, the helpers they import and
the earlier sets' first docstrings). Conventions written down there: the address from
its house number to its district as set 5 accepts it or as typed (abbreviations and a
colloquial province kept as typed), what names the dwelling (estate, เฟส, ซอย, building,
floor, room, dormitory) part of it; the current address kept over the registered one;
the province by its official name; the postal code's five Arabic digits, not scored
where the mail gives none. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_40 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: to be recorded.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
