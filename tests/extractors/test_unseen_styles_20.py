"""Accuracy on a twentieth set of requests written by others (issue 8): MAIL BODIES, plain
text and HTML, forwarded mail and replies, in shapes sets 1-19 hold less of (powers of
attorney in blocks and in table columns, co-applicants, a petition's list of signers, a
bank slip's payer, Outlook HTML sent quoted-printable with soft breaks inside Thai
letters, Gmail's forward of an Outlook mail, new Outlook's divs, Thunderbird's bottom
post, Outlook's unquoted plain reply, replies above the agency's auto-reply, charsets
declared wrongly, Thai digits spaced one by one, two-digit Buddhist years, dates with
the other era in brackets, a month and year without a day, addresses in abbreviations
over several lines, a highway's kilometre, names with their English spelling, an ID
partly masked, struck-out values, '=' and bracket labels, markdown, <dl>, labels broken
by <br>, sample values in HTML comments, a PDF's broken สระอำ, a P.S. changing the phone).

unseen_requests_20.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, sets 18 and 19 and the earlier sets' style names). Same
harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per style
and per kind; the table per style is also in every failure message.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_20 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=. .venv/bin/pytest
# tests/extractors/test_unseen_styles_20.py -s; CI=true stops at the corpus check in a
# worktree, which this set does not use), 40 styles, 80 requests: 393/420 right (0.936),
# 12 wrong flagged, 3 wrong without a flag (0.714%), 12 missing; outcomes 6/6. By kind:
# plain 226/245 (0.922; 12 flagged, 1 silent, 6 missing), HTML 91/93 (2 silent), thread
# 34/40 (6 missing), charset 42/42. Right / flagged / silent / missing per style (the
# others right): poa_grantor_grantee_blocks 11/13 (2, 0, 0; the grantee's block first
# is read as the applicant), neighbours_petition_coordinator 2/6 (4, 0, 0; the first
# signer of the list, not ผู้ประสานงาน), plain_side_by_side_two_people 4/6 (2, 0, 0; the
# header "ผู้ร้องเรียน<TAB>ผู้ถูกร้องเรียน" read as a name pair), ps_addendum_corrects_phone
# 4/6 (2, 0, 0; the P.S.'s new number not taken), address_bor_village_abbrev 13/14 (0,
# 1, 0; the address ran on into the next line "ทร. 061-..."), pdf_copy_paste_broken_sara_am
# 10/12 (2, 0, 0; "นายส าราญ"), bracket_labels 10/14 (0, 0, 4; "[ชื่อ-สกุล]" and
# "【ที่อยู่】" not labels), bare_values_one_line_no_labels 4/6 (0, 0, 2),
# html_strike_old_value 8/10 (0, 2, 0: the struck-out old phone and ID taken),
# thunderbird_bottom_post_html 0/6 (0, 0, 6: the answers under the quote lost).
# Fixes (each commit names its style): struck-through HTML text is not read; an address
# stops at a line holding a phone, an ID or an e-mail (and a full stop after its postal
# code is cut); lines under the whole quote after a reply header are the sender's (a
# bottom post); a label in brackets; a space then SARA AA after a consonant is SARA AM;
# a proxy's section (ผู้รับมอบอำนาจ) is read less sure than the grantor's; rows under a
# header naming the parties give the sender's column; ผู้ประสานงาน is a name label and
# the applicant's ID is the one beside their name; a number said out of use with a new
# one after ใหม่ corrects the earlier; a titled name right before a valid ID. After them:
# 419/420 right (0.998), 0 wrong flagged, 0 wrong without a flag, 1 missing; outcomes
# 6/6. By kind: plain 244/245 (1 missing), HTML 93/93, thread 40/40, charset 42/42.
FLOORS: dict[str, float] = {
    # "ขอ...ครับ สำราญ ใจงาม 3501100277641 0819945203": a name with no title and no label,
    # only two words before an ID; taken as a name it would take any two words before a
    # number (a verb, a place): left missing, which the clerk sees
    "bare_values_one_line_no_labels": 0.83,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=80, styles=40, fields=400)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 0.714% (3 of 420: two struck-out values taken,
    # an address run on into the next line); none after the fixes.
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
