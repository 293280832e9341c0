"""Accuracy on an eighty-ninth set of requests written by others (issue 8): PUBLIC HEALTH
AT A MUNICIPALITY OR SUB-DISTRICT, to เทศบาลเมืองนครพนม (กองสาธารณสุขและสิ่งแวดล้อม), อบต.
นาราชควาย, เทศบาลเมืองมุกดาหาร and the รพ.สต.บ้านโคก (Nakhon Phanom and Mukdahan): dengue
fogging after a case in the house (the sick child's HN and hospital, the neighbours' house
numbers, a clerk's quoted answer with his line and the case's number), a community chair's
request after three cases (the patients' table); long-term care (LTC) for a bedridden elder
asked by a daughter far away, a teacher next door, an อสม. (her card number อสม. 48-0107-1123,
her ID and mobile), the รพ.สต.'s LTC form (the CG's and the relative's rows, the CM's line), a
CG's visiting schedule; food stalls' licences and food handlers' health certificates (the
stall's number and market, the place of sale, the helpers' IDs, a web form's request
number); hospital beds, oxygen and wheelchairs on loan (asset numbers, the borrowing
relative's section); a discharge summary and a doctor's letter (HN, AN, the doctor's ว.
number, the hospital's address, line and fax, the relative's phone). Thai digits in IDs,
HNs and dates of the Word forms; B.E. dates; values on the next line; a LINE chat
forwarded as text.

unseen_requests_89.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63
and 37: the APPLICANT of a fogging or a food licence is the one who asks in her own name
(the householder, the community chair who signs, the stall owner, the food handler); a
service for one person asked by another is the one it is for (the bedridden elder, the
patient who uses the bed or wheelchair, the villager an อสม. writes for): the daughter's,
son's, niece's, neighbour's, teacher's and อสม.'s names, IDs, homes, phones and boxes never
(phone and e-mail `()` where only theirs appear); the CG, CM, doctor and hospital never.
HN, AN, ว. numbers, อสม. cards, asset, licence, stall and request numbers are never an ID
or a phone; the hospital's, the clerk's, the shop's lines never the applicant's phone; the
stall's or shop's place never her address; birth date only the applicant's (none expected
where only an age is given). Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_89 import KIND, build_set

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
