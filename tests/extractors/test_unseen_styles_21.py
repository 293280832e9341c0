"""Accuracy on a twenty-first set of requests written by others (issue 8): the request is
in an attachment, in shapes real Thai offices' and citizens' files take and sets 1-19 do
not hold (tracked deletions of paragraph marks, colon columns by tab stops, an embedded
Excel object, address rows continued under an empty label, legacy drop-down fields, Flat
OPC and flat ODT files, ticked "same as the house register", w:cr breaks, ODT text
frames; Excel printouts in E notation, diagonal watermarks, ActualText-only text, a row
broken across pages, sticky notes with a sample; incremental updates of a PDF form,
fields over a scanned picture, captions below fields, a receipt stub; serial dates,
print headers and footers, an applicant's and a proxy's columns, covered ODS cells,
Excel's CSV, Google Forms CSV headers with examples, HTML named .xls; transparent PNG,
fax TIFF, WebP, EXIF-rotated JPEG, a picture in Word; winmail.dat, a map and a card photo
beside the form, an e-service XML, Word RTF named .doc).

unseen_requests_21.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 19's test and builder, the file makers of sets 5, 11, 13
and 17 and the earlier sets' style names were read). Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind; the table per
style is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_21 import KIND, build_set

# First sight: to be measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=70, styles=35, fields=560)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
