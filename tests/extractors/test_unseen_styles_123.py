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

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
