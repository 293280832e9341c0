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

# First sight, before any reader was read or changed (CI=true .venv/bin/python -m pytest
# tests/extractors/test_unseen_styles_18.py -s), 47 styles, 94 requests: 447/494 right
# (0.905), 11 wrong flagged, 9 wrong without a flag (1.822%), 27 missing; outcomes 5/6
# (a citizen's Reply to our auto-reply, "Re: ตอบกลับอัตโนมัติ: ...", taken for one). Two of
# the silent were the set's own error: monk_chaya_labels typed the postal code in Thai
# digits inside the address and accepted it only in Arabic digits; a clerk accepts the
# address as typed, and so does the set now: 449/494 (0.909), 11 flagged, 7 silent
# (1.417%), 27 missing. Right / flagged / silent / missing per style (the others right):
#   title_first_last_rows 6/8 (0, 2, 0), rank_woman_prose 9/10 (0, 1, 0),
#   academic_signature 2/8 (0, 0, 6), monk_chaya_labels 12/14 (2, 0, 0) after the
#   set's fix, migrant_worker_pink_card 8/10 (0, 0, 2), english_address_thai_labels,
#   phone_with_call_hours, consent_clause_with_dpo, webmail_strong_label_para and
#   fullwidth_colon_html_br one ID each (the pink-card worker's: 0, 0, 1),
#   whatsapp_bracket_stamps 4/6 (0, 0, 2), signature_pipe_line 0/8 (0, 0, 8),
#   html_merged_name_cells 9/12 (2, 0, 1), email_plus_tag_particles 6/10 (0, 4, 0),
#   name_with_numbers_in_brackets 4/6 (1, 0, 1), html_label_value_spans_inline 6/8
#   (2, 0, 0), greeting_card_reply_html 0/6 (4, 0, 2).
# The 7 silent: "ชื่อ:- value" read with its dash (4), ชื่อตัว/ชื่อสกุล with a family name
# of two words (ณ ระนอง) read as "นางสาวณ ระนอง" (2), "ร.ต.อ. หญิง ..." kept spaced (1).
# Fixes (each commit names its style): a pink-card number (00...) is a person's ID; หญิง
# closes up to a rank; ณ + place is one family name (name boxes and prose); ":-" is a
# separator; a signature's name, ID, e-mail and mobile as a flagged last resort; chat
# time stamps; tables in a quoted mail read as quoted; the mark between pairs; ฉายา as a
# family name; a Reply to an auto-reply carrying an ID is a request. After them:
# 492/494 right (0.996), 2 wrong flagged, 0 wrong without a flag, 0 missing; outcomes 6/6.
# The full tables are in /work/wt/set18-REPORT.md.
FLOORS: dict[str, float] = {
    # "ชื่อ-สกุล" merged down over two rows whose next column names the part (ภาษาไทย /
    # English): the part "ภาษาไทย" is read as the name, flagged (a one-word name). Read
    # as "ชื่อ-สกุล (ภาษาไทย)" the same rewrite cut set 6's address merged over two lines
    # (table_colspan_rowspan) to its first line, silently: left, flagged, not silent.
    "html_merged_name_cells": 0.833,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=80, styles=40, fields=450)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 1.417% (7 of 494, after the set's own fix); none
    # after the fixes.
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
