"""Accuracy on a hundred-and-first set of requests written by others (issue 8):
CONTRACTORS AND SUPPLIERS WRITING TO THE AGENCY, to เทศบาลนครนครสวรรค์, the
องค์การบริหารส่วนตำบลหนองไผ่แบน and the องค์การบริหารส่วนจังหวัดอุทัยธานี: quotations, asking
payment of an invoice or an instalment, the refund of a bid security or of a performance
guarantee (หลักประกันสัญญา, a bank's guarantee), a contract's extension, complaints and an
appeal about a procurement. Beside the applicant's values: juristic person numbers and tax
IDs (13 digits starting 0, never a person's national_id), bank accounts, contract, e-GP
project, invoice and guarantee numbers, amounts, site engineers (licence, mobile),
coordinators and proxies (IDs, mobiles), the agency's officer in a quoted mail or a
forwarded LINE chat, the agency as an invoice's customer, a winning bidder in an appeal.
Plain: a หจก.'s Gmail following up an invoice, a shop owner's iPhone mail for her bid
security, a LINE chat forwarded by the agency's officer, an accountant's Outlook mail for
a bank guarantee, the city's web-form notification of a builder's quotation. HTML: a
director's Gmail for an instalment (the engineer to call), a Bangkok supplier's Outlook
quotation with a signature table, a builder's Gmail reply over the officer's quoted mail,
an invoice as a table in the mail. Word: a letterhead letter asking the last instalment
(Thai digits), a คำขอคืนหลักประกันสัญญา as a table (a proxy to collect), an appeal under
มาตรา 117, a shop's ใบเสนอราคา. PDF: the city's fillable แบบขอรับเงินผ่านธนาคาร (a person,
then a company), a typed ใบวางบิล (two signatures), a typed request to extend a contract,
the PAO's fillable คำร้องขอคืนหลักประกันการเสนอราคา (a proxy's section in v2). Sheets: a
vendor-registration sheet, a shop's quotation, a หจก.'s statement of instalments.

unseen_requests_101.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, set 63's test and builder, the helpers they import and the earlier
sets' first docstrings). Conventions written down before measuring (the builder's
docstring and WHO say them per style), following set 28: the applicant is the one who
asks; for a body, the NATURAL PERSON WHO SIGNS for it (a director, a managing partner, or
the employee who signs the letter in its name; a clerk who only forwards a signed letter
never): that person's name, the signer's own ID where given, else national_id `()`; the
body's office, line (or the signer's mobile) and box. A natural person contracting in her
own name is the applicant, her tax ID being her national ID. Never the applicant's: a
juristic number, an engineer, a coordinator, a proxy, the agency's officer, a winning
bidder; bank accounts, contract, project, invoice and guarantee numbers are never an ID or
a phone. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table
per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_101 import KIND, build_set

# First sight: not yet run.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # set at first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
