"""Accuracy on a ninety-ninth set of requests written by others (issue 8): ELECTIONS AND
CIVIC PARTICIPATION at เทศบาลเมืองชัยภูมิ, เทศบาลเมืองเพชรบูรณ์, อบต.นาฝาย, the ที่ว่าการอำเภอ
หล่มสัก and the สำนักงาน กกต. ประจำจังหวัดชัยภูมิ (Chaiyaphum, Phetchabun): checking and
correcting one's entry in the voter list (its unit and order numbers, a former address),
notices of not voting (from work in another province, from a hospital bed by a son for his
father, a fillable form with a notifier's section), asking to speak at a public hearing
and at the council's meeting (the council's chair, a contact person, a community group's
committee), petitions with their signers' names, IDs and homes (Gmail table, Word table,
sheet), a candidate's papers (asked by him in a typed letter, by his campaign's staff from
Outlook), complaints about canvassing and vote buying (a LINE chat forwarded, a formal
complaint, a complainant's log) naming canvassers, their mobiles and homes, candidates,
ballot numbers, amounts and witnesses with IDs. Plain: iPhone, Gmail, LINE export, Outlook
for Android, webmail. HTML: Gmail with a signers' table, Outlook with the staff's
signature, a web form's notification, a reply over the clerk's quoted mail. Word: a
voter-list form on dotted lines (Thai digits), a community group's letter with its
committee, a petition letter with its signers' table, a formal complaint. PDF: fillable (a
notice of not voting with voter_*/notifier_* fields, a request to speak with a contact's
fields), typed (a candidate's letter with his block top right, a daughter's letter for her
mother). Sheets: a petition's signers under the head block, a household's check of the
list, a complainant's log.

unseen_requests_99.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63
and 37: the APPLICANT is the voter, speaker, petition's leader, candidate or complainant
who asks in her own name and signs; a community group's chair who signs its letter; a
service for one person asked by another is the one it is for (the father in hospital, the
mother added to the list, the candidate whose staff mails; the sender's phone and box
never: `()`). Signers, committee members, witnesses, canvassers, candidates complained of,
clerks, contact persons and notifiers are never the applicant; workplaces, polling units,
hearing halls and former addresses never the address; voter-list order numbers, units,
wards, ballot numbers, amounts, HN and reference numbers never an ID or a phone; birth date
only the applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to
see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_99 import KIND, build_set

# First sight: not run yet.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
