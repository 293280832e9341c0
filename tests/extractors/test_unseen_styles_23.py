"""Accuracy on a twenty-third set of requests written by others (issue 8): mail bodies and
attachments mixed, in shapes Thai citizens' apps and offices' tools produce and sets 1-21
do not hold (LINE and Facebook chats copied or saved, answers to the agency's numbered
questions, Google Forms' and MS Forms' mails and exports, Google Docs and Sheets files,
Outlook's Word-HTML lists, an agency's letter forwarding a villager, a citizen's formal
letter, browser and Outlook printouts, Excel 2003 XML, LibreOffice CSV, TextEdit RTF,
Word's filtered web page in windows-874, Thai digits, Buddhist years first, English
abbreviations, a reply correcting the address).

unseen_requests_23.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, sets 20 and 21's tests and builders, the file makers of sets 5,
11, 13 and 17 and the earlier sets' style names). Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_23 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=. .venv/bin/pytest
# tests/extractors/test_unseen_styles_23.py -s), 30 styles, 60 requests: 424/480 right
# (0.883), 11 wrong flagged, 7 wrong without a flag (1.458%), 38 missing; outcomes 4/4.
# By kind: plain 173/192 (0.901; 6 flagged, 2 silent, 11 missing), HTML 63/64 (1 silent),
# Word 41/48 (3 flagged, 4 silent), PDF 48/48, sheet 62/80 (18 missing), text file 37/48
# (2 flagged, 9 missing). Per style (right/16, the others 16): fb_page_messenger_copy 12
# (2 flagged: the page's own phone; 2 missing: the bare birth date answer),
# answers_numbered_quote_below 11 (5 missing), underscores_around_values_pasted 14 (the
# address missing), gforms_copy_plain_radio_marks 14 (2 flagged: the title chosen in the
# radio list not joined), english_abbrev_labels_dob_addr 14 ("Addr:" unknown),
# thai_numerals_dates_in_words 14 (2 silent: the address ran on into the next line
# "จังหวัด... รหัสไปรษณีย์ ..."), reply_corrects_address_quoted_own 14 (2 flagged: the
# quoted old address), gforms_copy_html_aria_radio 15 (1 silent: the first radio's
# title, not the checked one), docx_agency_letter_forwarding 9 (3 flagged, 4 silent: the
# office's phone and e-mail at the letter's foot, its officer, its province),
# xlsx_msforms_export 14 (the e-mail column under a question missing), xml_spreadsheet_2003
# 0 (16 missing), rtf_textedit_cocoa 9 (2 flagged: lines ending in a backslash joined;
# 5 missing), txt_line_chat_export 12 (4 missing). Two builder slips were mended before
# this figure and after a first run: one invented ID began with 9, which no Thai ID does
# (it gave 9 more missing), and the formal letter's top-right address repeated a line in
# Bangkok (1 flagged). Run time: 7 s on the shared machine.
# Fixes (each commit names its styles; unit tests in test_shapes_23.py): radio buttons as
# web forms' copies draw them ((•), ◉/● and ○, role=radio aria-checked) and a choice list
# one option per line; an e-mail that is one of the mail's own recipients is never the
# citizen's; Excel 2003 XML Spreadsheet read as a workbook; a backslash ending an RTF line
# is \par; "Addr"; a house-number box holding the whole address; a form's blank (dots,
# underscores) after an address box's caption; LINE's saved chat read without its time
# and speaker columns, one request for several values no label; emoji after a name; a
# purpose after a label (สำหรับติดต่อกลับ); an e-mail with no @ yields to an address.
# One expectation was mended before the fixes: an address typed over two lines with
# "รหัสไปรษณีย์" and Thai digits is right as typed (set 16's convention).
# After them (PYTHONPATH=. .venv/bin/pytest tests/extractors/test_unseen_styles_23.py -s):
# 460/480 right (0.958), 7 wrong flagged, 2 wrong without a flag (0.417%), 11 missing;
# outcomes 4/4. By kind: plain 181/192 (0.943; 4 flagged, 7 missing), HTML 64/64, Word
# 41/48 (3 flagged, 2 silent, 2 missing), PDF 48/48, sheet 80/80, text file 46/48 (2
# missing). Run time: about 7 s for the set on the shared machine.
# Then four principles, each with unit tests of its own examples (test_shapes_fwd24.py):
# a letter forwarding a villager's request gives only the villager's paragraph, its head,
# foot and covering mail being the office's (docx_agency_letter_forwarding 9 -> 16, its 2
# silent gone); a Messenger copy's page turns are the agency's, its questions labels
# (fb_page_messenger_copy 12 -> 16); numbered answers matched to the numbered questions
# (answers_numbered_quote_below 11 -> 16); a correction above the quoted mail wins over
# it (reply_corrects_address_quoted_own 14 -> 16). After them (same command): 478/480
# right (0.996), 0 wrong flagged, 0 wrong without a flag, 2 missing; by kind plain
# 192/192, HTML 64/64, Word 48/48, PDF 48/48, sheet 80/80, text file 46/48. Those four
# styles' floors are now the target's (0.99), and the silent share's ceiling 0.
FLOORS: dict[str, float] = {
    # LINE's saved chat: the address answered over two lines in quotes is missing
    "txt_line_chat_export": 0.87,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=60, styles=30, fields=480)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 1.458% (7 of 480; 2 of them the builder's slip),
    # 0.417% after (2 of 480: an office's phone at the foot of its forwarding letter),
    # none once the letter's foot is the office's: the floor follows.
    HELD_OUT.assert_silent_at_most(0.0)


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
