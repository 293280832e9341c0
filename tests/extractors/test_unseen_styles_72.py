"""Accuracy on a seventy-second set of requests written by others (issue 8): PEOPLE WHOSE
NAMES CARRY RANKS, MONASTIC, ACADEMIC AND HONORARY TITLES, writing ordinary requests to
เทศบาลเมืองลพบุรี (a garrison town), เทศบาลนครเชียงใหม่, อบต.ดอนแก้ว and อบต.ออนใต้.
Soldiers and police (จ.ส.อ., ส.อ., ส.ต.ท.หญิง, ร.ต.อ., พล.ต./พลตรี, ว่าที่ร้อยตรี / ว่าที่
ร.ต.), a soldier's wife signing with her husband's rank and unit under her name; monks
(พระมหา + ฉายา, the lay surname in brackets or the ฉายา in brackets), a novice, a แม่ชี, a
พระอธิการ for himself, an abbot (พระครู with his ราชทินนาม and (own name ฉายา)) writing or
certifying for a monk or a novice; academics and health professionals (ผศ.ดร., รศ.ดร., ภก.,
ทพญ., their licence numbers, the faculty's and the shop's lines); ม.ร.ว., ม.ล., คุณหญิง,
ท่านผู้หญิง; foreigners married to Thais (Mr., Dr.: passports, the Thai spouse's ID and
mobile); plain citizens quoting a doctor's certificate (ว.23817, the hospital's line); a
commander's forward and a unit's letter for a subordinate (service numbers, the unit's
letter number and line).
Plain: a wife's iPhone mail, a police officer's mail (station line, case number), a monk's
own request, an abbot's mail for his monk, a foreigner's English and Thai mail. HTML: a
commander's Gmail forward with his endorsement, an academic's Outlook (faculty signature),
the city's web form (the title in its own row), a patient's Gmail quoting her doctor, a
แม่ชี's or an abbot's Gmail. Word: the temple's letter for a novice, a unit's official
letter, the คำร้องทั่วไป as a table (rank short or written out), a คุณหญิง's or ม.ล.'s
letter sent by the secretary. PDF: a fillable form with the rank in its own box, a
pharmacist's or dentist's typed letter, an abbot's typed certificate, a bilingual fillable
form (Applicant / Spouse parts). Sheets: a unit's sheet (head block, the soldier's row), a
professor's field-trip sheet (students below).

unseen_requests_72.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the applicant is the one the request is
FOR (the soldier, not the commander; the monk or novice, not the abbot; the patient, not
the doctor; the wife, not the ranked husband; the foreigner, not the Thai spouse). Names:
a soldier's or policeman's rank and a royal or honorary title (ม.ร.ว., ม.ล., คุณหญิง,
ท่านผู้หญิง) are kept before the name (a space after an abbreviation accepted); academic
and professional prefixes (ผศ.ดร., รศ.ดร., ภก., ทพญ.) are accepted with or without; a monk
is พระ/พระมหา/พระอธิการ + name + ฉายา, his lay surname in brackets or not (or the surname
with the ฉายา in brackets); novices and แม่ชี as written; a foreigner as in his passport
with Mr./Dr. or without (passport no ID: national_id `()`). Address: where the applicant
lives (a monk, novice or แม่ชี: the temple); phone and e-mail his own, never a station's,
unit's, faculty's, hospital's, secretary's, spouse's, commander's or abbot's (`()` where
only theirs appear). Licence, service, case, letter and passport numbers are never an ID
or a phone. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_72 import KIND, build_set

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
