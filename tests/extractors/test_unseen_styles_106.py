"""Accuracy on a hundred-and-sixth set of requests written by others (issue 8): FISHERS
AND THE COAST in สตูล, ตรัง and กระบี่. Small-boat fishers asking a mooring place at a
community pier (the boat's registration, its engine's serial, a son's mobile), paying a
municipal pier's mooring fee (a reply over the pier clerk's quoted mail), landing catch at
a town's fishing pier (a fillable form of fields Text1..Text14: a truck's plate, boats'
numbers, a coordinator's mobile), transferring a boat's registration at the Marine
Department's branch (the seller's ID and home), renewing an artisanal fishing licence
(a group's chair writing for an old member), filing crew lists for migrant crew from
Cambodia and Myanmar (pink cards of 13 digits from 00, seabooks, birth dates) beside their
Thai owners and captains (an Outlook table, a fillable form with owner_*, captain_* and
crew*_* fields, a sheet under the owner's head block), a certificate of residence asked by
an owner for his crewman; coastal erosion (a resident's Gmail naming her neighbours' lost
houses and an officer's mobile, a fishers' group's letter for a breakwater with a table of
houses, in Thai digits in v2, a typed complaint about a resort's seawall naming the company,
its registration number and its manager's mobile); fish cages and a shrimp pond (the
fisheries office's e-service notification from no-reply with the home in parts and the
cages' site; a ทบ.1 sheet with the landowner's rows); aid after the November storm (a LINE
chat a daughter forwards, the อบต.'s form as tables with a ธ.ก.ส. account and the
certifying headman, a son's typed letter for his father or mother, a group's damage survey
sheet); a หนังสือมอบอำนาจ from an owner to his captain (the card's issue and expiry dates).

unseen_requests_106.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs), 31/63 (a
service for one person asked by another is the one it is for), 37 (where only another's
phone is given, phone `()`), 66/71/91 (a group's chair who asks for the group) and 70 (a
migrant's pink card is his national ID): the APPLICANT is the fisher who asks for himself;
the chair who asks for his group (his ID where given, else `()`; the members never); the
old member a chair writes for, the crewman an owner writes for, the parent a daughter or
son writes for (the writer's name, ID, home, phone and box never: phone and e-mail `()`
where only theirs appear); the owner who files his crew list or licence (the crew's and
captain's values never; birth_date `()` where only theirs are written); the ผู้มอบอำนาจ,
never the captain who receives and sends the power. Address where the applicant lives,
with or without the village after the หมู่; never the pier, the cages' or the pond's site,
the eroded shore, the writer's home. Boat registrations, licences, seabooks, engine
serials, enterprise codes, ทบ.1 numbers, receipts, accounts, GPS points and a company's
registration number are never an ID or a phone; birth date only the applicant's (`()`
where only an age or another's date is written). Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_106 import KIND, build_set

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
