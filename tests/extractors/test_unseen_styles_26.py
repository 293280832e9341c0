"""Accuracy on a twenty-sixth set of requests written by others (issue 8): real Thai agency
forms as the agency prints them and citizens fill them (คำร้องทั่วไป with dotted leaders,
the Official Information Act request, the elderly and disability allowance forms with a
proxy's or carer's section, a power of attorney, building and excavation permits,
disaster relief, the sign tax and a land tax review, a house register copy, commercial
registration, a school transfer with student and parent), typed into mail bodies and
HTML or attached as Word, PDF text layers and xlsx/ods sheets.

unseen_requests_26.py was written before reading `extractors/` or `config/` (only the
harness, the `Case` type, set 24's test and builder, the file makers of sets 5, 11, 13
and 17 and the earlier sets' style names). Conventions written down there: the applicant
is the person the request is for (the elder, the disabled person, the ผู้มอบอำนาจ, the
student, the shop owner), the address is the applicant's own (never a site, a plot, a
sign's place, a shop's premises or the new school), and a form that asks an age but no
birth date wants no birth date (or a flagged one). Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_26 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_26.py -s
# -p no:randomly), 25 styles, 50 requests, as first run: 327/376 right (0.870), 17 wrong
# flagged, 22 wrong without a flag (5.851%), 10 missing; outcomes 4/4. Two builder slips
# were mended after that run: the disaster form printed no ตรอก/ซอย and ถนน blanks yet
# expected a Bangkok address with them, and แบบ ข.๑ has no postal code blank yet one was
# expected. Measured again with the readers unchanged: 327/374 right (0.874), 17 wrong
# flagged, 22 wrong without a flag (5.882%), 8 missing. By kind (right/fields; flagged,
# silent, missing): plain 100/118 (8, 10, 0), HTML 38/44 (4, 2, 0), Word 70/74 (3, 1, 0),
# PDF 63/78 (2, 5, 8), sheet 56/60 (0, 4, 0). Per style (right/fields): the elderly
# allowance copied into the mail 6/14 (the ผู้รับมอบอำนาจ's name taken, flagged, and his
# address, postal code and province without a flag: 6 silent); the disability allowance
# 8/14 (the carer's address, postal code, province, flagged); "ตำบล/แขวง แขวงนวลจันทร์"
# read as "แขวง แขวงนวลจันทร์" (and "เขต เขตบึงกุ่ม"), silent, in the คำร้องทั่วไป body,
# HTML, Word, the disaster body and (flagged) the ขด.๑; ทพ. 14/16 (the address keeps
# "รหัสไปรษณีย์", silent); ข.๑ in HTML 9/12 (the name keeps "เจ้าของอาคารหรือตัวแทน
# เจ้าของอาคาร", flagged; the address cut to house, road and หมู่, silent); the school
# transfer in HTML 14/16 (the parent taken, flagged); the Word เบี้ยยังชีพ table 12/14 (its
# address "เลขที่: 67\nหมู่ที่: 11", flagged); the information request over dots in a
# PDF 13/16 (e-mail missing, a Bangkok address with labels inside, silent); the PDF's two
# columns 10/14 (birth date missing, the right column's ตำบล and อำเภอ inside the left's
# address, silent); ภ.ป.๑ in a PDF 14/16 (the ID under "เลขประจำตัวประชาชน/
# เลขประจำตัวผู้เสียภาษีอากร" missing); the land tax review's two boxes 12/16 (the right
# box's words in the name, flagged, and in the address, silent); ทพ. over dots in a PDF
# 14/16 (the name after "๑. ชื่อผู้ขอจดทะเบียน" missing); the ods disaster form 12/14
# ("วันที่เกิดภัย", the disaster's date, read as the birth date: 2 silent); the house
# register pairs across 14/16 (the house code inside the address, silent). Run time:
# about 17 s for the file on the shared machine.
# Builder slips mended while fixing (each says so where it is): the land tax form's left
# box now wraps its text (a Bangkok address ran over the right box), a PDF's dotted blank
# is as long as the value typed over it (a value ran into the next label), ข.๑'s address
# in the form's own order (ซอย, ถนน, หมู่ที่) and the ทพ. address as typed with its
# "รหัสไปรษณีย์" (set 16's convention, kept by set 23) are accepted. The original readers
# (c17c1e5) on the mended set: 331/374 right (0.885), 17 wrong flagged, 20 wrong without
# a flag (5.348%), 6 missing. By kind: plain 102/118 (8, 8, 0), HTML 38/44 (4, 2, 0),
# Word 70/74 (3, 1, 0), PDF 65/78 (2, 5, 6), sheet 56/60 (0, 4, 0).
# Fixes (unit tests in test_shapes_26.py, examples written afresh): ตำบล/แขวง with the
# word written again is not doubled; "วันที่เกิดภัย/เหตุ" is no birth date
# (event_dates.py); a carer (ผู้ดูแล) and "ผู้ยื่นคำขอแทน" are proxies, a label naming a
# proxy is read as one, a line opening with one opens the proxy's part however long;
# "มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่" labels the address; a sheet's label column parts
# an unknown label from the value before it; an address goes on after a blank line with
# its area line (address_areas.py) and its box lines are written as parts; a field
# "like" a common one in another template lands on the common one (a student's name);
# an address's own province says ตำบล or แขวง; a second house box starts a second
# person's boxes; a PDF of two boxes side by side is read column by column
# (pdf_gutter.py); a typed label's unknown second name after a slash is part of it; a
# role after a name (เจ้าของอาคาร..., ผู้ขออนุญาต) ends it; "ผู้ขอ" + what is asked for
# (จดทะเบียน, อนุญาต) is one label.
# After them (PYTHONPATH=. /work/main/.venv/bin/python -m pytest
# tests/extractors/test_unseen_styles_26.py -s -p no:randomly): 374/374 right, 0 wrong
# flagged, 0 wrong without a flag, 0 missing; outcomes 4/4. By kind: plain 118/118, HTML
# 44/44, Word 74/74, PDF 78/78, sheet 60/60. No style below 0.99: no floors.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=50, styles=25, fields=374)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line is 0.5%; first sight 5.851% (22 of 376), 0 after: held at 0.
    HELD_OUT.assert_silent_at_most(0.0)


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
