"""Accuracy on a ninety-seventh set of requests written by others (issue 8): HOUSING, to
เทศบาลเมืองราชบุรี (its แฟลตเทศบาล/อาคารสงเคราะห์ and กองสวัสดิการสังคม), เทศบาลเมือง
สมุทรสงคราม, the province's พมจ. and a บ้านมั่นคง project (Ratchaburi and Samut Songkhram):
renting a municipal flat (room numbers, rent, deposit, a guarantor's section, a lease moved
to a daughter, a renewal with the spouse's fields, an appeal against a notice to leave with
its number and the arrears), community housing (a cooperative's registration and loan
contract numbers, its chairman's mobile, a community's certificate signed by its chair, a
household survey's rows), repairs to poor households' homes (a son in Nonthaburi writing for
his mother, a health volunteer's e-service notice, a headman's letter in Thai digits, a
fillable form with a กำนัน's section, a sheet with the landowner's rows), eviction and
landlord/tenant quarrels (a pasted LINE chat with the landlord's bank account and mobile, a
landlord asking help over a tenant's arrears with the tenant's ID and phone), rent receipts
and leases quoted with the landlord's name, ID, tax number, line and home.
Plain: a flat application from Gmail (the present landlord as a reference), a LINE chat
forwarded under a tenant's plea, a son's iPhone mail for his mother's repair, a landlord's
plea over arrears, a บ้านมั่นคง member's Outlook-for-Android mail. HTML: a Gmail lease
transfer, an Outlook mail with the landlord's receipt as a table, the city's e-service
notice (ผู้แจ้ง rows), a reply over the clerk's quoted mail. Word: the flat's application
form (a guarantor's table), a lease (ผู้ให้เช่า first) under a move-in request, a headman's
letter, a community's certificate. PDF: a fillable repair form (Thai field names, a
ผู้รับรอง), a typed appeal, a fillable renewal (tenant_*/spouse_*), a landlord's receipt
beside the tenant's lines in the mail. Sheets: a rent ledger (the landlord's rows first),
a household survey, a repair sheet with the landowner's rows.

unseen_requests_97.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, set 63's builder and test, the helpers they import, set 84's test
comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28 (the
person who asks), 31/63 (a service for one person asked by another is the one it is for)
and 37 (only another's phone given: phone `()`). So: a tenant who asks is the applicant,
never the landlord quoted in her receipt, lease, chat or ledger; a landlord who asks is,
never his tenant; a guarantor, spouse, child, daughter, chair, headman, กำนัน, volunteer
or clerk never; a repair asked by another is for the household's head (the asker's phone
and box never hers: `()`). Address: where the applicant lives now. Room, receipt, notice,
contract, loan, cooperative and tax numbers, amounts, bank accounts and meter numbers are
never an ID or a phone. Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_97 import KIND, build_set

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
