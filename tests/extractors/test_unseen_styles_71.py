"""Accuracy on a seventy-first set of requests written by others (issue 8): PETITIONS AND
GROUP REQUESTS to เทศบาลตำบลบ้านเป็ด (Khon Kaen), องค์การบริหารส่วนตำบลนาดี (Udon Thani)
and เทศบาลตำบลหนองควาย (Chiang Mai). Villagers' petitions with a list of signers (numbered
lines in a phone mail, a sheet's table pasted with tabs by a grandchild, a Gmail table, a
Word table, a typed PDF's lines, a fillable ผู้ร้องคนที่ 1/2/3 form, xlsx lists with and
without a ผู้แทน mark), a representative (ผู้แทน, ผู้ประสานงาน, ตัวแทนชาวบ้าน) named in the
text wherever he stands in the list, a housewives' group and a community organisation
(chairman, secretary, treasurer with IDs and phones; the secretary or treasurer sends), a
village meeting's minutes with the request (the headman presiding, the recorder's ID and
phone), a school's parents' network asking a crossing (the director endorses; a teacher's
Outlook; a typed PDF signed by both), a mosque's committee (the imam its chairman, the
mosque's place and register number), a temple festival's committee (the abbot as adviser),
a headman forwarding his villagers' petition, the agency's e-service notification.
Kinds: plain, html, word, pdf, sheet (KIND in the builder).

unseen_requests_71.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 62 (a
headman for his village), 66 (a group's chairman), 55 and 37/63: in a request signed by
several the applicant is ONE person: the REPRESENTATIVE the letter names (ผู้แทน,
ผู้ประสานงาน, ตัวแทนชาวบ้าน, the row a sheet marks ผู้แทน, the one a meeting elected), wherever
he stands among the signers; where none is named, the FIRST SIGNER (row 1, ผู้ร้องคนที่ 1);
a group's CHAIRMAN who signs for it. The other signers' names, IDs, house numbers and
phones are never the applicant's, nor the secretary's, treasurer's, vice-chairman's, the
headman's, the recorder's, the director's, the abbot's, the teacher's or grandchild's who
send. Phone and e-mail the applicant's own, `()` where only others' appear (a village's
shared box is nobody's). Address his home to the อำเภอ: where a table gives only his house
number, with the village the letter names (หมู่ที่, ตำบล, อำเภอ); never the road, the
crossing, the mosque, the temple, the school, the meeting hall. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_71 import KIND, build_set

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
