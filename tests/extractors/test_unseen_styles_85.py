"""Accuracy on an eighty-fifth set of requests written by others (issue 8): REQUESTS UNDER
THE OFFICIAL INFORMATION ACT B.E. 2540 (ขอข้อมูลข่าวสารของราชการ) AND THEIR APPEALS, to
เทศบาลนครอุดรธานี, อบต.โนนสูง, เทศบาลตำบลบ้านดุง (Udon Thani), เทศบาลนครสกลนคร and
อบต.เชียงเครือ (Sakon Nakhon). A local journalist asking for a road contract's documents
(the contract, e-GP and budget numbers, the contractor's juristic ID, manager and line, the
engineer) and appealing the refusal; a researcher and her students asking for budget
figures (her academic title, the students' names, student numbers and phones, the
faculty's place and line, budget codes and amounts); an NGO's officer (the foundation's
place and line, her ID, a LINE chat with the refusal's number and the deputy mayor's
line); a lawyer asking for a client's documents (licence, office, line, mobile, box; the
client's ID, birth date and home); a losing bidder's authorised director asking for the
procurement committee's report and appealing (the company's 13-digit juristic ID starting
with 0, the winner's, the director's own ID and mobile, a staff contact's mobile); a
villager asking for a copy of the minutes about her land (her daughter or grandson typing,
the neighbours and their deeds, the kamnan and headman); a citizen asking for her own
file and her dead father's file as his heir (his ID, birth and death dates, death
certificate, old home).
Plain: an iPhone mail, a daughter's Gmail for her mother, webmail in Thai digits, a LINE
chat exported and forwarded, Outlook for Android. HTML: a researcher's Gmail with tables, a
company's Outlook, the city's e-Service notification, a Gmail reply over the clerk's quoted
refusal, a lawyer's Gmail with the client's lines as a list. Word: the dotted
แบบคำขอข้อมูลข่าวสาร, a lawyer's letterhead letter, a foundation's letter, a bidder's appeal.
PDF: a fillable request whose fields are Text1..Text12, a fillable appeal form (Thai
field names, a comb ID), a faculty's typed letter, a villager's typed letter (her block top
right). Sheets: a researcher's list (her rows over her students'), a bidder's list (the
company's head block, the director's row, the staff's).

unseen_requests_85.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and 56/60:
the APPLICANT is the one who asks in her own name (the journalist, the researcher, the
villager even where her daughter types, the heir), the lawyer's client (set 63/77: the
lawyer's values never; the client's phone and e-mail `()`), and for a body (a foundation,
an association, a faculty, a company) the natural person who signs for it, her ID where
given (else `()`), with the body's place, line (her own mobile also accepted) and box. A
company's juristic ID is never the national_id; the director's is. People named in the
documents asked for (contractors, engineers, officials, the committee, the clerk, the
neighbours, the dead father, the students, the winner) are never the applicant; contract,
project, letter, deed, death-certificate, student and budget numbers never an ID or a
phone; birth date only the applicant's. Same harness (unseen_harness.py) as the other sets.
Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_85 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
