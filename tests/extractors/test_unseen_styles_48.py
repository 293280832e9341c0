"""Accuracy on a forty-eighth set of requests written by others (issue 8): ATTACHED FILES
MADE THE WAYS EARLIER SETS DID NOT. Word: inline content controls in a paragraph form
(a Thai-calendar date picker, a province drop-down), legacy FORMTEXT fields between
dotted leaders (a default hint typed over, a date-typed field), LibreOffice FILLIN input
fields whose hint is the label, a tracked correction of the mobile and of a group of the
ID left unaccepted, her own letterhead in the page header, section tables nested in an
outer table, a grid with the address label merged down three rows, values typed over
underscore tab leaders, an Apple Pages export (label and value split by a line break in
one paragraph, runs cut mid-word), values in anchored text boxes (DrawingML with its VML
fallback). PDF: a form turned a quarter with /Rotate 90 or 270 turning it back, the
whole page one form XObject scaled to fit, a flattened fillable form (one XObject per
field, another font), values added by an editor in another font after all the labels, a
four-column ruled table, her column beside the office's column. Sheets: section labels
merged down with a proxy's section, one record row with number formats (ID as a number,
the mobile as a number shown with ten digits, a Thai Buddhist date format). Text: a
Notepad .txt and an Excel CSV in windows-874 (charset declared or not). HTML: an
e-service confirmation page saved from Chrome, an old windows-874 .htm with read-only
inputs.

unseen_requests_48.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 45 and 46, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values as the file finally shows them; a tracked change counts as
accepted (the inserted digits, never the deleted); the proxy's name, ID and mobile, the
office's phone and e-mail (its column, its footer), a receipt or request number are
never hers; the mobile stored as a number is hers with its leading zero as its format
shows it; a grid that has room for only one of soi/road/moo gives the address as it
stands. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_48 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
