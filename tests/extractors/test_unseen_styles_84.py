"""Accuracy on an eighty-fourth set of requests written by others (issue 8): BOOKING AND
BORROWING THE MUNICIPALITY'S PLACES AND THINGS at เทศบาลนครสุราษฎร์ธานี, เทศบาลเมืองชุมพร,
เทศบาลตำบลท่าชนะ, เทศบาลเมืองระนอง and the อบต. คันธุลี, วังไผ่ and หงาว (Surat Thani,
Chumphon, Ranong): the town hall or a community sala for a wedding, a funeral or a
merit-making; the stadium, its fields and gym for clubs' tournaments and a school's sports
day; the public pool's family season tickets; a child's library card; tents, chairs, a
sound system and the water truck for a temple fair and a funeral; the ambulance and the
van for a patient and a school's pupils. Contact persons who are not the applicant,
coaches and teachers writing for teams and classes, lists of players, pupils, family and
committee members with their own IDs, birth dates and phones, event dates and hours,
booking numbers, deposit receipts, a hospital's HN, a firm's tax number, bank accounts.
Plain: an iPhone mail (the bride's mother), Android Gmail (a funeral host), webmail (a
coach in his own name, a fair's chair), Outlook for Android (a daughter for her father's
ambulance). HTML: Gmail (a father's family table, a teacher's list of pupils, a reply over
the clerk's quoted mail), Outlook (a firm's HR officer, the manager's letter), a library's
web form notification (the child's and the parent's sections). Word: the city's hall form
on dotted lines, a school's official letter, a temple's letter signed by the abbot, an
elders' club's letter with its committee's table. PDF: fillable (a stadium booking with
applicant_*/contact_* fields, an ambulance request with patient_*/requester_* fields),
typed (a funeral host's letter, his block top right; a mother's pool application). Sheets:
a club's roster (its head block over the players' rows), a community's list of things to
borrow.

unseen_requests_84.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and 56/60:
the APPLICANT of a booking or a loan is the one who asks in her own name and signs (the
bride's mother, the funeral's host, the parent who buys the family's pool tickets, the
community group's chair); for a body, the natural person who signs for it (the school's
director, the club's president as ผู้ขอใช้, the abbot, the firm's general manager; his ID
where given, else `()`), with the body's place, line and own box; a coach, teacher or
layman who asks in his own name for a team, class or fair and signs himself is the
applicant (his home, or the school he writes for); a service for one person asked by
another is the one it is for (the patient, the child who becomes the library's member;
the relative's or parent's phone and box never: `()`). Contact persons, the couple, the
deceased, family members, players, pupils and members are never the applicant; the venue,
the event's place and where things are delivered are never the address; booking,
receipt, HN, plate, tax and bank numbers never an ID or a phone; birth date only the
applicant's (`()` where only others' appear). Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_84 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
