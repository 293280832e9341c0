"""Accuracy on a ninety-first set of requests written by others (issue 8): COMMUNITY BODIES
ASKING THE LOCAL GOVERNMENT, at the อบต.ไก่คำ (Amnat Charoen) and the เทศบาลตำบลกุดชุม
(Yasothon). A temple (its abbot who signs with his monastic title, พระครู... or
พระอธิการ..., or its ไวยาวัจกร who signs himself), a school (its director), a village fund,
an elderly club, a housewives' group, a community enterprise (its รหัสทะเบียน), a
farmers' cooperative (its 13-digit tax number): asking a grant, a venue, tents and
chairs, a budget under the แผนพัฒนาท้องถิ่น, a certificate; committees with their roles
(ประธาน, รองประธาน, เหรัญญิก, เลขานุการ, กรรมการ), IDs, phones and homes.
Plain: a fund chair's Gmail, an elderly club's secretary on her iPhone signing for the
sick chair, a LINE chat forwarded by a son, a cooperative's Outlook mail, a ไวยาวัจกร's
phone mail. HTML: a school's Gmail with the director's signature, an enterprise's Outlook
mail with its committee table, a web form's notification (the ผู้ยื่น's rows), a
forwarded abbot's letter (gmail_quote). Word: a temple's letter signed by the abbot (Thai
digits), a school's official letter, a fund's letter with its committee table, a club's
grant form on dotted lines. PDF: fillable grant form (rep_* and contact_*), fillable venue
form (Thai field names), a cooperative's typed letter, an enterprise's typed letter signed
by the secretary for the chair. Sheets: a fund's roster, a school's list of things to
borrow, an enterprise's project budget with its proposer block.

unseen_requests_91.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, the
earlier sets' first docstrings and set 84's test comments). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following set 28:
for a body the applicant is the NATURAL PERSON WHO SIGNS FOR IT (the chair, the director,
the abbot, the secretary who signs ปฏิบัติหน้าที่แทนประธาน, the ไวยาวัจกร who signs the
temple's request himself); a monk's name as the writer gives it (the title name alone, or
with his own name and ฉายา in brackets where the letter writes them); his ID where
written, else `()`; the body's place, line and own box (a group with no office: its
chair's house, as the letter says); other members, contact teachers, managers, a son who
forwards never; a register code, a tax number, a letter's number never an ID or a phone.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_91 import KIND, build_set

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
