"""Accuracy on a thirty-second set of requests written by others (issue 8): ONE ORDINARY
WEEK OF A SMALL THAI AGENCY'S INBOX (a เทศบาลตำบล / อบต.), typed text only: an elder's
one-line phone mail in Thai digits, a young person's emoji and English, a reply to the
agency's auto-acknowledgement, a request in the Subject, forwards from a relative's
mailbox, letters with the values in prose (plain, HTML, Word, PDF), Outlook on the web's
divs, Gmail signatures with an office address and a second phone, a phone's notes
exported to PDF, a sign-tax sheet; dates, phones, IDs and addresses in the ways a clerk
meets them in a week.

unseen_requests_32.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 30's test and builder with the helpers it imports, and the
earlier sets' docstrings and style names). Its conventions (the applicant's own mobile,
home address and typed e-mail; a two-digit Buddhist year read as the plausible one; the
subject only where the request names its work in the Subject) are in its docstring.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_32 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_32.py -s -p
# no:randomly, at 54bb56f on main's c8b0c1d), 26 styles, 52 requests: 323/376 right
# (0.859), 0 wrong flagged, 0 wrong without a flag (0.000%), 53 missing (2 fields n/a:
# birth dates where the complaint template was chosen). By kind (right/fields; flagged,
# silent, missing): plain 195/232 (0, 0, 37), HTML 64/70 (0, 0, 6), Word 30/30, PDF 18/28
# (0, 0, 10), sheet 16/16. None silent: no relative's, office, work or agency phone, no
# office address in a signature, no quoted agency text was taken as the applicant's.
# Missing: the e-mail where the text gives none and the applicant wrote from her own
# mailbox, 26 (see below: the set's convention, not the reader's); the address, postal
# code and province echoed in the quoted auto-acknowledgement, 6, and the name signed
# without a title above it, 2; an unlabelled address after the name on one line (the
# Subject's one-line body, the elder's "อยู่ 42 ม.8 ...", the comma-parted line), 5, and
# the titled name after a comma, 2; "เจ้าของป้าย / Owner:" not read as the name, 2, and
# the shop's place "ที่ตั้งร้าน (บ้านตัวเอง)" not as the home, 2; in the notes app's PDF
# the ID, and the address with its province and postal code on the next line, 8.
# Builder slip, corrected (clearly the set's: its first convention expected the mailbox
# the applicant wrote from as the e-mail where the text gives none; set 25's convention
# and the project's rule, reply_to.py, leave an address only in From unexpected, as it is
# no value the citizen typed): those 26 e-mail fields dropped, no mail changed. Same
# command at the correction: 323/350 right (0.923), 0 flagged, 0 silent, 27 missing; by
# kind plain 195/214 (0, 0, 19), HTML 64/64, Word 30/30, PDF 18/26 (0, 0, 8), sheet 16/16.
# Fix (unit tests in test_shapes_32.py, examples written afresh): values typed on one line
# with no label, an address right after a titled name, after a bare อยู่ or as a
# comma-parted piece, by its shape, and a titled name between commas (line_values.py,
# prose, flagged); เลขบัตร/เลขที่บัตร label the ID, เจ้าของป้าย/ผู้เสียภาษี the one who
# files a tax (config/fields.toml); a reply signed with the name alone on the last line
# of the citizen's own words, a last resort, flagged (closing_name.py). After it (same
# command, at 4484fb9): 336/350 right (0.960), 0 wrong flagged, 0 wrong without a flag
# (0.000%), 14 missing. By kind: plain 206/214 (0, 0, 8), HTML 64/64, Word 30/30, PDF
# 20/26 (0, 0, 6), sheet 16/16. Every other set (test_unseen_styles.py, _2 to _21, _23
# to _28 and _30; _29 run apart) reads the same before (main's c8b0c1d) and after, its
# "all styles" line identical, but set 14, one more right (671 -> 672/680: semicolon_values'
# ID now read by its เลขบัตร label); set 29 349/352 before and after. Run time: about 6 s
# for this file and 7 s for test_shapes_32.py on the shared machine.
# Floors, for what was left (each missing, none wrong): the address, postal code and
# province only in the agency's quoted auto-acknowledgement (its own text: the reply
# joins the case that holds them); the shop's place "ที่ตั้งร้าน (บ้านตัวเอง)" not read as
# the home (a shop's place is none in general); the notes app's "บ้าน 54 ม.1 ..." with the
# province and postal code on the next line, in a PDF that is no letter (only labels read
# it, and "บ้าน" alone is too common a word to be one: tried as an address label read only
# before a house number and an address part in a line, it reached set 32's note, 342/350,
# but table and sheet cells took it too, set 26 374 -> 372/374 (2 flagged) and set 4 one
# silent in form_builder_table; taken back).
# Then (branch left3132, unit tests in test_shapes_left3132.py): a short PDF text layer
# that is no letter and bears no form's marks is read as a mail body is, its sentences
# after its labels, flagged as prose (letter_prose.looks_like_note); "บ้าน" alone before
# an address line's shape (a house number, a sub-district and a district on one line)
# opens prose's address line, in a body as in such a note (prose._ADDRESS_LINE: prose
# only, never a label, so no table or sheet cell takes it, unlike the label tried
# before); a place's label noted as the writer's own home ("ที่ตั้งร้าน (บ้านตัวเอง)",
# "(บ้านของผม)") is the home address's label (labels.normalise_label). Same command after
# it: 344/350 right (0.983), 0 wrong flagged, 0 without a flag, 6 missing; plain 208/214
# (0, 0, 6), HTML 64/64, Word 30/30, PDF 26/26, sheet 16/16. Left: the address only in the
# agency's quoted auto-acknowledgement, as above.
FLOORS: dict[str, float] = {
    "reply_to_auto_ack_adds_missing": 0.571,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=52, styles=26, fields=350)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line is 0.5%; none at first sight nor after: any silent value in this
    # set is a step back.
    HELD_OUT.assert_silent_at_most(0.0)
