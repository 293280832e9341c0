"""Accuracy on a forty-fourth set of requests written by others (issue 8): THE ISSUE'S
OWN LIST OF WHAT WENT WRONG, WRITTEN AFRESH by someone else, as a southern town
municipality (เทศบาลเมืองทุ่งสง) receives it: labels every way people write them ("ชื่อ -
สกุล", "ผู้ยื่นคำร้อง :", numbered labels, qualifiers "(มือถือ)", "(พ.ศ.)", "(13 หลัก)",
English labels with a tab and no colon, a lone label with the value on the next line, dot
leaders, full-width colons); forwarded mail (Gmail's block, Outlook's Thai header, under a
community leader's or a son's note with his own phone); replies filling in the agency's
quoted blank template (inside the quote, or copied above it); HTML of <p>, <br>, &nbsp;
and numeric entities (decimal and hex), Outlook's MsoNormal paragraphs; a request written
as one sentence and a prose letter giving the age; Word forms (a two- and a four-column
table, label: value paragraphs); fillable PDFs whose field names say nothing (Text1..,
fill_1.. under labels printed above, txtName/txtAddr1..); text PDFs whose Thai letters are
spread (character spacing, glyph-by-glyph placement); names typed with a space after the
title. Typed text only, no scans or photos.

unseen_requests_44.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 40 and 41, the helpers they import and
the earlier sets' first docstrings). Conventions written down there before any run: the
applicant's own values only (never the forwarder's, the community leader's, the son's or
the agency officer's; the agency's own address and phone in its quoted template never);
the name with its title joined to the first name however it was typed; the mobile as 0...
or +66...; the e-mail lower case; the home from the house number to the district (set 5's
`addresses`), its province (official name) and postal code. Same harness (unseen_harness.py)
as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_44 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=52, styles=26, fields=400)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
