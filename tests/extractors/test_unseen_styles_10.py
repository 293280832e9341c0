"""Accuracy on a tenth set of requests written by others (issue 8): mail bodies and
HTML only, in styles the earlier sets did not make.

unseen_requests_10.py was written before reading `extractors/` or `config/` (only the
harness, set 8's file for its shape, and the earlier sets' style names): chats copied
with their timestamps and senders, a Facebook comment, words broken by the keyboard,
Thai numerals in spaced groups, an ID spaced digit by digit, both eras in one mail, the
era in the label, an address with no spaces, the house register's labels, two
addresses, bare place names, a lawyer for a client, a headman's certifying letter, a
parent with a child's ID, a mail that only corrects a number, another agency's footer,
hotline numbers, English first then Thai, a foreign resident with a pink card, ก. ข. ค.
numbering, ticks after options, Excel rows with tabs, ปชช. abbreviations, sara am
decomposed, quoted-printable breaks inside values, Outlook spans, a Gmail signature,
Apple Mail's split quotes, Outlook's <mailto:>, &nbsp; alignment, Lotus Notes and
MailGoThai forwards. Its first measurement, before any reader was read or changed, is
the estimate of how a hidden set of mail bodies goes. Same harness (unseen_harness.py).

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import Case
from unseen_requests_10 import build_second_batch, build_set

FLOORS: dict[str, float] = {}
SILENT_AT_MOST = 0.005


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=86, styles=43, fields=500)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_AT_MOST)
