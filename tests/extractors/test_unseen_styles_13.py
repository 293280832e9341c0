"""Accuracy on a thirteenth set of requests written by others (issue 8): the request is in
an attachment made by agencies' templates, converters and citizens' programs, in shapes
sets 1-11 do not hold.

unseen_requests_13.py was written before reading `extractors/` or `config/` (only the
harness, the file makers of sets 5, 9 and 11 and the earlier sets' style names and
docstrings were read): Word floating tables, converter frames, absolute-position tabs,
non-breaking hyphens, tracked moves, a glossary sample, block content controls, newspaper
columns, a questionnaire printed to Word; a form-response print, Private Use Area tone
marks, Latin ligatures, fields made out of page order, ZapfDingbats ticks, field values
in raw TIS-620/UTF-8 bytes, a cropped-away example, a switched-off example layer; Excel
check-box controls, an inline-string export, the 1904 date system, a Buddhist year taken
as a Christian date, values in text boxes, LibreOffice .ods; CSV with a multi-line cell
and two responses, a Windows-874 dotted petition; zips from macOS and Thai Windows; the
form beside a house register, a consent form and a power of attorney.
Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests_13 import build_set

FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=62, styles=31, fields=490)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
