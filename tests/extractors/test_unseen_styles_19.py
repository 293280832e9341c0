"""Accuracy on a nineteenth set of requests written by others (issue 8): the request is in
an attachment, in shapes real Thai offices' and citizens' files take and sets 1-17 do not
hold (text boxes written twice, household members in a repeating section, labels and
values in two newspaper columns, horizontal header rows in Word, Google Docs' label-above
exports, an office's own tax number in a footer, PDF marks drawn after their line, forms
printed to PDF with captions in boxes, empty widgets over printed values, Acrobat's
"undefined" fields, Thai-locale number formats in sheets, one section per sheet, chat
screenshots, grey scans, WordPad RTF in CP874, TIS-620 columns, an HTML page's sample
script, a zip with a sample read-me, an .eml sent as octet-stream).

unseen_requests_19.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 17's test and the file makers of sets 5, 11, 13, 15 and 17
and the earlier sets' style names were read). Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind; the table per style is
also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_19 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=66, styles=33, fields=528)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
