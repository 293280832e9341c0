"""Accuracy on a hundred-and-twenty-fourth set of requests written by others (issue 8):
RETIRED LOCAL OFFICIALS, PENSIONERS AND THEIR HEIRS in the south, to เทศบาลนครสงขลา,
เทศบาลเมืองพัทลุง and เทศบาลนครตรัง. A retired municipal official's pension (his pension
number ทบ.0451/2560-style, his old position number 3-01-012-2-005-style) and the yearly
หนังสือรับรองการมีชีวิต (his own iPhone mail, an e-service notification, the certificate
signed by a ปลัดเทศบาล or a กำนัน with the certifier's own ID); a son in Bangkok writing for
his bedridden father (the son's ID, condo, mobile, box); a widow claiming the บำเหน็จตกทอด
(a LINE chat forwarded as text, an Outlook table with the dead husband's rows above hers,
a fillable form with deceased_* and claimant_* fields, an heirs' sheet with the husband's
row first and the children's after); the education allowance (เงินช่วยการศึกษาบุตร) with
each child's name, ID, birth date, school, receipt number and fee (Outlook plain, แบบ 7223
in Word, a sheet); medical reimbursement for a spouse or a parent (Gmail with the patient's
ID, HN and receipts; แบบ 7131 in Word; a typed letter with Thai digits; a dialysis
receipts sheet); a change of the pension's bank account (a web form's notification, a
fillable form, a father's หนังสือมอบอำนาจ to his son); a veteran's widow (the veteran's
card, his ID, the family card's number; her daughter's typed letter for her).

unseen_requests_124.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style). Rulings followed: set 28
(the person who asks), sets 31/63 (a service for one person asked by another is the one
it is for: the bedridden father or mother, never the son or daughter who writes), set 37
(where only another's phone is given, phone `()`). So the APPLICANT is the pensioner (also
where his child writes or holds his power), the WIDOW who claims the death grant (hers as
heir; the dead husband's and the co-heirs' values never), the CLAIMANT of an education
allowance or a medical reimbursement (the right and the money his; the child's, spouse's
or parent's name, ID and birth date never), the veteran's widow (the veteran's card and ID
never). Pension, position, receipt, HN, bank account, death certificate and veteran's card
numbers and amounts are never an ID or a phone; birth date only the applicant's, where
written. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_124 import KIND, build_set

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
