"""Accuracy on a thirty-third set of requests written by others (issue 8): TYPED
ATTACHMENTS an agency receives: Thai government forms retyped in Word (dotted lines kept,
values typed over or after them, tab stops, text boxes, the agency's address and phone in
headers and footers), the same forms saved as PDF from Word or LibreOffice, a LibreOffice
.odt, xlsx sheets returned filled, and mails whose body says "ส่งแบบฟอร์มตามแนบ" or
corrects one value after the attachment.

unseen_requests_33.py was written before reading `extractors/` or `config/` (only the
harness, set 30's test, the builders of sets 30 and 31 with the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: the
applicant is the one the form names as ผู้ยื่นคำร้อง/ผู้ขอ (the ดร.01's mother), never a
witness, certifier, co-signer, spouse or newborn; the phone and address are the
applicant's own, never the agency's in a header or footer, a venue's or a business's; a
form asking only the age wants no birth date; a value the body corrects is right as
corrected. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_33 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
