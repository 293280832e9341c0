"""Accuracy on a hundred-and-twenty-third set of requests written by others (issue 8):
SPORTS, CULTURE AND YOUTH in the east (ชลบุรี, ระยอง, จันทบุรี), to เทศบาลเมืองแสนสุข,
เทศบาลนครระยอง, เทศบาลเมืองจันทบุรี and the อบจ.ชลบุรี's stadium. A team manager's
registration for the city's football cup (seven players one a line with jersey, name, ID
and birth date; the coach's ID and mobile; then his own lines); a father or mother
registering an under-age son for the U12 takraw cup; a stadium booked in a LINE chat
forwarded as text (booking number SB-2569-..., 2 x 600 = 1,200 บาท, the officer's line);
a teacher signing up a pupil for the สภาเด็กและเยาวชน; an athlete's grant reply above the
officer's quoted mail (a bank account); a troupe's leader asking the festival's stage (the
members as a list); a badminton club's secretary booking the hall (the chairman's phone
first); a web form's notification of a youth's own sign-up (the guardian's fields below
hers); a parent's Gmail table for an under-age swimmer's grant (the parent's ID, account,
the coach); a takraw team sheet as a Word table (players, coach, manager's row); a
guardian's consent in Thai digits; a school's letter booking the stadium, signed by the
director; a grant form with the coach's certification; the อบจ.'s fillable stadium booking
(English field names, a fee and a booking number); a fillable youth-centre membership (the
child's section, the parent's); a ลิเก troupe's typed letter (block top right); a coach's
typed futsal registration (players one a line); a football roster sheet (manager's head
block, coach, eight players); a teacher's U14 sheet (pupils' IDs, births, parents'
phones); a club's hall booking sheet (booking numbers, times, amounts).

unseen_requests_123.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
for a body the natural person who signs), 31/63 (a service for one person asked by another
is the one it is for) and 37 (only another's phone given: phone `()`). So a TEAM's
registration is the manager's (or the coach's or teacher's where he alone writes and
signs), never a player's; an UNDER-AGE player or member registered by a parent or teacher
is the CHILD (name, ID, birth date, home; phone and e-mail `()` where only the adult's
appear); a booking is the booker's; a school's letter is its director's (no ID: `()`; the
school's place, line, box); a troupe is its leader's. Booking, receipt, bank account,
jersey and court numbers, amounts and times are never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_123 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_123.py -s -p
# no:randomly, set at df6d610 on main's ae6b05c), 20 styles, 40 requests, 304 fields, all
# scored (no n/a): 278/304 right (0.914), 18 wrong flagged, 0 wrong without a flag
# (0.000%), 8 missing; 162 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 72/78 (4, 0, 2), HTML 60/60 (0, 0, 0),
# Word 50/62 (10, 0, 2), PDF 58/60 (2, 0, 0), sheet 38/44 (2, 0, 4). Every miss, all
# twenty-six:
# Silent, 0.
# Flagged, 18:
# - the coach as the team's applicant: plain_iphone_team_manager full_name 2 (the
#   "ผู้ฝึกสอน นายเอกชัย ทะเลงาม ..." / "นายสมพงษ์ ใจกล้า" line above the manager's block;
#   the manager's ID, birth date, phone and home read right); docx_takraw_team_sheet
#   full_name 2 and phone 2 (the coach's name and mobile 089-442-0615 / 086-119-5027 from
#   the paragraph under the players' table, over the manager's row below it);
#   docx_athlete_grant_form full_name 2 (the coach who certifies, in the last paragraph,
#   over "ข้อ 1 ชื่อผู้ขอรับทุน <athlete>"; the athlete's ID, birth date, home, phone read
#   right).
# - the parent for the under-age child: plain_parent_u12_takraw full_name 2 (the father
#   or mother who writes, "ผม/ดิฉัน <parent> ผู้ปกครอง", over "ชื่อนักกีฬา <child>"; the
#   child's ID, birth date and home read right, the parent's phone and box never taken
#   unflagged); docx_guardian_consent_minor full_name 2 and national_id 2 (the guardian's
#   name and ID 3201100622848 / 3210300664781, first in the consent written in Thai
#   digits; the child's birth date and home read right).
# - a role glued to the name: pdf_typed_coach_team_letter full_name 2 ("นายวีระพงษ์
#   แสงจันทร์ ผู้ฝึกสอนทีม "เนินพระ เอฟซี"": the role and team after the name in the
#   body's first line).
# - a team's name as a person's: xlsx_football_roster full_name 2 ("เมืองจันทบุรี เอฟซี",
#   "บ้านฉาง เอฟซี" from the "ชื่อทีม" row above the "ผู้จัดการทีม" row).
# Missing, 8: plain_iphone_team_manager email 2 (the manager's own box in From; left
#   empty where the name read was the coach's); docx_takraw_team_sheet national_id 2 (the
#   manager's ID in his row under the table, left empty beside the coach's name);
#   xlsx_hall_booking_sheet full_name 2 and national_id 2 (the head block's "ผู้จอง" and
#   "บัตรประชาชน" cells, the same row; the booker's home, mobile and box read right).
# Right everywhere else: the LINE chat forwarded as text (the booking number, 1,200 บาท,
# the officer's line never), the teacher's pupil (her mobile and the school's line never),
# the athlete over the officer's quoted mail (the bank account never), the troupe's
# leader over her members' list, the club's secretary (the chairman's phone first never),
# the web form's youth (the guardian's fields never), the parent's Gmail table for the
# swimmer (the parent's ID, account and the coach never), the school's director, both
# fillable forms (booking_no, fee, the parent's section never), the ลิเก letter, the
# teacher's U14 sheet (pupils' IDs and parents' phones never).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); the count stands at 278/304.
# Rulings and doubts: a coach named beside a manager is never the applicant (set 28: the
# one who asks and signs); a child registered by a parent is the child (sets 31/63), so
# the parent's name and ID, though first and flagged, are wrong. Doubt: a reader could
# argue the parent "asks" in plain_parent_u12_takraw; the brief's ruling (the service is
# for the child) decides it.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# none (one fails).
# After stop 55's fixes (fix123; rules by kind, each with a unit test on made-up text):
# 298/304 right (0.980), 2 flagged, 0 silent, 4 missing. By kind: plain 76/78 (2, 0, 0),
# HTML 60/60, Word 62/62, PDF 60/60, sheet 40/44 (0, 0, 4).
# - "ผู้จัดการทีม" and "ผู้ขอรับทุน" label the applicant (config/fields.toml); "ชื่อทีม",
#   "ชื่อสโมสร" name no person (place_name_label); a coach's charge and a head's
#   (หัวหน้าคณะ/ทีม...) end the name they follow (values); a coach's own line is his
#   (role_lines); a Word table numbered by rows is a list of people (docx_form); a
#   guardian's consent with her phone before "เป็นผู้ปกครองของ" is the child's
#   (acting_for); in a complaint, a charge label's person (ผู้จัดการทีม, ผู้จัดงาน...) and
#   his lines are behind the writer (complained_of). Tests: test_team_registrations,
#   test_guardian_consent. Left: the U12 parent's mail (2 names, flagged: sets rule a
#   parent's registration both ways); the hall booking sheet's booker ("ผู้จอง | name |
#   บัตรประชาชน | ID", 4 missing): the bare "บัตรประชาชน" label took a list of enclosed
#   papers' next line for the ID (test_document_checklist), and "ผู้จอง" an e-queue's
#   booker for a child (sets 24, 57), so neither is a label.
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "plain_parent_u12_takraw": 0.875,
    "xlsx_hall_booking_sheet": 0.714,
}
SILENT_NOW = 0 / 304  # first sight: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 304 at first sight: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
