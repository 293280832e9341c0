"""Accuracy on a ninety-third set of requests written by others (issue 8): VEHICLES AND
TRANSPORT at เทศบาลเมืองกาฬสินธุ์ (residents of กาฬสินธุ์ and ร้อยเอ็ด). A motorcycle-taxi
driver's registration with a win (วินจักรยานยนต์รับจ้าง: the vest's number, the public
driving licence of 8 digits, the bike's plate, the win's head and the bike's owner beside
him); a win's head registering members (their names, IDs, vests, plates, phones in a
table or a sheet); parking permits (the car's registered owner, a husband, a father, a
leasing company, beside the applicant); a resident reporting an abandoned car (its plate,
chassis, last owner); a damage claim against the city's garbage truck (its plate and
driver, the ปจว. entry, policy and claim numbers, a garage's quote with its own address,
line and 13-digit tax number, a witness); a songthaew's and a tuk-tuk's route permits
(chassis, engine, the co-driver's or hired driver's ID, licence and phone); a school van
(its owner, the spare driver; a school's letter signed by its director; a van operator's
list of pupils and parents).
Plain: a driver's iPhone mail, a resident's report, a LINE chat forwarded as text, a van
operator's mail (v2's own lines in Thai digits), an Outlook-for-Android parking sticker.
HTML: a songthaew owner's Gmail list, the city's web form notification (the owner's rows
below the applicant's), an Outlook claim with the garage's quote as a table, a win head's
Gmail with the members' table. Word: the city's คำร้องทั่วไป on dotted lines, a route
permit form as a table (the hired driver's rows), a school's letter signed by its
director, a claim letter. PDF: fillable (a parking sticker with applicant_*/owner_*
fields; a win registration with Thai field names, v2 sent by the driver's daughter),
typed (a claim letter, the writer's block top right; a tuk-tuk renewal, the owner's block
top left). Sheets: a win's roster, a claim's list of damages, a van's list of pupils.

unseen_requests_93.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import,
set 84's test comments and the earlier sets' first docstrings). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following sets 28,
31/63, 37 and 56/60/84: the APPLICANT is the one who asks in his own name and signs (the
driver, the resident, the claimant, the vehicle's owner who asks the route permit, the
van operator, the win's head); for a school, its director who signs (no ID given: `()`),
the school's place, line and box; a registration a daughter sends for her father is her
father's (her phone and box never: `()`). The vehicle's registered owner, other drivers,
the city truck's driver, the win's members, pupils' parents, the garage, witnesses are
never the applicant; the accident's place, the car's spot, the win's stand, the garage's
address never the address; plates, driving licences, chassis, engine, policy, claim,
report, vest, route and tax numbers never an ID or a phone; birth date only the
applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_93 import KIND, build_set

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
