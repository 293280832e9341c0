"""Accuracy on a ninety-fifth set of requests written by others (issue 8): REQUESTS WITH
SUPPORTING DOCUMENTS TYPED OR TEXT-LAYER, to เทศบาลเมืองสระแก้ว, the ที่ว่าการอำเภอเมือง
ปราจีนบุรี and อบต.ท่าตูม (Sa Kaeo, Prachin Buri). A request plus copies of official
documents typed as text: a house registration (ท.ร.14: the 11-digit รหัสประจำบ้าน, every
member with ID, birth date, เจ้าบ้าน/ผู้อาศัย), an ID card copy (Thai and English names,
"Date of Birth 4 Jul. 1955" and "เกิดวันที่ ๔ ก.ค. ๒๔๙๘", issue and expiry or ตลอดชีพ /
LIFELONG, the laser code like JT0-3817245-05, "สำเนาถูกต้อง" and a signature), a bank
book's first page (ten-digit accounts, some starting 098 or 081 like a mobile), a birth
or marriage certificate copy (the child, the father, the husband with their IDs).
Plain: an elder's Gmail with his ID card and bank book pasted, a LINE chat with the
father's typed house registration forwarded, a mother's iPhone mail for the newborn grant
(birth certificate lines), a son's Outlook for his mother (he is the เจ้าบ้าน), a web
form's notification asking one's own birth record (parents' IDs). HTML: a Gmail ID card
table, an Outlook marriage certificate table (husband first), a Yahoo members table, a
web form's table changing the allowance's account. Word: a คำร้องทั่วไป with the ID card
copy, a letter with the ท.ร.14 as a table (v1 the applicant is the เจ้าบ้าน), a wife's
surname change with the marriage certificate, the allowance form with the daughter as
payee. PDF: a typed ID card copy, a typed ท.ร.14, the อบต.'s fillable allowance form (a
proxy section in v2), a mother's typed letter with the birth certificate. Sheets: a
household's members with a relation column (ผู้ยื่นคำขอ), an ID card copy laid out in
cells, an elder's row above the daughter payee's.

unseen_requests_95.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). Rulings followed: set 28 (the applicant
is the person who asks), sets 31/63 (a service for one person asked by another is the one
it is for: the mother the son writes for, the elder whose daughter sends the form; their
phone and box `()` where only the sender's appear), set 37. The household's other
members, the เจ้าบ้าน, the parents, the spouse, the child and the payee are never the
applicant unless she is among them; a mother asking the newborn grant is the applicant
(the child's and father's values never hers). Issue and expiry dates are never the birth
date; the house code, laser code, bank accounts and certificate numbers never an ID or a
phone. Address where the applicant lives. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_95 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
