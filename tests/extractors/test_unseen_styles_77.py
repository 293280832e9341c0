"""Accuracy on a seventy-seventh set of requests written by others (issue 8): DAMAGE CLAIMS,
AND LETTERS WRITTEN BY PROFESSIONALS FOR CITIZENS, to เทศบาลนครเชียงใหม่, เทศบาลเมืองลำพูน
and อบต.สันผักหวาน (อำเภอหางดง). Citizens claim compensation: a car in a pothole or under a
falling roadside tree, a motorbike fall on an unlit road, a house flooded by a blocked
municipal drain, a shop front broken by the city's roadworks. Lawyers write for them
(licence ใบอนุญาตเลขที่, letterhead, line, mobile, box, "ในฐานะทนายความผู้รับมอบอำนาจของ"),
insurers claim back in their own name (รับช่วงสิทธิ์: claim and policy numbers, the
company's juristic ID, head office, a claims officer's direct line and box), with garages'
estimates (their tax IDs and phones), police daily-report extracts (the officer's rank and
name), witnesses (names, phones, an ID, a birth date), plates, engine and chassis numbers,
amounts, the event's date beside the birth date.
Plain: her own phone mail, a lawyer's mail body, an insurer's claims officer, a reply
quoting the city's engineer. HTML: a shop owner's Gmail with a damage table, an insurer's
Outlook with its disclaimer, a law firm's signature table, the city's e-service
notification. Word: a lawyer's letter on letterhead (page header), the claim form as
tables, an insurer's formal letter, a หนังสือมอบอำนาจ to the lawyer. PDF: the fillable
claim form (Thai field names), a fillable form with victim_* and agent_* sections, her
typed letter (her block top right), a lawyer's typed letter, her typed letter with the
garage's estimate. Sheets: her itemised damages, an insurer's claim sheet, a lawyer's
claim summary.

unseen_requests_77.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): THE APPLICANT IS ALWAYS THE INJURED
CITIZEN. A lawyer's client: hers, phone and e-mail `()` where only the lawyer's appear (her
own mobile where the lawyer gives it). An insurer claiming in its own name (the ruling of
this set): the insured citizen (ผู้เอาประกันภัย), her ID where written else `()`, her home,
phone and e-mail `()` unless her own are written; the company, its juristic ID, head
office, call centre, officer, direct line and box never. Address: her home, never the
event's place, her shop apart from her home, the garage, the office, the head office.
Juristic and tax IDs, a witness's ID, licence, claim, policy and daily-report numbers,
plates, engine and chassis numbers are never an ID or a phone; the witnesses', garage's,
officer's, lawyer's and insurer's phones never hers; event, report and witness dates never
her birth date. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_77 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
