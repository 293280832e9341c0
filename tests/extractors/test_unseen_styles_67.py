"""Accuracy on a sixty-seventh set of requests written by others (issue 8): FIRE, RESCUE
AND EMERGENCIES, the งานป้องกันและบรรเทาสาธารณภัย and ศูนย์กู้ชีพ of เทศบาล and อบต. in
Nakhon Ratchasima, Chachoengsao, Lampang and Surat Thani. A tenant's snake (the landlord's
name, mobile and home), a neighbour's bees' nest (the old owner's name and house number,
his son's mobile), a tree fallen on a power line (PEA's reference, ten digits opening 0 in
one, a GPS position), water by the fire truck in drought (an e-service's table from
no-reply, a fillable form with English field names and the headman's section, a headman's
list of households), compensation after a house fire or a summer storm in the กชภ.อ.1
manner (the one who lives in the house and files, the house's owner with his ID and own
home, the household's victims with IDs and birth dates, the headman certifying with his
mobile), a bedridden patient to be taken by the rescue van (the niece who writes, her ID,
mobile, box and home; the HN number; the appointment's date and number), a witness's
report of a road accident (the other driver's name and plate, the injured, her relative's
mobile, the unit's incident number), a school's fire drill (the director signs, a teacher
coordinates, the 10-digit school code), a factory's fire-safety inspection (registration
number, factory licence, fax, the safety officer's mobile), an อปพร. volunteer's training
(the card's number, issue and expiry dates, the emergency contact).
Plain: an iPhone's snake report, a webmail bees' nest, a niece's Gmail for the van, a
witness's Galaxy mail, a fire victim's letter in the body, a volunteer's Outlook for
Android. HTML: a Gmail on the fallen tree, a factory's Outlook signed by its safety
officer, an e-service's water request, a school's letter typed into Gmail, an Outlook.com
reply above the officer's quoted question. Word: the กชภ.อ.1-style form over dotted lines
with a household table, the patient-transfer form as a table (patient, then relative),
the อปพร. training form, a factory's letter on letterhead. PDF: the rescue centre's
fillable snake/bee form (Thai field names, a comb ID), a witness's typed letter, a fire
victim's typed letter, a fillable water request (req_*, headman_*). Sheets: a headman's
water list, a storm-damage survey sheet.

unseen_requests_67.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31, 37,
56/60 and 63: the applicant is the one the request is for. A hazard's reporter (tenant or
neighbour), never the landlord or the owner of the nest's house. A villager asking water,
never the headman who certifies; a headman asking for his village, himself. The victim who
lives in the damaged house and files, never its owner, the other victims, the headman. The
PATIENT, never the niece who writes and sends (his phone `()` where only hers is given;
his e-mail `()`). The witness, never the driver, plate or injured. A school: the director
who signs (no ID: `()`), the school's place, line, box, the teacher's mobile also. A
factory: the managing director who signs its letter (no ID: `()`), no one where its safety
officer writes (`()`); its place, line, box, her mobile also; registration, licence and fax
never. A volunteer: himself, never his card number or emergency contact. An elder without
a box whose form a grandson mails: e-mail `()`. HN, incident, PEA, plate, card, school
code and appointment numbers are never an ID or a phone; appointment, fire, storm and card
dates never a birth date. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_67 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
