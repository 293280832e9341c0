"""Accuracy on a thirty-ninth set of requests written by others (issue 8): REQUESTS IN
ENGLISH AND IN BOTH LANGUAGES, as Thailand's residents send them to a เทศบาล, an อบต. or
a district office: foreign residents with a passport only, a work permit, a pink card
(13 digits starting 00, the Thai-script name on the card) or an alien's 13-digit ID
starting 6, 7 or 8; Thai citizens writing in English (romanised names, "Moo/Tambon/
Amphoe/Chang Wat", "Soi/Thanon/Khwaeng/Khet", a translator's "Village No./Subdistrict/
District/Province"); bilingual labels; English dates in both eras and an MM/DD/YYYY
form; "+66 (0)81-...", "(mobile)", Line IDs, WhatsApp and numbers abroad; a Thai wife
translating, a Thai employer writing for a worker, a Google-translated letter, a Google
Forms receipt, an Outlook office mail; an English Word form, an English PDF letter and a
bilingual PDF form; English automatic replies.

unseen_requests_39.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 37 and 38, the helpers they import and
the earlier sets' first docstrings). Conventions written down there: a Thai citizen's
name in Thai script where the mail gives it, in Latin letters (with or without the
title's dot, or the title) where it gives only those; a foreigner's in Latin letters, or
the pink card's Thai script; a non-Thai's 13-digit number with a valid check digit is
the ID, a passport or work permit number never; birth dates ISO, day first unless the
form says MM/DD/YYYY, Buddhist years converted; the applicant's own Thai mobile, never a
number abroad, a Line ID, an office's, an employer's or a translating relative's; an
English address accepted as typed, the province by its Thai name. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_39 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight: to be recorded.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=350)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
