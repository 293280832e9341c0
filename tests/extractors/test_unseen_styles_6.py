"""Accuracy on a sixth set of requests written by others (issue 8): mail bodies and
HTML typed by citizens and written by mail programs in shapes the first five sets did
not hold.

unseen_requests_6.py was written before reading `extractors/` or `config/` (only the
shared harness and the other sets' test files were read). Its first measurement, before
any reader was read or changed, is the estimate of how a hidden set of typed mail goes.
Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_6 import build_set

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_6.py -s), 37 styles, 83 requests: 439/525 right
# (0.836), 10 wrong flagged, 14 wrong without a flag (2.667%), 62 missing; 20 styles
# below 0.99. (One expectation of the set itself was corrected after that first run and
# before any reader was read: postal_abbrev did not accept the address exactly as typed,
# 'จ.อุดรธานี ปณ. 41000', which is what an envelope carries; with it 442/525 (0.842),
# 11 silent (2.095%).)
# Floors were the measured figures, raised as the readers were fixed.
# After the fixes on this branch (each commit names its own): 37 styles 521/525 right
# (0.992), 3 wrong flagged, 0 silent, 1 missing. A style not listed is held at issue 8's
# 0.99. First figures of the styles that were below it and are now 1.000: e_saraban_memo
# 0.875, wrapped_prose_70 0.905, title_after_name 0.900, values_in_quotes 0.708,
# postal_abbrev 0.944, fullwidth_forms 0.375, signature_only_mobile 0.500,
# emoji_as_labels 0.625, html_pre 0.875, literal_br_tags 0.708, double_escaped_entities
# 0.625, csv_rows 0.600, form_mailer_json 0.500, form_mailer_print_r 0.429,
# subject_tis620_words 0.875, agency_example_values 0.857, table_colspan_rowspan 0.857.
FLOORS: dict[str, float] = {
    # "koet:" alone (karaoke for เกิด) is no label: too short a word to trust as one
    "karaoke_labels": 0.937,  # first 0.625
    # the page's own number in the pasted chat is taken (flagged) over the sender's
    "messenger_paste": 0.833,  # first 0.500
}
# A second batch of 6 styles (emoji_before_labels to pre_with_tabs), written after the
# readers were read and fixed, next to the shapes the fixes were made for, measured first
# 84/84 right (two of its shapes, a pictograph before a label and a quoted CSV cell, had
# been guarded just before, while writing the fixes); whole set then 603/609 (0.990),
# 0 silent; 605/609 (0.993) after the last fix (table_colspan_rowspan).
# Issue 8's line (0.5%); first 2.095% (11 of 525), 0 after the fixes. Stop 33 found one
# silent since (pdf_hard_breaks: an address cut at a PDF's hard break, 607/609, under the
# line): address_stops.run_on_head and address_breaks mend it, 608/609, 0 silent.


HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=70, styles=40, fields=400)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
