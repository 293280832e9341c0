"""Accuracy on a hundred-and-twentieth set of requests written by others (issue 8):
VOLUNTEERS AND COMMUNITY WORKERS writing to เทศบาลเมืองน่าน, เทศบาลเมืองแพร่ and อบต.ท่าเสา
(อุตรดิตถ์). Civil defence volunteers (อปพร.) registering and renewing their cards (member
numbers นน 0412/2565, card expiry dates, course numbers and dates); village health
volunteers (อสม.) claiming their ค่าป่วยการ or changing the bank account it is paid to (old
and new account numbers of 10 and 12 digits, dashed or not, one shaped like a phone); จิตอาสา
training sign-ups (a LINE chat exported and mailed with another member's ID and phone, a web
form's notification with an emergency contact, a one-person sheet); a volunteer's accident
claim (an HN, a group policy number, a witness's name, ID and phone); a group leader sending
a list of members (a Gmail table, a typed letter with a list, a roster sheet with accounts);
a volunteer or a ชมรม อสม.'s president writing for a sick colleague.
Plain: an iPhone renewal, a webmail bank change, a colleague's mail for a member in
hospital, a LINE chat forwarded, an accident claim. HTML: a leader's Gmail with a members'
table, an Outlook claim with a months' table, a web-form notification, an iPhone reply over
the office's quoted mail. Word: an อปพร. application form (a table, the village head as
ผู้รับรอง), a ชมรม อสม.'s letter for a hurt member, a certificate copy request, a dotted-line
bank-change form. PDF: a fillable renewal (member_* and ref_* fields), a fillable accident
claim (injured_* and witness_*), an อสม.'s typed letter with Thai digits, a leader's typed
letter with a members' list. Sheets: a ประธาน อสม.'s roster (her head block, six members'
rows), a จิตอาสา sign-up sheet, an อปพร.'s duty allowance claim.

unseen_requests_120.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
the natural person who signs for a body), 31/63 (a service for one person asked by another
is the one it is for) and 37 (where only another's phone is given, phone `()`): a volunteer
writing for himself is the applicant; a sick colleague written for is the applicant (the
writer's name, ID, phone, home never; phone and e-mail `()`); a leader sending a list of
many members is the applicant himself (no member's row is ever his). Witnesses, emergency
contacts, ผู้รับรอง, quoted officers, ร.พ.สต. lines are never the applicant's. Account,
member, card, certificate, course, HN and policy numbers are never an ID or a phone; only
the applicant's birth date. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_120 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_120.py -s -p
# no:randomly, set at ea25eb2 on main's ae6b05c), 20 styles, 40 requests, 293 fields, all
# scored (no n/a): 279/293 right (0.952), 13 wrong flagged, 0 wrong without a flag
# (0.000%), 1 missing; 124 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 73/75 (2, 0, 0), HTML 58/58 (0, 0, 0),
# Word 51/58 (7, 0, 0), PDF 57/59 (2, 0, 0), sheet 40/43 (2, 0, 1). Every miss, all
# fourteen:
# Silent, 0.
# Flagged, 13: plain_accident_claim_own phone 2 (the witness's mobile after "ผู้เห็น
#   เหตุการณ์ <name> โทร", 0815526093 and 0952204418, over the injured volunteer's own "โทร."
#   line in his block below; his name, ID, birth date, home read right, the HN and the
#   policy number never a phone); docx_leader_letter_for_sick_member full_name 2, address
#   2, postal code 2, province 1 (the ประธานชมรม อสม. who writes and signs, นางสาวพิมพ์ใจ
#   ทองมา and นายวิเชียร ปันทะ, and her home as the ชมรม's head line, over the hurt member
#   the letter is for, "ด้วย <name> อสม. ... อยู่บ้านเลขที่ ..."; the member's ID read right,
#   the leader's ID never taken, phone `()` right; v2's province right only because both
#   live in น่าน); pdf_typed_leader_cover_list full_name 2 (the leader's name with his role
#   run on, "นายอุดม ธิวงค์ หัวหน้าหน่วย อปพร. ตำบลในเวียง", from "ข้าพเจ้า <name> หัวหน้าหน่วย
#   ..."; his ID, home, phone right, the five members' IDs and phones never taken);
#   xlsx_osm_roster_leader full_name 2 (a member's row, นางทองใบ แก้วมูล and นายสุรินทร์
#   ใจยา, over the head block's "ผู้ส่ง (ประธาน อสม.)"; her ID, home and phone read right).
# Missing, 1: xlsx_osm_roster_leader email v2 (the leader's own box in From,
#   siriporn.km@gmail.com, left empty where the name was taken from a member's row).
# Right everywhere else: the sick colleague's plain mail (the writer's ID, phone, home
#   never taken), the LINE chat (another member's ID and phone before hers, the admin's
#   line), the bank changes (plain and dotted Word form: 10- and 12-digit accounts, one
#   "002-2-41170-0" shaped like a phone, never an ID or a phone), the Gmail members' table
#   (the leader in his signature), the Outlook claim (the ร.พ.สต.'s line never), the web
#   form (the emergency contact never), the iPhone reply (the officer's quoted lines
#   never), the application form (the ผู้รับรอง village head never), the certificate
#   request (its number, the course's dates never), the fillable renewal and claim (ref_*
#   and witness_* never; card numbers, expiry, HN never), the typed อสม. letter in Thai
#   digits, the sign-up sheet (the emergency contact never), the duty-allowance sheet.
# Rulings and doubts: the leader who sends a list signs for the group and is its
#   applicant (set 28), as set 84's club chair over her roster; the ชมรม's president who
#   writes for a hurt member is a writer for another (sets 31/63): the member is the
#   applicant. The roster's e-mail: the From box is the leader's own, so it is expected
#   (as set 63's own boxes); a doubt only where the head block gives no e-mail line.
# No builder slips found: each miss's value was printed and read back against the
#   conventions (the builder's WHO); the hidden seventh of the Word letter's misses (v2's
#   postal code, the leader's 55110) was read with the harness's verdict per field.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# none (one fails).
# After stop 55's fixes (fix120; rules by kind, each with a unit test on made-up text):
# 293/293 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 75/75, HTML 58/58,
# Word 58/58, PDF 59/59, sheet 43/43.
# - A letter opening "ด้วย <name> [ซึ่งเป็น] <member post>" (อสม., อปพร., จิตอาสา...) with
#   her ID, signed by a group's or unit's head, is written for that member: her ID, birth
#   date and home (helped_for, role_words.GROUP_MEMBER/GROUP_LEAD); a unit's or group's
#   head (หัวหน้าหน่วย, หัวหน้าชุด...) ends the name it is run onto (values); a roster's
#   sender part with the leader's post in brackets names him, flagged (part_rows); a
#   witness's mobile cut from his sentence is not the writer's (body_form, whose_phone).
#   Tests: test_volunteer_groups (with a complaint about a volunteer that keeps its writer).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 293  # first sight: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 293 at first sight: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
