"""Accuracy on a seventh set of requests written by others (issue 8): the request is in
an attachment, in shapes the earlier attachment sets left out.

unseen_requests_7.py was written before reading `extractors/` or `config/` (only the
earlier sets' tests were read, to reuse their makers and avoid repeating their styles):
rotated and browser-printed PDFs, registry-office paragraph forms and ภ.ง.ด.-like boxes,
AcroForms with values only in appearances, shared widgets over two pages, owner
passwords; Word forms with Thai numbering, pickers, doubled text boxes, struck titles,
a second person, row-level controls; Excel formulas, Google Sheets, paper grids; CSV,
HTML and a forwarded .eml. Its first measurement, before any reader was read or
changed, is the estimate of how a hidden set of attached forms goes. Same harness
(unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import Case
from unseen_requests_7 import (
    build_fourth_batch,
    build_second_batch,
    build_set,
    build_third_batch,
)

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_7.py -s), 30 styles, 60 requests: 385/480 right
# (0.802), 2 wrong flagged, 9 wrong without a flag (1.875%), 84 missing; 11 styles below
# 0.99: pdf_tr_paragraph 0.812, pdf_tax_boxes 0.875, pdf_header_row_table 0.250,
# id_card_copy_pdf 0.875, acro_appearance_only 0.000, docx_parallel_cell_lines 0.000,
# docx_struck_titles 0.875, docx_row_controls 0.000, docx_spaces_aligned 0.875,
# xlsx_google_sheets 0.500, csv_attachment 0.000.
# After the fixes on this branch (each commit names its own): 479/480 (0.998), 0 wrong
# flagged, 0 silent, 1 missing. Floors are the figures measured after the last fix; a
# style not listed is held at issue 8's 0.99.
FLOORS: dict[str, float] = {
    # The e-mail on a line of three pairs a single space apart ("รหัสไปรษณีย์ 10310
    # โทรศัพท์ 08... อีเมล ...", the dots of the form a separate layer) is not split off:
    # the mail-body line reader's work, left to it.
    "pdf_tr_paragraph": 0.937,  # first 0.812
}
# A second batch of 6 styles (docx_struck_in_cells to docx_refers_to_card), written
# after the readers were read and fixed, to see whether the fixes hold on shapes they
# were not made for, measured first 78/96 right, 0 flagged, 5 silent, 13 missing; one
# shape of the batch itself was then corrected before any reader change (the
# pdf_centered_captions table let the address run out of its cell over the next one,
# which Word does not do: its columns now fit their text): 82/96 (0.854), 2 wrong
# flagged, 3 silent (struck titles in a table cell: title lost; captions centred over
# their columns: the header's words read as the name), 9 missing; whole set 561/576
# (0.974), 3 silent (0.521%).
# After its two fixes (struck options' slashes closed up wherever they stand; a value is
# the caption's it stands under, a caption wrapped onto the next line joined to it):
# 96/96, whole set 575/576 (0.998), 0 silent.
# A third batch of 4 styles (docx_struck_correction to acro_title_state_only), written
# after the second batch's fixes to probe them, measured first 62/64, 0 flagged, 2
# silent (title check boxes ticked only in their appearance state /AS, no /V: the title
# lost), 0 missing; whole set 637/640 (0.995), 2 silent (0.312%). After its two fixes (a
# box with no /V shows its state in /AS; the question printed before the first box is
# no option): 64/64, whole set 639/640 (0.998), 0 silent.
# A fourth batch of 3 styles (acro_radio_state_only to pdf_header_unanswered_column),
# written after the third batch's fixes to probe them, measured first 40/48, 0 flagged,
# 4 silent (title boxes printed AFTER their words in a PDF's text: the title lost; a
# header row with a หมายเหตุ column: the header's words read as the name), 4 missing;
# whole set 679/688 (0.987), 4 silent (0.581%). (One shape of the batch was corrected
# before any reader change: its ☐/☒ were drawn in a face without those glyphs, so the
# page had no boxes at all; they now come from a fallback symbol face, as Word does.)
# (The fallback face was first set with fpdf's set_fallback_fonts, which its text() does
# not use: the boxes were still missing in the batch's commit. Drawn in the symbol face
# since, the first sight measured again with the readers as they were: the same 40/48,
# 4 silent.) After its two fixes (boxes after their words read as boxes before them, the
# reading that takes in more options winning; column headings no field takes, such as
# หมายเหตุ and โทรสาร, do not keep a header row from being read by column): 48/48, whole
# set 687/688 (0.999), 0 silent.
# Issue 8's line (0.5%); first 1.875% (9 of 480), second batch first 0.521% (3 of 576),
# third batch first 0.312% (2 of 640), fourth batch first 0.581% (4 of 688); 0 after
# each batch's fixes.


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch(), *build_third_batch(), *build_fourth_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=60, styles=30, fields=400)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
