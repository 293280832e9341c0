"""Accuracy on a thirty-first set of requests written by others (issue 8): REAL Thai agency
forms carrying a SECOND (or third) PERSON beside the applicant, forms set 28 did not hold:
a birth report (the child, the mother, the father and the ผู้แจ้ง), a move-in with the
เจ้าบ้าน's consent, a child-care enrolment, an elderly or disability allowance paid to a
ผู้รับเงินแทน, a disability card with the ผู้ดูแล, a complaint naming the ผู้ถูกร้องเรียน,
a tenant with the landlord, a land tax request among co-owners, a marriage or divorce copy
with the คู่สมรส, a parent's request for a minor, a scholarship where the student is the
ผู้ขอ, a headman filing for a villager, an employer enrolling a worker. Typed into mail
bodies and HTML or attached as Word, PDF text layers and an xlsx sheet.

unseen_requests_31.py was written before reading `extractors/` or `config/` (only the
harness, blind_sets.py, set 30's test and builder, the helpers of sets 5, 11, 13, 26 and
30 and the earlier sets' docstrings and style names). Its conventions are written down
there: the applicant is the one the form names as asking (the ผู้แจ้ง of a birth, the
mover not the owner, the parent for a child unless the child is the ผู้ขอ, the elder or
disabled person not the payee or caregiver, the villager not the headman, the complainant,
the tenant, the signing co-owner, the ผู้ร้อง not the spouse, the employer not the worker).
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_31 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_31.py -s -p
# no:randomly, at c797e22 on main's c8b0c1d), 24 styles, 48 requests: 234/365 right
# (0.641), 114 wrong flagged, 11 wrong without a flag (3.014%), 6 missing (3 fields n/a:
# birth dates where a complaint template was chosen). By kind (right/fields; flagged,
# silent, missing): plain 133/184 (48, 3, 0), HTML 45/73 (28, 0, 0), Word 18/62 (32, 8, 4),
# PDF 24/32 (6, 0, 2), sheet 14/14. Silent: a Word table with a column per person (label,
# ผู้ให้เช่า, ผู้เช่า (ผู้ร้อง)) read from the landlord's column, 8; a minor's birth date
# taken for the parent's where the parent gives an age, 2, and once in a child-care form,
# 1. Flagged, mostly: the other person's block (child, mother, owner, payee, caregiver,
# headman, worker, respondent, co-owner) read as the applicant's where it comes first
# under the same labels; a name with the words after it on its line ("เกี่ยวข้องกับเด็ก
# เป็น ยาย", "ผู้รับเงินแทน", "เจ้าบ้าน ยินยอมให้ ..."). No builder slips found: each miss
# is the reader's.
# Fix (unit tests in test_shapes_31.py, examples written afresh; extractors/body_form.py,
# html_table.py, docx_form.py, values.py, second_persons.py): each person's part of a
# form is told apart by its heading as Thai forms head them: a heading naming the asker
# in its own words ("(ผู้สมัคร)", "(ผู้ยื่นคำขอ)") is the applicant's part whatever else
# it calls him; a part headed by another's role alone (มารดา, บิดา, ผู้เยาว์, เจ้าบ้าน,
# ผู้ให้เช่า, รายชื่อผู้ถือกรรมสิทธิ์ร่วม, ลูกจ้าง) is theirs, an unlisted role's
# ("ผู้ย้ายเข้า") ends it; ผู้รับเงินแทน, a numbered "ส่วนที่ 1 ผู้ดูแล..." and "ข้าพเจ้า
# <name> ผู้รับเงินแทน" open a proxy's part, a beneficiary's heading (ผู้สูงอายุ,
# คนพิการ) ends it; "ผู้ถูกร้องเรียน <name>" opens his lines; a column per person (Word,
# HTML) reads the asker's column; one-cell rows of an HTML table head each person's rows;
# a name stops before the relation or role typed after it. After it (same command, at
# 8626457): 357/365 right (0.978), 6 wrong flagged, 0 wrong without a flag (0.000%), 2
# missing. By kind: plain 181/184 (3, 0, 0), HTML 70/73 (3, 0, 0), Word 62/62, PDF 30/32
# (0, 0, 2), sheet 14/14. Every other set (test_unseen_styles.py, _2 to _30) reads the
# same before (main's c8b0c1d) and after: its "all styles" line identical. Run time:
# about 4 s for this file and 12 s for test_shapes_31.py on the shared machine.
# Then a kin word in a name's place is no name ("ผู้แจ้งเป็น บิดา (ตามข้อมูลข้างต้น)": in a
# text form under a lone "ผู้แจ้ง" it was taken as the name WITHOUT a flag, test_shapes_31;
# here in HTML it was flagged). At c82e7c1: 357/365 right (0.978), 5 wrong flagged, 0
# without a flag, 3 missing; HTML 70/73 (2, 0, 1); every other set still the same.
# Floors, for what was left for want of time (each wrong value flagged or missing, none
# silent): a headman's own lines typed before "ขอยื่นคำร้องแทนราษฎร..." and the
# villager's part (flagged); "ผู้แจ้งเป็น บิดา (ตามข้อมูลข้างต้น)", the reporter being the
# father above: no name taken now (missing), an ID from the mother's rows and the
# child's birth date (both flagged; the บิดา rows, his own, are read as another's); a
# PDF's three IDs each after a person's name on its printed line, none taken (missing).
# Then (branch left3132, unit tests in test_shapes_left3132.py): a PDF text layer that is
# no letter and bears no form's marks (dot leaders, rules, boxes to tick) and is short is
# read as a body is, its sentences after its labels (letter_prose.looks_like_note): the
# birth report's three people each on one printed line ("ผู้แจ้ง ชื่อ-สกุล ...
# เลขประจำตัวประชาชน ...", no dot leader left in its text layer) gave no ID as a PDF
# because only a letter's sentences were read there; and the lines a writer types before
# "ขอยื่นคำร้องแทน..." (I file for ...) are his as a proxy's, the ones filed for follow
# (body_form._FILES_FOR). Same command after it: 362/365 right (0.992), 2 wrong flagged,
# 0 without a flag, 1 missing; plain 184/184, HTML 70/73 (2, 0, 1), Word 62/62, PDF 32/32.
# Left: html_birth_report_sections_table, as above.
FLOORS: dict[str, float] = {
    "html_birth_report_sections_table": 0.812,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=48, styles=24, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line is 0.5%; 11 at first sight (3.0%), none after the fix: any silent
    # value in this set is a step back.
    HELD_OUT.assert_silent_at_most(0.0)
