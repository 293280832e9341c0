"""Accuracy on a twenty-eighth set of requests written by others (issue 8): real Thai agency
forms that carry a SECOND PERSON's details beside the applicant's (the newborn grant ดร.01
with the child and the spouse, funeral aid with the deceased first, a nuisance complaint
naming a company, a building permit with the land owner's consent, a health-hazard
business licence for a partnership or company, water supply with the headman's
certification, a street light, a hall and tents with the driver and his plate, felling a
tree on another's land, a damage claim with two plates and a bank account, an information
request for a company, a market stall with a guarantor, a water meter with the house
owner's consent, an injury with a witness), typed into mail bodies and HTML or attached as
Word, PDF text layers and xlsx sheets.

unseen_requests_28.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 26's test and builder, the file makers of sets 5, 11 and 13
and the earlier sets' style names). Conventions written down there: the applicant is the
person who asks and signs (the mother or father in ดร.01, the ผู้จัดการศพ, the
complainant, the ผู้ขออนุญาต, the natural person who signs for a company, the tenant, the
injured person, the renter); the address is the applicant's own (either of a registered
and a current one); the birth date is the applicant's or none; the phone the applicant's
mobile. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_28 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_28.py -s -p
# no:randomly, at 474daf8 on main's 5242cf8), 24 styles, 48 requests, as first run:
# 324/360 right (0.900), 19 wrong flagged, 15 wrong without a flag (4.167%), 2 missing (8
# fields n/a: birth dates where a complaint or information template was chosen). By kind
# (right/fields; flagged, silent, missing): plain 116/134 (9, 9, 0), HTML 60/62 (0, 2,
# 0), Word 53/63 (8, 2, 0), PDF 56/56 (0, 0, 0), sheet 39/45 (2, 2, 2). The silent ones:
# funeral aid typed with the deceased's part first, 8 (the deceased's birth date, address,
# postal code and province taken without a flag; the name and ID taken, flagged); the
# stall renter's name under "ผู้ขอเช่า" lost to the guarantor's "ชื่อ-สกุล", 2; the
# company's name taken as the director's under "ผู้ขอรับใบอนุญาต", 2; a sheet with the
# tenant's and the owner's values side by side, both addresses run together, 2; the water
# supply form's address without the road it had no blank for, 1. Flagged: the land owner's
# consent typed first (name, ID, phone, address, province), the house owner's phone,
# postal code and province in the water meter form, the witness's name, the side-by-side
# sheet's names run together; missing: that sheet's provinces.
# One builder slip mended after that run (as_asked): the water supply form prints no ซอย
# or ถนน blank, yet its expectation held the road. Measured again with the readers
# unchanged: 325/360 right (0.903), 19 wrong flagged, 14 wrong without a flag (3.889%), 2
# missing; plain 117/134 (9, 8, 0), the other kinds as above.
# Fixes (unit tests in test_shapes_28.py, examples written afresh; extractors/
# second_persons.py and juristic.py): a part headed by a second person who neither asks
# nor acts for the applicant is another's (the dead named by what they were, "ผู้สูงอายุ
# ที่เสียชีวิต"; a guarantor, ผู้ค้ำประกัน; a witness, พยาน; an owner's consent, "ความยินยอม
# ของเจ้าของบ้าน", "หนังสือยินยอมให้ใช้ที่ดิน"), in text and as a sheet's column header; a
# form's own title (คำขอ..., คำร้อง...) ends such a part typed above the request; a line
# saying how the applicant is related ("เกี่ยวข้องกับผู้เสียชีวิตโดยเป็น บุตร") opens none;
# "ผู้ขอ" + to rent, borrow or use (ผู้ขอเช่า, ผู้ขอกู้, ผู้ขอใช้น้ำ) is one name label; a
# party's name that reads as a label still heads a sheet's column; a company's or a
# partnership's name is no person's (left out by the label reader, flagged by
# plausible.py wherever else it is met) and the director or managing partner who signs
# is named under "กรรมการผู้มีอำนาจ", "ผู้มีอำนาจลงนาม", "หุ้นส่วนผู้จัดการ" (fields.toml).
# After them (PYTHONPATH=. /work/main/.venv/bin/python -m pytest
# tests/extractors/test_unseen_styles_28.py -s -p no:randomly): 360/360 right, 0 wrong
# flagged, 0 wrong without a flag, 0 missing. By kind: plain 134/134, HTML 62/62, Word
# 63/63, PDF 56/56, sheet 45/45. Every other set (test_unseen_styles.py and _2 to _27)
# reads the same before and after: its "all styles" line identical. No style below 0.99:
# no floors. Run time: about 12 s for the file on the shared machine.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=48, styles=24, fields=360)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line is 0.5%; first sight 4.167% (15 of 360), none after: any silent
    # value in this set is a step back.
    HELD_OUT.assert_silent_at_most(0.0)
