"""Accuracy on a hundred-and-eighteenth set of requests written by others (issue 8):
TOURISM AND SMALL LOCAL BUSINESS on the Andaman coast (ภูเก็ต, พังงา, กระบี่). A homestay's
owner asking for the Thai homestay standard (the homestay's place apart from her home, the
headman's phone, a deed's number); a beach vendor's details in a LINE chat her daughter
forwards (the old permit's and stall's numbers, the daughter's phone and box); a foreign
partner writing in English for his Thai wife's guesthouse (his passport, work permit,
phone; her ID, birth date, home; her mobile in v1 only); a tour company's director asking
to land tourists (company number, TAT licence, boats' registrations, a quoted park
office's line); an OTOP producer through a WordPress form (Reply-To, a commercial
registration number, the CDD officer's phone); a guesthouse's manager renewing the
lodging's notice for the owner; a hotel's รร.3 with its guests as a table (passports,
birth dates, a Thai guest's ID) signed by the manager; a community enterprise's e-Form
(สวช.01) notification; a boat owner's iPhone reply above the harbour office's quoted
mail; a homestay standard form in Word (an ID in Thai digits, the homestay's place, the
coordinator); a non-hotel lodging's table form (the spouse's row and ID, the caretaker);
a vendor's letter (Thai-digit permit numbers, the landlord who vouches, his ID); an
enterprise's letter with its committee's table; a fillable OTOP form (applicant_* and
contact_*); a fillable vending permit (the helper's section); a boats' owner's typed letter
(the pier top right, captains' IDs and phones); a foreign partner's typed letter (his
block top right); a hotel's guest register sheet (the manager's ID in the head); an
enterprise's members sheet; a boat operator's register (captains' rows).
Kinds: plain 5 styles, HTML 4, Word 4, PDF 4, sheets 3; 40 requests, 302 fields.

unseen_requests_118.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the builders and tests of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
for a body the natural person who signs), 31/63 (a service for one person asked by another
is the one it is for), 37 (only another's phone given: phone `()`) and 56/60/63 (a firm:
the person who signs for it; its office, line, box). So: the OWNER of a homestay,
guesthouse, stall or boats, at her registered home (never the lodging's, stall's or pier's
place); the owner, not the manager, daughter or foreign partner who writes for her (their
phones and boxes never hers: `()` where only theirs appear); a hotel's manager who signs
its notice (his ID only where given), the hotel's place, line and box, its guests never; a
tour company's director who signs, the company's office; a community enterprise's chair
(ผู้แทน) who asks, its ที่ตั้ง her house, its members never. Licence, permit, boat, engine,
stall, deed, receipt and registration numbers are never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_118 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # blind: not yet measured

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
