"""Accuracy on requests written by someone who did not write the readers (issue 8, x8).

The set (tests/extractors/unseen_requests.py) was written from real Thai agency forms
and citizens' mail without reading the label lists in `config/` or `extractors/` or the
project's own generator, so it stands in for the unseen set the product is judged on.
Each field of each request is right (the value is one a clerk would accept), wrong
flagged (another value, but the field carries a review issue or flag), wrong silent
(another value and no flag: the worst outcome) or missing.

A field the chosen template does not collect (a complaint form asks no birth date) is
counted apart as "n/a": storing it would collect personal data the work does not need.
The template chosen for each request was checked by hand to fit its subject.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import build_set

# Floors per style, so a regression in any one style fails here even while the others
# hold: TARGET for every style (each measured 1.000 after the x8 fixes; one field wrong
# in a style of 16-80 fields drops it below 0.99), except:
FLOORS: dict[str, float] = {
    # The name and phone only in the signature after "-- " are not read, by design: a
    # signature is boilerplate that may be an office's (extractors/mail_text.py). The
    # other six of these requests, signed under a closing line, are read (as prose,
    # flagged). Measured 0.750.
    "phone_in_signature": 0.75,
}


HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_large_and_varied() -> None:
    HELD_OUT.assert_size(requests=120, styles=15, fields=1000)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag_is_rare() -> None:
    HELD_OUT.assert_silent_at_most()
