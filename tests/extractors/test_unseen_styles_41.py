"""Accuracy on a forty-first set of requests written by others (issue 8): WHAT SURROUNDS
THE REQUEST IN REAL MAIL: corporate signatures (position, company and its address, office
line and extension, fax, website, LINE OA, tax number, a banner's alt text); a bank's and
a hospital's disclaimers in Thai and English; vCards attached by Outlook (2.1,
quoted-printable) and an iPhone (3.0); a secretary sending on behalf of her boss; a
reply above the agency officer's quoted question with her desk phone and the agency's
address; CC'd relatives named with a phone; a webmail's unsubscribe footer; a carrier's
ad footer; the request only in the subject; emoji signatures; Word and PDF letters on
company letterhead.

unseen_requests_41.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 39 and 40, the helpers they import and
the earlier sets' first docstrings). Conventions written down there: the applicant's
own values only (never the secretary's, the officer's, a relative's, the company's); his
own mobile over any office line, extension, fax, hotline or short code; his personal or
his own work e-mail; his home over the company's address, the work place kept only when
it is the only address he gives; the company's tax number never an ID. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_41 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: not yet run.
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
