"""Accuracy on a seventy-sixth set of requests written by others (issue 8): THE DEEP SOUTH'S
MUSLIM AND MALAY-SPEAKING COMMUNITIES writing to เทศบาลเมืองปัตตานี, เทศบาลนครยะลา,
เทศบาลเมืองนราธิวาส, the อบต. of สายบุรี, รือเสาะ and บันนังสตา and the ที่ว่าการอำเภอ. Thai
spellings of Malay and Arabic names (นายมะรอนิง สะมะแอ, นางสาวนูรีซัน ดือราแม, นายอับดุลเลาะ
ดือราแม, นางซารีป๊ะ เจ๊ะแว, นายสุไลมาน หะยีสาแม), the pilgrim's honorific หะยี/ฮัจญี/ฮัจญะห์,
the roles โต๊ะอิหม่าม and อุสตาซะห์, signatures in romanised Malay ("Maroning Samae"). A
mosque committee's request for a road to the กุโบร์ (the imam's ID and mobile, the
mosque's line, sent by the secretary) and its letter for a เมาลิด; a ตาดีกา teacher's
allowance (the centre's head certifies, his ID and mobile); Hajj papers (a Hajj agent's
Outlook with its licence, the imam's certificate, the pilgrim's sheet with the มะห์รอม's row);
a halal food stall (the city's e-service form, a fillable สอ.1; the stall's place
elsewhere); เยียวยา for widows of the unrest, by the widow or by an NGO for her (the dead
husband's ID, birth date and the day he was killed, children's births); a rubber farmer's
complaints (a neighbour's drain, a middleman's scale); a ล่ามภาษามลายู for a mother (her
son in Bangkok), a villager (his reply quoting the clerk), a villager summoned (the NGO's
typed letter); "Assalamualaikum", "Terima kasih", dates in พ.ศ. and ฮ.ศ.; villages
บ้านบือแนปีแน, บ้านกำปงบารู after the หมู่. Kinds: plain (phone mail apps, webmail), HTML
(Gmail, Outlook, the city's e-service, a Gmail reply), Word (the mosque's letter, a widow's
petition, the ตาดีกา's form as a table, the imam's certificate), PDF (fillable เยียวยา and
สอ.1 forms, typed letters), xlsx (a pilgrim's sheet, a widow's household).

unseen_requests_76.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the applicant is the one the request is
FOR: the widow, not the NGO nor her dead husband; the teacher, not the centre's head; the
pilgrim, not the agent, the imam or the มะห์รอม; the mother, not her son; the villager, not
the NGO. A mosque committee: the imam who signs as its chairman (his ID where given, else
`()`), the mosque's place and its line or his mobile, no e-mail scored. Names: as
registered with นาย/นาง/นางสาว; หะยี/ฮัจญี/ฮัจญะห์ accepted with or without (in place of the
title or after it); หะยี inside a family name always kept; โต๊ะอิหม่าม, บาบอ, อุสตาซ(ะห์) never
part of a name; the romanised Malay name as signed accepted. Birth date only the
applicant's, from พ.ศ.; a ฮ.ศ. date, a letter's date, the day of an attack, a husband's or
child's birth never. Address where the applicant lives, with or without the village's
name; never a stall, a plot, the กุโบร์, the place of an attack, the NGO's office. Phone and
e-mail never the NGO's, the agent's, the imam's, the head's, the son's (`()` where only
theirs appear). Passport, licence, police report, ตาดีกา registration, halal certificate
and deed numbers never an ID or a phone. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_76 import KIND, build_set

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
