"""Accuracy on an eighth set of requests written by others (issue 8): mail bodies and
HTML only, in styles the earlier sets did not make.

unseen_requests_8.py was written before reading `extractors/` or `config/` (only the
earlier sets' style names and docstrings, and their makers): voice typing, phone
autocorrect, a citizen abroad, a grandchild typing for a grandparent, a complaint story
full of dates and sums, arrow bullets, ' | ' pairs, three forwards deep, Outlook's
conditional comments, th/td in the wrong places, weekday dates in Thai digits, values
before their labels, an envelope block, Thai e-mail addresses, an e-Service notice, a
chat assistant's letter with its placeholders left in, nested builder tables, Apple's
data detectors, box-drawing frames, text check boxes, old and new numbers, ชื่อจริง/
ชื่อเล่น, Excel pasted into Gmail, capital abbreviations, directions in an address,
a signature with another number, a city app's report, a PromptPay line. Its first
measurement, before any reader was read or changed, is the estimate of how a hidden set
of mail bodies goes. Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import Case
from unseen_requests_8 import build_second_batch, build_set

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_8.py -s), 29 styles, 58 requests: 384/418 right
# (0.919), 6 wrong flagged, 8 wrong without a flag (1.914%), 20 missing. Per style
# (right/fields, flagged, silent, missing), the styles not listed read 1.000:
# voice_typing 12/14 (0, 0, 2), autocorrect_marks 11/16 (0, 2, 3), citizen_abroad 10/12
# (0, 0, 2), complaint_story 10/12 (2, 0, 0), pipe_one_line 14/16 (0, 0, 2),
# reply_repastes_correction 13/14 (1, 0, 0), excel_paste_html 14/16 (0, 0, 2),
# value_then_label 14/16 (0, 0, 2), envelope_block 9/12 (0, 0, 3), thai_idn_email 12/14
# (0, 0, 2), real_and_nick_labels 14/16 (2, 0, 0), caps_abbrev_labels 14/16 (0, 0, 2),
# old_and_new_numbers 11/12 (1, 0, 0), box_drawing 12/16 (0, 4, 0), assistant_drafted
# 12/14 (0, 2, 0).
# After the fixes on this branch (each commit names its own): 411/418 (0.983), 1 wrong
# flagged, 0 silent, 6 missing. Floors are the figures measured after the last fix; a
# style not listed is held at issue 8's 0.99.
FLOORS: dict[str, float] = {
    # Foreign numbers (+1 408..., +44 7700...) were refused by design (a Thai phone field),
    # missing, not wrong, until set 79 (stop 47): a number abroad written with its country
    # code is the phone since, flagged (extractors/foreign_phone.py): citizen_abroad 12/12,
    # held at issue 8's 0.99.
    # The corrected number is in a sentence on top, the first mail's wrong one in the
    # quoted form below: both readings are flagged (prose, quoted), the quoted label wins.
    "reply_repastes_correction": 0.928,  # first 0.928
    # Excel drops the mobile's leading 0 ("857730412"): refused at first; from stop 37
    # HTML bearing a sheet's clipboard marks gets the 0 back, flagged (sheet_paste.py):
    # 16/16, held at issue 8's 0.99.
    # "ADDR." is not a label: a card reader's raw "ADDR: 9####..." record would be read
    # as an address unflagged (test_body_shapes.py).
    "caps_abbrev_labels": 0.937,  # first 0.875
    # second batch: a mobile only in the signature under "--" (not read) beside a bank
    # account of mobile shape (not taken): missing, not wrong.
    "bank_account_digits": 0.833,  # first 0.833
}
# A second batch of 8 styles (nickname_inside_name to signature_table_owa), written after
# the readers were read and fixed, to see whether the fixes hold on shapes they were not
# made for, measured first 73/84 right (0.869), 3 wrong flagged, 1 silent (a nickname in
# quotes inside the name kept in it), 7 missing; (one expectation of the batch itself
# was corrected before: phone_shapes gives no birth date); whole set 484/502 (0.964),
# 1 silent (0.199%). After its three fixes (a nickname inside the name left out; chat
# markup dropped at a name's ends and after เกิด; a markdown table read as a header row
# over its values): 81/84, whole set 492/502 (0.980), 1 wrong flagged, 0 silent. Then
# the keyboard's space after an address's dot closed up ("gmail. com", autocorrect_marks
# first 0.687): 493/502 (0.982). Then a birth date said in words read in sentences
# (dictated_date_words, first 0.75): 495/502 (0.986), 1 wrong flagged, 0 silent.
# Issue 8's line (0.5%); first 1.914% (8 of 418), 0 after the fixes; second batch first
# 0.199% (1 of 502).
SILENT_AT_MOST = 0.0  # held at what it reads (was issue 8's 0.005)


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=74, styles=37, fields=500)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_AT_MOST)
