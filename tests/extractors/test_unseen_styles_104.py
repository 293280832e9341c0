"""Accuracy on a hundred-and-fourth set of requests written by others (issue 8): TEMPLES,
MOSQUES, CHURCHES AND CULTURAL EVENTS in ลำพูน, ลำปาง and แพร่, to the เทศบาลเมืองลำพูน,
เทศบาลนครลำปาง, เทศบาลเมืองแพร่, seven เทศบาลตำบล and eight อบต. A temple fair on the temple's
grounds (the village committee's chair who asks, the abbot who consents, a ride operator's
partnership and its number, the stall holders' IDs); an ordination's procession and its
loudspeakers (the host father, the ordained son's ID and birth date, a กลองสะบัดชัย
troupe's coordinator, the sound shop's operator on a fillable ฆ.ษ.1); merit-making
loudspeakers at a temple; a cremation at a temple's เมรุ (a widow's LINE chat forwarded by
her son, the crematorium form with the deceased's section, a typed letter for the hearse);
donations and receipts (a donor asking her e-Donation receipt beside the fund's KBank
account opening 098 and a transfer's reference; a kathin group's list of donors with their
IDs); an abbot's letter for a poor villager typed on the temple's iPhone; an imam's
certificate pasted into a villager's Gmail (สัปบุรุษ number, the imam's ID and mobile, a
Hijri date); a mosque's เมาลิด letter signed by the imam; a church's Christmas carol
procession from its Outlook box (the pastor's ID, the secretary's mobile); a temple's letter
in Thai digits and a temple's list of things to borrow, signed by the abbot (พระครู...,
พระอธิการ..., own name and ฉายา); a monk's own request for the old-age allowance (ฉายา, lay
surname, his temple, the abbot's certificate, a former temple in another province);
cultural troupes asking a stage (a web form's notification, a letter with the members'
table), an elders' club and a youth group asking the town's ข่วง.
Plain: an iPhone mail, a LINE chat forwarded from Gmail on Android, a villager's Gmail with
the imam's letter pasted, Outlook for Android, an e-Service notification. HTML: Gmail with
its signature (text and HTML), Outlook from a church's box (signature table), iPhone Mail,
a web form's table. Word: a temple's letter in Thai digits, the crematorium form on dotted
lines, a troupe's letter with its members' table, a mosque's letter. PDF: fillable ฆ.ษ.1
(applicant_*/operator_*), a monk's typed letter with the abbot's certificate, a fillable
venue form (Thai field names), a typed letter for the hearse (the writer's block top
right). Sheets: a fair's stall list, a temple's list of things to borrow, a kathin group's
donors.

unseen_requests_104.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63,
37, 47/72, 69, 76 and 91: the APPLICANT is the one who asks in her own name and signs (the
host of an ordination, a merit-making or a cremation, the donor, a committee's chair, a
troupe's or club's leader, a collector, a monk for his own allowance); for a body, the
natural person who signs for it (the abbot by his title name, with or without his own name
and ฉายา, no ID: `()`; the imam and the pastor with their IDs), with the body's place, line
(or the signer's or the temple's ไวยาวัจกร's mobile) and own box; a service for one person
asked by another is the one it is for (the villager of the abbot's letter, the mother of
the forwarded chat; the sender's phone and box never: `()`). The ordained son, the
deceased, coordinators, members, trainers, stall holders, donors, operators, secretaries
and the abbot who consents or certifies are never the applicant; the temple, crematorium,
ข่วง, route or place of use never the address (but the body's own place where it asks, and
a monk's temple); accounts, references, receipts, death certificates, HN, plates and
register numbers never an ID or a phone; birth date only the applicant's (`()` where only
another's is written). Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_104 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
