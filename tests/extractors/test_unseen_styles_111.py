"""Accuracy on a hundred-and-eleventh set of requests written by others (issue 8): THE
DISABILITY ALLOWANCE AND THE DISABILITY CARD (เบี้ยความพิการ, บัตรประจำตัวคนพิการ) in the
South, to the อบต.ท่ามิหรำ and เทศบาลเมืองพัทลุง, เทศบาลนครนครศรีธรรมราช and the พมจ.สงขลา
(real tambon, amphoe and postal codes of นครศรีธรรมราช, พัทลุง and สงขลา). Registering for
the allowance and the card, renewing a card, changing the payee after a court's order,
months not paid, a caregiver's own loan from the disability fund; written by daughters,
sons and wives who care (ผู้ดูแลคนพิการ: their IDs, homes elsewhere, mobiles, boxes, bank
accounts), a court's ผู้อนุบาล and ผู้พิทักษ์ (red case numbers), อสม. (their card numbers,
IDs, mobiles), a hospital's social worker and a รพ.สต.'s nurse (HN, AN, ICD-10, the
doctor's ว. licence, the hospital's lines and addresses), and by people with a disability
themselves (a deaf man's signer's Thai, a blind woman's thumbprint power of attorney).
Plain: a daughter's iPhone mail, an อสม.'s mail with a pasted LINE chat (the ID in Thai
digits), a deaf man's own Gmail on Android, a ผู้อนุบาล's mail (an account of ten digits
opening 0), a social worker's Outlook for Android. HTML: a son's Gmail reply over the
officer's quoted mail, an e-service notice's table (คนพิการ rows, then ผู้ยื่นแทน rows), a
รพ.สต. nurse's Outlook with its signature, a caregiver's Gmail list for her own loan (her
child's card number beside hers). Word: the allowance form over dotted lines (the
ผู้ยื่นคำขอแทน block, a ธ.ก.ส. account), a ผู้พิทักษ์'s table letter, a thumbprint power of
attorney (an อสม. as witness), a รพ.สต.'s official letter. PDF: a fillable card form named
Text1..Text12, a fillable form with split names and parts (pwd_*, cg_*), a hospital's typed
certificate, an อสม.'s typed visit report. Sheets: an อสม.'s survey sheet (the ID as a
number cell), a workbook with the caregiver's sheet before the person's, a hospital's
referral row.

unseen_requests_111.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down
before measuring (the builder's docstring and WHO say them per style). Rulings followed:
set 28 (the person who asks), sets 31/63/81/102 (a service for one person asked by another
is the one it is FOR: the person with a disability, also a court's ward and a disabled
child; never the caregiver, guardian, อสม., nurse, social worker or doctor who writes),
set 37 (where only another's phone is given, phone `()`). A caregiver's own loan as
ผู้ดูแลคนพิการ is hers. The number on a บัตรประจำตัวคนพิการ is the holder's 13-digit ID. Phone
the applicant's own where given as his, else `()`; e-mail only from the applicant's own
box. Address where the applicant lives (the registered home over a stay while treated).
An อสม.'s card number, HN, AN, a ว. licence, a court's case number, a bank account, a
letter's or a request's number is never an ID or a phone; a card's issue or expiry, a
visit's, an order's or an admission's date never a birth date. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_111 import KIND, build_set

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
