"""Accuracy on a sixty-third set of requests written by others (issue 8): REQUESTS SENT BY
SOMEONE FOR SOMEONE ELSE, to เทศบาลนครหาดใหญ่, อบต.คอหงส์ and the ที่ว่าการอำเภอหาดใหญ่
(Songkhla). A lawyer (ทนายความ, his licence ใบอนุญาตเลขที่ 12847/2548, his office's address,
line, mobile and box) asking copies of documents for a client; a company's ผู้รับมอบอำนาจ
(the company's registration number, the director who grants the power and his ID, the
proxy's own ID and mobile); a son in Bangkok writing for his bedridden father (the father's
ID and birth date, the son's ID, condo, phone and box); a temple's ไวยาวัจกร writing for the
temple, and the temple's own letter signed by the abbot (his title name, own name and
ฉายา); a foreign wife's requests written by her Thai husband (her Thai and passport names,
passport, birth date in passport style, his ID and phone); a request for one's own records
under พ.ร.บ.ข้อมูลข่าวสารของราชการ มาตรา 25 (a daughter named to collect, her ID); a
caretaker for a person with a disability (the บัตรประจำตัวคนพิการ's number, her own ID,
home elsewhere, phone).
Plain: a lawyer's phone mail, a son's Yahoo mail for his father's ID card made at home, an
information-act request from webmail, a husband's mail adding his foreign wife to ทร.13, a
caretaker's Outlook-for-Android mail. HTML: a lawyer's Gmail (client's lines as a list), a
company's Outlook from its general box (the proxy's signature), a law firm's mail whose
signature is a logo table, a ไวยาวัจกร's Gmail for a sala's permit, a husband's Gmail table
(the wife's rows, then his). Word: a father's หนังสือมอบอำนาจ to his son, a lawyer's letter
on letterhead to the district chief, a company's หนังสือมอบอำนาจ (ภ.ป.1), the temple's
letter signed by the abbot. PDF: the city's fillable information request (a proxy section,
empty or filled), a lawyer's typed letter (his block top left), a son's or daughter's typed
letter to the district chief (the writer's block top right), the อบต.'s fillable disability
allowance form (fields named disabled_* and carer_*). Sheets: a law firm's list of
documents wanted (its head block, the client's rows), a caretaker's yearly check sheet (the
disabled person's row above the caretaker's).

unseen_requests_63.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 59 and 60, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). The rulings followed are those of sets
28 (the person who asks; the natural person who signs for a company), 31 (the elder or
disabled person, not the payee or caregiver; the villager, not the headman who files for
him), 37 (a mother whose letter gives only her son's phone expects no phone, the son's
only with a flag) and 56/60 (a firm: the director who signs for it, else no name or ID);
set 20's powers of attorney hold the same shape. So the APPLICANT IS THE ONE THE REQUEST IS
FOR, never who sends it: the client, not the lawyer; the father, not the son; the foreign
wife, not the husband (her passport is no ID: national_id `()`); the person with a
disability, not the caretaker (her card's number is her 13-digit ID); the ผู้มอบอำนาจ, not
the ผู้รับมอบอำนาจ. Where only the sender's phone or box appears, phone and e-mail are `()`
(no value, or a flagged one, is right; the sender's unflagged is silent). A company: the
director who grants the power (his name and ID), the company's office, line and general
box; the proxy's name, ID, mobile never. A temple: the abbot who signs its letter (his
title name, with or without his own name and ฉายา in brackets; no ID given: `()`); where
the ไวยาวัจกร writes and signs, no name or ID (`()`); address and phone the temple's place
and line (the ไวยาวัจกร's mobile also accepted as its contact); no e-mail scored. Address:
where the applicant lives, never the lawyer's office, the son's condo, the caretaker's
home, the proxy's. Licence, registration, passport, case, deed, permit and complaint
numbers are never an ID or a phone; birth date only the applicant's. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_63 import KIND, build_set

# First sight: not yet measured (the set is committed before any run of the reader).
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
