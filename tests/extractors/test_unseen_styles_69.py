"""Accuracy on a sixty-ninth set of requests written by others (issue 8): DEATHS, FUNERALS
AND HEIRS at เทศบาลเมืองกระทุ่มแบน (Samut Sakhon) and เทศบาลเมืองสตูล (Satun). A widow or a
child asking the deceased's unpaid เบี้ยยังชีพผู้สูงอายุ or the เงินสงเคราะห์ค่าจัดการศพ (the
deceased's ID, birth date, old house, old phone, date of death, มรณบัตร number); booking
the town's ฌาปนสถาน or a plot in its สุสาน/กุโบร์; tents, chairs and the hearse at a mosque
or a temple (the imam's or the ไวยาวัจกร's phone); heirs moving a market stall, a water
meter (user and meter numbers) or a land-tax account (ภ.ด.ส., โฉนดเลขที่) from the deceased;
an executor (ผู้จัดการมรดก) named by a court order (the court, คดีหมายเลขดำ/แดง, the order's
date), the other heirs listed with their own IDs; a funeral home writing for the family
(its letterhead, line, LINE ID, box, staff); a village head certifying a death (his ID
and mobile).
Plain: a widow's iPhone mail, a Bangkok son's webmail, an executor's Galaxy mail, a
funeral home's mail booking the crematorium, a headman's mail with the widow's or the
daughter's request. HTML: a child's Gmail list (water meter), an executor's Outlook from
his company (its address and line in the signature), the e-service's table (the
deceased's rows over the ผู้ขอ's), a Gmail reply above the market clerk's quoted mail, a
son's Gmail for tents at a mosque or a temple. Word: the office's funeral grant form (ส่วนที่
1 the deceased, ส่วนที่ 2 the ผู้ยื่นคำขอ), an executor's letter (the heirs' list), a funeral
home's letter on its letterhead, a headman's certificate with the widow's คำร้อง under it.
PDF: a fillable stall transfer (old_tenant_* over new_tenant_*), a widow's typed letter
(her block top right), a fillable water form (Text1..Text10, the old user's over the new),
an executor's typed letter. Sheets: a funeral home's case sheet (its head block, the
deceased's rows, the family's row), an executor's list of heirs.

unseen_requests_69.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 57/60 and
56/60: the APPLICANT IS THE LIVING PERSON WHO MAKES THE REQUEST: the widow, the son, the
daughter; an executor named by a court (his name, ID, home, mobile; the estate no ID; the
other heirs never); where a funeral home or a headman sends for the family, the family
member it names (their name, ID, line, LINE ID, box, address never hers: phone and e-mail
`()`). The deceased's name, ID, birth date, old house, phone, date of death and the มรณบัตร
number are never the applicant's: where the only birth date given is the deceased's,
birth_date is `()`. Court case numbers, order dates, stall, meter, user, deed, tax
account and receipt numbers are never an ID, a phone or a birth date. Address: where the
applicant lives (the Bangkok son's Bangkok home; a widow's the house they shared), never
the deceased's other house, the funeral home, the mosque, the temple, the cemetery, the
market office, the executor's employer. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_69 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
