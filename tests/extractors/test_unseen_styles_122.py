"""Accuracy on a hundred-and-twenty-second set of requests written by others (issue 8):
HOUSING ESTATES AND CONDOMINIUMS in the Bangkok suburbs (นนทบุรี, ปทุมธานี, สมุทรปราการ),
to their municipalities. Residents about a soi that floods (the plot's number, the
neighbour's house and name, the chair's mobile given beside the writer's), a developer
who abandoned the estate (its 13-digit registration, its land-allocation permit, its old
line, its director), a tenant about the owner's unit (the owner's name, ID, mobile, home
elsewhere), a tenant's move into the unit's house registration (the owner's row first),
a unit owner's power of attorney to her tenant; estate juristic persons
(นิติบุคคลหมู่บ้านจัดสรร) through their chair asking the roads be taken over as public
roads (title deeds, the registration number, the developer's consent) and the canal
dredged, condominium juristic persons (นิติบุคคลอาคารชุด) through their manager (the
office's line with an extension, his mobile, the building's registration); a chair who
signs for residents (a LINE chat forwarded, a petition with its table of signers, a
flood survey's head block over the households' rows); the developer's own request to
hand the utility plots over (its director's ID).
Plain: an iPhone mail, a LINE chat forwarded, a tenant's mail, a Gmail with a quoted
reply, a manager's Outlook for Android. HTML: the estate office's Gmail (deeds as a list),
a condo office's Outlook (a clerk sends the manager's letter; a table signature), the
municipality's e-service notification (the flooded place apart from the reporter's
home), a tenant's Gmail table (owner's column, then hers). Word: the estate's letter on
its letterhead (the chair's ID in v1 only), a residents' petition, an owner's หนังสือ
มอบอำนาจ to her tenant, the developer's คำขอ on dotted lines. PDF: the municipality's
fillable แบบคำร้องทั่วไป (the address in parts), a condo's typed letter (its block top
right), a fillable handover form (estate_*, rep_*, dev_* fields), a tenant's typed letter
(her block top right, the owner's ID in the body). Sheets: a chair's flood survey, a
condo's unit list (owners' rows), a resident's request laid out in cells.

unseen_requests_122.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and
56/60/63: a resident or tenant who writes for herself is the applicant (her home the
unit or house she lives in; the owner's, the chair's, the neighbours', the developer's
values never); a juristic person (estate or condo) is the natural person who signs its
letter (the chair, or the condo's manager, its representative by law), his ID only where
given, the office's place, line (his mobile too where he gives it) and box, never the
clerk who sends; a chair who signs for residents is the one who asks (his own home,
ID, mobile); a unit owner who gives a power of attorney is the ผู้มอบอำนาจ (her home, not
the unit; phone `()`: only the tenant's appears); the developer is its director who
signs (his ID) and the company's office. Title deed, land-allocation permit, juristic
registration (13 digits, check digit valid), unit, plot, building, soi, letter, water
meter and electricity numbers are never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_122 import KIND, build_set

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
