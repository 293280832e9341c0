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

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_10.py -s), 33 styles, 66 requests: 395/434 right
# (0.910), 11 wrong flagged, 5 wrong without a flag (1.152%), 23 missing. Per style
# (right/fields, flagged, silent, missing), the styles not listed read 1.000:
# chat_timestamps_senders 9/11 (2, 0, 0), facebook_comment_copy 11/12 (1, 0, 0),
# address_glued_abbrev 6/10 (0, 2, 2), address_bare_place_names 9/10 (0, 1, 0: the
# expectation, corrected after, did not accept the address as typed), certifying_letter
# 10/14 (2, 2, 0), mother_and_child_ids 13/14 (1, 0, 0), standalone_correction 5/6 (1, 0,
# 0), hotline_mentions 11/12 (1, 0, 0), english_then_thai_copy 12/14 (2, 0, 0),
# tick_after_option 7/8 (1, 0, 0), pcc_abbrev_labels 10/14 (0, 0, 4), qp_breaks_in_values
# 13/16 (0, 0, 3), apple_blockquote_filled 0/14 (0, 0, 14).
# After the fixes on this branch (each commit names its style): 431/434, 0 flagged, 0
# silent, 3 missing.
# A second batch of 10 styles (gmail_inline_answers_html to register_abbrev_more), written
# after the readers were read and fixed, to probe the neighbours of the fixes, measured
# first 74/78 right (0.949), 2 wrong flagged, 2 silent (an address glued only in part;
# an employer's certificate whose writer stood under a ข้าพเจ้า label, her mobile
# unflagged), 0 missing; whole set 505/512 (0.986), 2 silent (0.391%). After its three
# fixes: 509/512 (0.994), 0 wrong flagged, 0 silent, 3 missing.
# Floors are the figures measured after the last fix; a style not listed is held at
# issue 8's 0.99.
# Labels padded past 60 characters with a qualifier ("ชื่อและนามสกุลตามที่ปรากฏใน
# บัตรประจำตัวประชาชนที่ยังไม่หมดอายุ:") were read as sentences (qp_breaks_in_values 0.812);
# from stop 37 "as on the ID card / house register" after a label is a note on it
# (labels._AS_ON_A_DOCUMENT) and a label line may run to 80 characters: 512/512.
FLOORS: dict[str, float] = {}
# Issue 8's line (0.5%); first 1.152% (5 of 434), 0 after the fixes; second batch first
# 0.391% (2 of 512), 0 after.
SILENT_AT_MOST = 0.0  # held at what it reads (was issue 8's 0.005)


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=86, styles=43, fields=500)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_AT_MOST)
