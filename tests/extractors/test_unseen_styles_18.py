"""Accuracy on an eighteenth set of requests written by others (issue 8): MAIL BODIES,
plain text and HTML, in shapes sets 1-17 hold less of (ranks with หญิง, monks' ฉายา,
หม่อมหลวง spelt out, ผศ.ดร., two-word family names, a migrant worker's 13-digit ID,
condominium and ตรอก/ซอยแยก addresses, English-spelt addresses, phones dictated as words,
the request in the Subject, chats, notes and portal receipts pasted, quote headers in
other languages, old webmail HTML and tables with merged cells).

unseen_requests_18.py was written before reading `extractors/` or `config/` or any earlier
set's bodies (only the harness, the first set's helpers and the earlier sets' style
names). Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style; it is also in every failure message.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet
from unseen_requests_18 import build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=80, styles=40, fields=450)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
