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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_86.py -s -p
# no:randomly, set at 765af9b on main's 5210f9d), 20 styles, 40 requests, 308 fields, all
# scored (no n/a): 273/308 right (0.886), 20 wrong flagged, 13 wrong without a flag
# (4.221%), 2 missing; 126 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 68/74 (6, 0, 0), HTML 60/62 (2, 0, 0),
# Word 54/62 (6, 2, 0), PDF 58/64 (4, 0, 2), sheet 33/46 (2, 11, 0). Every miss, all
# thirty-five:
# Silent, 13:
# - an old/new sheet's ข้อมูลเดิม column taken over its ข้อมูลใหม่ column:
#   xlsx_old_new_columns phone 2 (the old numbers 084-118-6602, 095-663-2081 for the new
#   084-662-3107, 089-746-1230), address 2, postal code 2 and province v2 (the homes she
#   moved out of: "7 หมู่ที่ 8 ตำบลหนองหาน อำเภอหนองหาน ... 41130", "63 ถนนศรีจันทร์
#   ตำบลในเมือง อำเภอเมืองขอนแก่น ... 40000", ขอนแก่น; v1's province right only because
#   both homes are in Udon Thani).
# - struck-through cells read as the values: xlsx_struck_cells birth date 2 (the wrong
#   year struck out, 1984-03-18 and 1997-09-27, beside "แก้ไขเป็น" and the right date) and
#   phone 2 (the old numbers struck out, 081-554-7720 and 089-770-2318).
# - the correcting word kept in the value: docx_strikethrough_form address 2 ("แก้ไขเป็น
#   57 หมู่ที่ 2 ตำบลต้นธง ..." and "แก้ไขเป็น 301/15 ถนนประจักษ์ศิลปาคม ..."; the struck
#   old home was rightly left, the ID and phone after "แก้ไขเป็น" read right).
# Flagged, 20:
# - the old value over the new: plain_line_chat_new_phone phone 2 (เบอร์เดิม, as in the
#   pasted LINE chat, not the number after "เปลี่ยนเป็น"); pdf_fillable_change_request
#   phone 2 (tel_old, not tel_new); docx_move_in_elderly_letter address, postal code and
#   province 2 each (the home she moved out of, after "เดิมมีภูมิลำเนา...อยู่ที่": a Bangkok
#   condo's 10240, ป่าซาง's 51120 cut before its province).
# - the wrong value over the corrected: plain_reply_quoting_wrong_id birth date 2 (the
#   quoted earlier mail's, a year off, not "วันเกิดที่ถูกต้อง" on top; the corrected ID read
#   right); html_gmail_child_birthdate birth date 2 (the row "วันเกิดที่บันทึกไว้ (ผิด)",
#   day and month swapped; the child's name, ID and home read right, the father's never);
#   pdf_typed_correction_letter national_id 2 (the line "ข้อมูลที่แจ้งไว้เดิม (ผิด)").
# - both names run together: xlsx_old_new_columns full_name 2 ("<ชื่อเดิม> <ชื่อใหม่>",
#   the maiden name first).
# - the label's words in the address: plain_webmail_moved_house address 2 ("ย้ายเข้าเมื่อ
#   ... ท.ร.6 เลขที่ .../2569" from the brackets after "ที่อยู่ใหม่", then the new home).
# Missing, 2: pdf_typed_correction_letter birth date 2 (after the corrected ID on the
#   "ข้อมูลที่ถูกต้อง" line; v2 in Thai digits).
# Right everywhere else: the married women's new family names (plain, Word table; the
#   maiden name, the husband and his ID, the ทะเบียนสมรส and หนังสือสำคัญ numbers never),
#   the men's new given names (Gmail, typed letter with his block top right, water table;
#   the ช.3's number, the registrar, the wife never), the clerk's typo over her quoted mail
#   (the ID after "ที่ถูกต้องคือ"), the elder's bank change (Outlook and fillable; account
#   numbers and the payee never), the e-service ข้อมูลเดิม/ข้อมูลใหม่ table, the water user's
#   old/correct table, the household's contact sheet (spouse's and child's rows never).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); the count stayed 273/308.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's thirteen.
# After fix86struck and fix86text (rules by kind, each with a unit test on made-up text):
# 308/308 right (1.000), none flagged, none silent, none missing. By kind: plain 74/74,
# HTML 62/62, Word 62/62, PDF 64/64, sheet 46/46.
# - a struck-through sheet cell is withdrawn, read as empty (xlsx_form): xlsx_struck_cells
#   (test_struck_values).
# - old and new columns: a row under "ข้อมูลเดิม | ข้อมูลใหม่" (ปัจจุบัน, Previous/Current
#   too) is its item and the new cell, the old one where the new says unchanged
#   (correction_columns.current_cell): xlsx_old_new_columns (test_struck_values).
# - a correcting word opening a value ("แก้ไขเป็น", "เปลี่ยนเป็น", "ที่ถูกต้องคือ") is no part
#   of it (correcting_word): docx_strikethrough_form (test_struck_values).
# - a value under an old or wrong caption ("โทรศัพท์เดิม", "วันเกิดที่บันทึกไว้ (ผิด)", a
#   line headed "ข้อมูลที่แจ้งไว้เดิม (ผิด)") gives way to the field's other value
#   (old_labelled): pdf_fillable_change_request, html_gmail_child_birthdate,
#   pdf_typed_correction_letter's ID (test_struck_values, test_old_and_new_values).
# - a number the mail once calls old ("เบอร์เดิม") is old where it comes again, and the one
#   after "เปลี่ยนเป็น" is the writer's (old_and_new_phone): plain_line_chat_new_phone.
# - "วันเกิดที่ถูกต้อง" is the birth date's label (body_form._NEW): plain_reply_quoting_wrong_id.
# - a birth date cut by a paragraph's wrap joined back (wrapped_date):
#   pdf_typed_correction_letter's birth date.
# - a long bracketed note ending a label's line is the label's (body_form._LONG_NOTE):
#   plain_webmail_moved_house; a clause opened by เดิม before "อยู่ที่" tells a home she
#   left (prose._FORMER_CLAUSE): docx_move_in_elderly_letter.
# Floors: every style at the target; silent held at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 308  # first sight: thirteen; after fix86struck and fix86text: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Thirteen of 308 at first sight (old and struck values in sheets, "แก้ไขเป็น" kept);
    # none after fix86struck and fix86text: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
