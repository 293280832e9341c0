"""Accuracy on a hundred-and-twenty-seventh set of requests written by others (issue 8):
ELECTRICITY, SOLAR ROOFTOPS, POLES AND CABLES, to เทศบาลนครนครปฐม, เทศบาลเมืองราชบุรี and
the อบต. of Samut Songkhram (บางขันแตก, ลาดใหญ่, แควอ้อม, ปลายโพงพาง, บางนกแขวก). A house
owner notifying a solar rooftop (the installer company and its tax number, its engineer
with his licence สฟก./ภฟก., his ID and mobile, a civil engineer's ภย. certificate; the PEA
account CA of 12 digits, a 10-digit meter number, kWp, the cost), also sent by the
installer's engineer for her; asking to move a power pole (a contractor's quotation with
its tax number, line, foreman's mobile, amounts, a bank account) or trim trees near the
wires (pole numbers such as นฐ.03/117, a PEA report number); complaints about hanging
telecom cables (NT, TRUE, a crew's number, tickets); a shop asking for a street light (its
worker named with his phone); a condominium's manager (his ID in one, none in the other);
a tenant writing for the owner who works in Japan (his own ID and phone beside hers).
Plain: iPhone, the installer's mail, a LINE chat forwarded, a tenant's mail, Android Gmail.
HTML: Gmail with a quoted quotation, Outlook (a condo's manager), a web form's
notification, a reply over the clerk's quoted mail. Word: a notification form (the
engineer's block), a letter with a quotation table, a condo's letter, a petition with
co-signers. PDF: fillable (owner_*/installer_*/engineer_*, applicant_*/contractor_*),
typed (a shop's letter, an owner's letter with the engineer's certificate). Sheets: an
installer's data sheet, a contractor's quotation, a complaint log of poles.

unseen_requests_127.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63,
37 and 56/60: the APPLICANT is the house's owner who notifies or asks (also where the
installer's engineer or her tenant writes for her: her phone and box `()` where only
theirs appear; the tenant gives her own Thai mobile, so that one is hers); the one who
signs a complaint, petition or a shop's letter; for a condominium its manager who signs
(his ID where given, else `()`), the condo's place, line and box. The installer, its
engineer, the civil engineer, the contractor and his foreman, the neighbours, co-signers,
operators' crews, the shop's worker, the clerk quoted never. CA, meter, pole, licence,
quotation, tax, ticket and account numbers, kW and amounts are never an ID or a phone;
birth date only the applicant's, only where written. Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_127 import KIND, build_set

# Before any reader was run on this set.
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
