"""Accuracy on a thirty-fourth set of requests written by others (issue 8): REQUESTERS
WHOSE IDENTITY IS WRITTEN UNUSUALLY: police and military ranks (abbreviated and written
out), ว่าที่ ranks, academic and medical titles, monks with their ฉายา and temple,
ม.ร.ว./ม.ล., a parent filing for a child and a child's own form, changed, nick and maiden
names, a foreigner with only a passport, a Thai name in Latin letters, pink-card holders,
companies and partnerships as applicants, Bangkok condominium addresses, addresses in one
run, and several phones; in plain and HTML bodies, Word, PDF and sheets.

unseen_requests_34.py was written before reading `extractors/` or `config/` (only the
harness, set 33's test and builder with the helpers they import, and the earlier sets'
docstrings, style names and expected names for ranks and monks). Its docstring writes down
the conventions before any run: titles นาย/นาง/นางสาว/ด.ช./ด.ญ. attached, ranks and
academic titles kept; a monk's title, name and ฉายา; the current name of a changed one; a
company's applicant is the person who signs for it, its registration number no ID; a
passport is no ID, a pink card's valid 13 digits are; the mobile of several phones; an
office line without its extension. Same harness (unseen_harness.py) as the other sets.
Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_34 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: to be measured.
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
