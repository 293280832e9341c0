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
from unseen_requests import Case
from unseen_requests_13 import build_second_batch, build_set

# First sight, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_13.py -s -k accuracy), 31 styles, 62 requests: 367/496
# right (0.740), 9 wrong flagged, 13 wrong without a flag (2.621%), 107 missing. By kind
# (/work/scratch/set13_kinds.py): Word 71/144 (0.493, 1 silent, 67 missing), text PDF 86/96
# (0.896, 4 silent), PDF form 24/32 (0.750, 2 silent), Excel 62/96 (0.646, 2 silent, 32
# missing), CSV/text 44/48 (0.917, 4 silent), ZIP 32/32, several files 48/48. The 13 silent:
# the title lost with its tick (ZapfDingbats glyph, Excel check-box controls: 4), the first
# of two form responses taken (4), a hint glued into the address (1), TIS-620 bytes read as
# Latin-1 (2), a switched-off example layer's values joined to the address (2). None of the
# misses was the set's own error. The table per style is in /work/wt/set13-REPORT.md.
# Fixes (each commit names its style): every response row of an export read, the last
# first; drawn check boxes and symbol-font ticks in PDFs; Excel form controls and text
# boxes; optional content switched off; field values in raw TIS-620/UTF-8 bytes; a
# question's required mark and hint; Word alignment tabs, non-breaking hyphens, block
# custom XML, frames by position, floating tables side by side, newspaper columns;
# LibreOffice Calc (.ods). After them: 496/496 right, none flagged wrong, none silent,
# none missing; every style at issue 8's 0.99, so no floor of its own.
# A second batch of 5 styles (xlsx_option_buttons to xlsx_grouped_text_boxes), written
# after those fixes to probe their neighbours, measured first 60/80 right, 4 wrong flagged,
# 0 wrong without a flag, 16 missing: option buttons beside ชื่อตัว/ชื่อสกุล (the given
# name's registry label unknown), title boxes drawn with four strokes (no rectangle),
# text boxes grouped into one shape. After fixing the first two (a title alone on the
# line above the name parts goes before them; ชื่อสกุล beside ชื่อตัว is the family name;
# squares drawn with four strokes) the batch is 64/80, 0 flagged, 0 silent, 16 missing:
# grouped text boxes are left missing, as their cells are only known from the group's
# own coordinates (placing them by default row heights could put a value on the wrong
# row, a silent error).
# Stop 37: grouped boxes are placed through the group's own map (a:chOff/a:chExt onto
# a:off/a:ext) and walked over the sheet's saved row heights and column widths from the
# anchor's cell (extractors/xlsx_groups.py): 80/80, the set 576/576; no floor of its own.
FLOORS: dict[str, float] = {}


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=72, styles=36, fields=570)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 2.621% (13 of 496); none after the fixes.
    HELD_OUT.assert_silent_at_most()
