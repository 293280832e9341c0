"""Accuracy on a twelfth set of requests written by others (issue 8): mail bodies and
HTML (text/plain, text/html, multipart/alternative), in styles sets 1-11 do not hold.

unseen_requests_12.py was written before reading `extractors/` or `config/` (only the
harness, the first set's helpers, set 10's file for its shape and the earlier sets' style
names and docstrings were read): other people's and other things' numbers beside the
applicant's (a juristic-person number, an alien ID, case and payment references, a car's
plate with its province, the card's laser code, a passport, hospital numbers), ranks in
words, surnames with ณ, estates and office towers, two-digit Buddhist years, landlines,
0066, แอท/ดอท, data below the signature, relays (URL-encoded, snake_case, a chatbot, a
vCard as text), format=flowed delsp=yes, nested bullets, grid tables, misspelt labels,
dialect, and HTML of <input value>, flex rows, a colon cell, <wbr>, Outlook's Thai
forward header, <th scope> with a hidden honeypot. Same harness (unseen_harness.py) as
the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_12 import build_set

FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=80, styles=40, fields=460)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
