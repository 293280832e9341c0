"""Accuracy on a hundred-and-second set of requests written by others (issue 8):
ACCESSIBILITY, to เทศบาลเมืองศรีสะเกษ, the พมจ.สุรินทร์ and เทศบาลนครเชียงราย. Deaf people
writing through the Thai relay service (TTRS: its text relay's transcript, its video
relay's summary, its call log as a sheet; the operator's name and agent code, 1414, the
centre's line, a session or ticket number) or a sign-language interpreter (her
registration ล.0457/2562, mobile, box); a deaf woman's own short Thai in a signer's order;
a blind man's iPhone dictation (Thai digits, the card's issue and expiry dates); a blind
woman's fillable form filled with a screen reader (birth date in three B.E. parts);
carers, a son in Bangkok, an อสม. forwarding a LINE chat, a foundation's social worker,
a deaf association's letter signed by its president, writing for people with
disabilities; a blind man's power of attorney signed by thumbprint; the allowance form's
dotted lines with the ผู้ยื่นคำขอแทน block and the carer's bank account; a web form's
notice (ผู้ขอรับอุปกรณ์ / ผู้กรอกแทน); fillable forms with English field names (txtApp*,
txtGdn*); sheets with a sheet per person or a row per role.

unseen_requests_102.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). Rulings followed: set 28 (the person who
asks), sets 31/63 (a service for one person asked by another: the one it is FOR, the
deaf, blind or disabled person; never the carer, child, อสม., interpreter or relay
operator who writes), set 37 (where only another's phone is given, phone `()`). The
number on a บัตรประจำตัวคนพิการ is the holder's 13-digit ID. A deaf person's mobile given
for SMS/LINE is her phone. E-mail only where the applicant sends from her own box.
Address where the applicant lives. A bank account, a card's issue or expiry date, a
session, ticket or serial number is never an ID, a phone or a birth date. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_102 import KIND, build_set

# First sight: not yet run.
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
