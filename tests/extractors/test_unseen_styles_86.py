"""Accuracy on an eighty-sixth set of requests written by others (issue 8): CITIZENS
CORRECTING AND CHANGING THEIR OWN DETAILS, to เทศบาลนครอุดรธานี, อบต.โนนสูง (Udon Thani),
เทศบาลเมืองลำพูน and อบต.อุโมงค์ (Lamphun). A woman who married and changed her family name
(ชื่อสกุลเดิม / ชื่อสกุลใหม่, the ทะเบียนสมรส's and the หนังสือสำคัญการเปลี่ยนชื่อสกุล's numbers,
the husband's name and ID); a man who changed his given name (ช.3's number, the registrar
who signed it, his wife); people who moved house (ที่อยู่เดิม / ที่อยู่ใหม่, ย้ายเข้า / ย้ายออก,
the ท.ร.6's number, the landlord's line, the son who is เจ้าบ้าน); a new phone replacing the
old (เบอร์เดิม ... เปลี่ยนเป็น ..., a LINE chat pasted below); a clerk's typo in an earlier
case ("ในคำร้องเดิมพิมพ์เลขบัตรผิดเป็น ... ที่ถูกต้องคือ ...", over the clerk's quoted mail); a
follow-up quoting the earlier, wrong mail with the correction on top; an elderly welfare
recipient moving her allowance to a new bank account (the son who received for her, a
payee); a household head correcting his child's birth date; forms with strike-through and
"แก้ไขเป็น", old/new columns.
Plain: an iPhone mail (a married woman's new family name), Gmail (a new given name),
webmail (a tenant's new home), a LINE chat pasted (a new phone), a reply quoting the earlier
mail (ID and birth date corrected). HTML: a Gmail reply over the clerk's quoted mail, an
elder's Outlook (bank accounts), an e-service notification (ข้อมูลเดิม / ข้อมูลใหม่ table), a
father's Gmail table (his child's birth date). Word: a licence change form as a table, a
general form with struck-out values and "แก้ไขเป็น", an elder's move-in letter, a water
user's old/new table. PDF: fillable change request (name_old / name_new, addr_old /
addr_new, tel_old / tel_new), fillable bank change (a payee's section in v2), typed letters
(a new given name, his block top right; a correction of an earlier request, Thai digits in
v2). Sheets: old/new columns, struck cells with "แก้ไขเป็น", a household's contact sheet.

unseen_requests_86.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63 and 37: the
APPLICANT is the citizen whose own details are corrected or changed, who writes and signs;
in html_gmail_child_birthdate the record corrected is the child's, so the CHILD is the
applicant (her name, ID, corrected birth date, the home), the father's values never
(phone and e-mail `()`). The value expected is the CURRENT, CORRECT one: the new name
(ชื่อสกุลใหม่, the new given name), the new address (ที่อยู่ใหม่/ปัจจุบัน), the new phone (after
"เปลี่ยนเป็น", in the "ใหม่" column), the corrected ID and birth date ("ที่ถูกต้องคือ",
"แก้ไขเป็น", "ข้อมูลที่ถูกต้อง"). OLD AND WRONG VALUES ARE NEVER THE APPLICANT'S NOW: the
old name, the old address, the old phone, an ID or birth date typed wrong (in the earlier
request, in quoted mail, struck through); an unflagged one read is silent. The husband,
wife, children, son, payee, landlord, the registrar and the clerk are never the applicant;
ทะเบียนสมรส, ช.3/หนังสือสำคัญ, ท.ร.6, licence, case, water-user, meter, taxpayer, reference and
bank account numbers never an ID or a phone. Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_86 import KIND, build_set

# First sight: not yet run.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # set from the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
