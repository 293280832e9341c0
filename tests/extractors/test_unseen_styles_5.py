"""Accuracy on a fifth set of requests written by others (issue 8): the request is in
an attachment.

unseen_requests_5.py was written before reading `extractors/`, `config/`,
`tests/generator/` or the earlier sets' request bodies, aimed at attachments as Thai
agencies publish forms and citizens fill them (fillable PDFs, flattened and annotated
PDFs, Word and Excel forms as people really fill them, and the mail around the file).
Its first measurement, before any reader was read or changed, is the estimate of how a
hidden set of attached forms goes. Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_5 import build_set

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_5.py -s), 34 styles, 73 requests: 427/584 right
# (0.731), 7 wrong flagged, 10 wrong without a flag (1.712%), 140 missing; 22 styles
# below 0.99. (One expectation of the set itself was corrected after the very first run
# and before any reader was read: docx_tracked_changes wrote "จังหวัดกรุงเทพมหานคร",
# which no Bangkok citizen writes; it now writes the province as the others do.)
# Floors are the measured figures, so the test passes now and fails if a style reads
# worse; they are raised as the readers are fixed.
# After the fixes on this branch (each commit names its own): see the figures in the
# comment under FLOORS. Floors are the figures measured after the last fix; a style not
# listed is held at issue 8's 0.99. First figures of the styles that were below it:
# acro_meaningless_names 0.000, acro_title_checkboxes 0.750, acro_title_radio 0.938,
# acro_dropdowns 0.438, flattened_form 0.000, freetext_annotations 0.000,
# pdf_dot_leaders 0.625, pdf_two_columns 0.625, docx_checkbox_title 0.750,
# docx_dotted_leaders 0.375, docx_header_table 0.000, acro_comb_and_date_parts 0.875,
# acro_id_digit_fields 0.750, docx_tab_stops 0.875, xlsx_numbers_and_dates 0.875,
# pdf_value_above_label 0.500, acro_address_parts 0.750, docx_merged_cells 0.750 (now
# 1.000 each).
FLOORS: dict[str, float] = {
    "pdf_wrapped_cells": 0.875,  # first 0.875
    "docx_placeholders_left": 0.937,  # first 0.938
    "docx_name_boxes_below": 0.875,  # first 0.750
}
# A second batch of 5 styles (acro_box_after_title to xlsx_name_parts), written after
# the readers were read and fixed, to see whether the fixes hold on shapes they were not
# made for, measured first 74/80 right, 0 wrong flagged, 6 silent, 0 missing (a title
# ticked in a box printed after its word, in Word's checkbox content control, in a
# legacy FORMCHECKBOX): whole set 619/664 (0.932), 6 silent (0.904%).
# After the two fixes it called for (a ticked box means the word nearer it, before or
# after; Word's checkbox controls and legacy check boxes read as ☒/☐): 80/80, whole set
# 625/664 (0.941), 0 silent.
# A third batch of 3 styles (acro_captions_above, docx_letterhead,
# freetext_above_the_line), written after the second batch's fixes to probe the fixes
# themselves, measured first 16/48 right, 2 wrong flagged, 6 silent, 24 missing (boxes
# of two columns with their captions above them were joined as one value written box by
# box; Fill & Sign boxes dragged 3 mm above the dotted line read as lines of their own):
# whole set 655/712 (0.920), 6 silent (0.843%).
# After its two fixes (a box captioned above continues nothing; typed text floating a
# little over a printed line is set on it): 48/48, whole set 687/712 (0.965), 0 silent.
# After merging with set 4's fixes and reading ZIP archives (zipped_form 0.000 -> 1.000):
# whole set 707/712 (0.993), 0 silent.
# Issue 8's line (0.5%); first 1.712% (10 of 584), second batch first 0.904%, third batch
# first 0.843%; 0 after each batch's fixes.


HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=60, styles=30, fields=400)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
