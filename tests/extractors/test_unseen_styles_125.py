"""Accuracy on a hundred-and-twenty-fifth set of requests written by others (issue 8):
PETS, STRAY ANIMALS AND ANIMAL BITES, to เทศบาลนครนครสวรรค์, เทศบาลเมืองอุทัยธานี and the อบต.
of ชัยนาท (ธรรมามูล, ตลุก, ห้วยกรด, หนองน้อย). Registering dogs and cats (15-digit microchips
opening 764, rabies vaccines' brands and lot numbers, the clinic's vet with his licence ว.
and the clinic's line beside the owner, a headman's vaccination-day list with owners' IDs,
mobiles and dog counts), stray dogs (a pack by a school in a LINE chat the อบต.'s officer
forwards, a volunteer asking sterilisation for the strays she feeds, the other feeders'
mobiles), dog bites (the bitten man naming the dog's owner and his mobile, the hospital's
HN; a parent for a bitten child, the child's ID and birth date; the dog's owner answering
the officer's quoted mail, the bitten postman's mobile; the dog's owner's typed letter, the
child's parent's mobile), the sterilisation campaign (a clinic's Outlook letter signed by
its owner vet, the clinic's licence ten digits opening 06, an assistant's mobile; an
owner's fillable booking), a pet shop's (หจก.) letterhead letter for its permit (juristic
number, the managing partner's ID), complaints about a neighbour's dogs (the neighbour's
name, house, mobile, ID; an earlier complaint's number), an elder's requests sent by a
grandchild (the grandchild's ID, home elsewhere, mobile and box only).
Plain: an owner's iPhone mail, a bitten man's Gmail, a grandchild's Gmail for her
grandmother's cats, a forwarded LINE chat, a web form's complaint notification. HTML: a
parent's Gmail list, a clinic's Outlook, the city's e-service table (owner's, pet's and
clinic's rows), an iPhone reply over the officer's quoted mail. Word: the registration form
on dotted lines with the vet's certification (its own ข้าพเจ้า), a neighbour complaint
letter (Thai digits in v2), a pet shop's letterhead, a volunteer's letter with a table of
strays. PDF: fillable bite report (Thai field names ผู้ถูกกัด_*, เจ้าของสัตว์_*, ผู้แจ้ง_*;
the parent's ผู้แจ้ง section filled in v2), fillable sterilisation booking (owner_*, pet_*,
vet_*), typed letters (a dog's owner, his block top right; an elder's, typed and sent by her
grandchild). Sheets: a headman's vaccination-day list (his head block over the owners'
rows), an owner's pets sheet, a grandchild's sheet with a row per role.

unseen_requests_125.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs), 31/63 (a
service for one person asked by another is the one it is for; the ผู้แจ้ง of a report, the
parent for a child), 37 (where only another's phone is given, phone `()`), 56/60 (a firm:
the partner who signs, his ID), 58/66 (the pet's owner; pets' birth dates never) and 66/71
(the headman who sends his village's list). So the APPLICANT is the owner who registers or
books; the one who reports strays or complains of a neighbour (the neighbour never; the
villager in a forwarded chat, e-mail `()`); the bitten person who reports his bite; the
dog's owner who reports or answers about his dog's bite (the bitten never); the parent who
reports a child's bite (the child never: birth_date `()`); the elder a grandchild writes or
sends for (the grandchild never: phone and e-mail `()`); the volunteer in her own name; the
owner vet who signs a clinic's letter (ID `()`; the clinic's place, line, box); the
managing partner who signs a pet shop's letter (his ID; the shop's office, line, box); the
headman who sends the list. Microchips, vaccine lots, HNs, clinic and vet licences,
juristic, complaint and request numbers and dog counts are never an ID or a phone; the
place of a bite, the school, the market, the clinic beside an owner, the neighbour's house
and the grandchild's home never the address. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_125 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
