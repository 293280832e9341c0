"""Accuracy on a hundred-and-twenty-ninth set of requests written by others (issue 8):
INFORMAL WORKERS AND SMALL EMPLOYERS at the municipal counters of เทศบาลนครพระนครศรีอยุธยา,
เทศบาลเมืองสระบุรี, เทศบาลเมืองแก่งคอย and เทศบาลเมืองอ่างทอง (Ayutthaya, Saraburi, Ang
Thong): social security under มาตรา 40 through the municipality (a LINE chat pasted into a
mail, a son's webmail for his mother, the e-Service form's notification with a
beneficiary's rows, a fillable สปส. 1-40 whose fields keep Acrobat's Text1...Text12 names);
motorcycle-taxi riders' registration (an iPhone mail, a Word form with the วิน's head as
ผู้รับรอง, a วิน head's roster of riders: vest numbers, yellow plates, public driving
licences); street vendors' permits (Gmail, the municipality's dotted form with a helper's
ID); a small employer registering his Thai and Myanmar workers (Gmail with a workers'
table, a Word form, a typed letter for a worker's lodging, a survey sheet: IDs, passports,
pink-card numbers of 13 digits with valid check digits, daily wages, the employer's social
security account number of 10 digits); a home-workers' group's training request (Outlook
with the secretary as coordinator, a members' sheet); a gig rider's accident claim written
by his wife (her phone mail, her typed letter with her block top right: order, HN and
rider codes, bills); a foreman's Word letter with his crew's table; a vendor's complaint
about a fine (Android mail; a fillable appeal with vendor_*, ticket_*, officer fields).

unseen_requests_129.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63 and 37: the
APPLICANT is the worker, vendor, rider or employer who asks in his or her own name; the
foreman, the วิน's head and the group's head who ask and sign for their crew, riders and
members (their own ID, phone, home); a claim or membership asked by another is the one it
is for (the rider whose wife writes, the mother whose son applies: the wife's and son's
phone and box never, `()`). Beneficiaries, helpers, vouching heads, staffers, officers,
secretaries, workers, crew, riders and members are never the applicant; stalls, shops,
sites, markets and วิน are never the address; vest, plate, licence, passport, pink-card,
account, ticket, receipt, order, HN and group registration numbers, wages, fees and fines
are never an ID or a phone; birth date only the applicant's. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_129 import KIND, build_set

# First sight: not yet run.
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
