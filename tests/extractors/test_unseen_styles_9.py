"""Accuracy on a ninth set of requests written by others (issue 8): the request is in an
attachment, in shapes sets 5 and 7 did not make.

unseen_requests_9.py was written before reading `extractors/` or `config/` (only the
earlier sets' docstrings, style names and file makers were read): AcroForms named by
tooltip, LiveCycle trees and Choice1.. exports; text PDFs of one text object per letter,
values drawn after their labels, sara am split by the ToUnicode map, values over
underscores, the name only in the signature block, bilingual labels; Word legacy form
fields, mail-merge fields and links, smart tags and custom XML, a header row over a
values row, underlined blanks, Wingdings boxes, FILLIN fields, no-break characters;
Excel with values in column C, instructions first, two pairs to a row; the name only in
the body, a blank form beside the filled one. Same harness (unseen_harness.py) as the
other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import Case
from unseen_requests_9 import build_second_batch, build_set, build_third_batch

# First measurement, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_9.py -s), 22 styles, 44 requests: 314/352 right
# (0.892), 12 wrong flagged, 5 wrong without a flag (1.420%), 21 missing; 8 styles below
# 0.99 (right / flagged / silent / missing of 16 fields each):
#   pdf_glyph_runs 0.000 (0/2/2/12: one text object per letter, nothing but the province
#     read, and that as the address), pdf_sara_am_split 0.875 (14/0/2/0: the address kept
#     "ตำ บล", "อำ เภอ"), pdf_signature_block_name 0.875 (14/0/0/2: the name under the
#     signature line not read), docx_header_then_empty_row 0.750 (12/0/0/4: the phone and
#     e-mail of a two-column header table not read), docx_wingdings_boxes 0.875
#     (14/0/0/2: Wingdings boxes: no name), xlsx_instructions_first 0.375 (6/10/0/0: the
#     instructions sheet's example person read, flagged), xlsx_pairs_across 0.938
#     (15/0/0/1), name_in_body_only 0.938 (15/0/1/0: "นาง... ขอส่งแบบคำร้อง..." kept
#     the rest of the sentence in the name, unflagged).
# Floors are the first measurement, raised to what each fix measured; a style not listed
# is held at issue 8's 0.99.
# Fixes (each commit names its own): one glyph mapped to NIKHAHIT + SARA AA advances like
# SARA AM (pdf_sara_am_split 1.000); a value typed a little above a printed leader joins
# the leader's row (pdf_glyph_runs 1.000): whole set 332/352 (0.943), 1 silent (0.284%).
# A name read after ข้าพเจ้า loses the sentence typed after its family name (a word of
# asking: ขอ..., ยื่น..., มีความประสงค์...) (name_in_body_only 1.000): 333/352 (0.946),
# 0 silent. A filled example under a heading "ตัวอย่าง..." is no one's data, up to the
# next heading that is no label (xlsx_instructions_first 1.000): 343/352 (0.974).
# A Word table of two captions over two answers is read by column
# (docx_header_then_empty_row 1.000); boxes typed as þ/¨ in a Wingdings run are ballot
# boxes, and a line opening with the printed titles, one ticked, answers the title
# (docx_wingdings_boxes 1.000): 349/352 (0.991), 0 silent. An Excel cell holding a label
# alone starts a pair (xlsx_pairs_across 1.000); a PDF's name in brackets under the
# applicant's "ลงชื่อ" line is read as prose reads a signature, flagged
# (pdf_signature_block_name 1.000, 2 right but flagged): 352/352 (1.000), 0 silent.
# A second batch of 6 styles (pdf_fill_sign_low to body_name_other_verbs), written after
# the readers were read and fixed, to see whether the fixes hold on shapes they were not
# made for, measured first 91/96 right, 0 flagged, 1 silent ('ข้าพเจ้า นาย... ได้กรอก
# แบบฟอร์ม...': a verb the name rule did not know), 4 missing (a two-column header table
# whose answer row has one cell empty: both answers lost); whole set 443/448 (0.989), 1
# silent (0.223%).
# After its two fixes (a name's sentence cut at more verbs: ได้, จึง, แนบ, กรอก, a title
# set apart from the given name no given name; a two-column header over an answer row
# with an empty cell, or with a caption no field takes such as โทรสาร, read by column):
# 96/96, whole set 448/448 (1.000), 0 silent.
# A third batch of 5 styles (pdf_example_block to xlsx_hints_beside), written after the
# second batch's fixes to probe them, measured first 78/80, 0 flagged, 2 silent (title
# boxes in Wingdings 2, R/T ticked and £ empty: the title lost, the name kept without
# it), 0 missing; whole set 526/528 (0.996), 2 silent (0.379%).
# After its fix (Word's box glyphs read per face: Wingdings 2's R/S/T ticked, £ empty):
# 80/80, whole set 528/528 (1.000), 0 silent. Every style is held at issue 8's 0.99.
FLOORS: dict[str, float] = {}


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch(), *build_third_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%); the first sight was 1.420% (5 of 352), 0 after the fixes.
    HELD_OUT.assert_silent_at_most()
