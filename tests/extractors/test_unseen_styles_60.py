"""Accuracy on a sixtieth set of requests written by others (issue 8): MONEY GOING OUT OF
A MUNICIPALITY (เทศบาลตำบลท่าศาลา and อบต.กลาย, Nakhon Si Thammarat): requests to be PAID.
Refunds of a stall's deposit, of a fee paid twice by QR, of a water meter's deposit, of
a bidder's bid bond, of a contractor's performance bond; storm compensation; an elderly
allowance moved to a new account; funeral aid asked by an heir; contractors asking to be
paid for a stage of a job. Everywhere numbers that look like fields: bank account numbers
(10 digits xxx-x-xxxxx-x, 12 for ธ.ก.ส./ออมสิน, plain or spaced, some opening 0 like a
mobile), PromptPay given as a mobile or a 13-digit ID, account holders who are not the
applicant (a wife, a husband, a son), bank branches with their own address and line, amounts
in figures and in Thai words, receipt, contract, meter, user, CIF, death certificate and
invoice numbers, juristic tax IDs, a dead parent's ID and birth date, payment, death and
opening dates beside birth dates.
Plain: a stall tenant's deposit (phone app), a fee paid twice refunded by PromptPay (her
own mobile, or her own ID), storm money into the wife's account (her PromptPay mobile),
funeral aid by a child (the parent's ID and birth date first), a partnership's payment
request from its webmail (its tax ID, office, line; the managing partner's mobile).
HTML: a grandson's Gmail for his grandmother's new allowance account (his phone), a
company's Outlook table for its performance bond (a procurement officer's signature), the
อบต.'s e-service storm claim table from no-reply (her account rows), a teacher's Outlook for
a meter deposit into her husband's account (his phone, her school's line), a Gmail reply
above the office's quoted request (its officer, line, the town's own account). Word: the
office's แบบขอรับเงิน over dotted lines (address in parts, words), a หนังสือมอบฉันทะ letting
a son receive into his account (sent by the son), a partnership's letter with the
partner's own ID and an amounts table, the office's fee refund table (PromptPay of her
husband, mobile or ID). PDF: a fillable refund form (Thai names, ID and account as combs),
a fillable storm claim named Text1..Text14 (address in parts, a 10-digit account opening
0), a bidder's typed letter (sender block top right), a bank book's first page as text (the
branch's address and line, a CIF) with her lines in the mail, the office's funeral form
scanned with the copier's text layer (the dead parent's block first). Sheets: a village
head's list of damaged houses (IDs, houses, accounts of households), a partnership's bill.

unseen_requests_60.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 55 and 56, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style): the applicant is the one who asks to be
paid, whose deposit, fee, house, allowance or bill it is: for funeral aid the heir who
asks, never the dead parent (his ID and birth date never hers); for a village's list the
village head who reports (the households never: national_id `()`, no value or a flagged
one right). A firm asking to be paid (set 56's ruling): the managing partner or director
who signs is the applicant, his ID where given else `()`; where no one signs for it (a
procurement officer writes) full_name and national_id `()`; address, phone, e-mail the
firm's office, line and own box, and the signer's own mobile where given. An account
holder who is not the applicant (ชื่อบัญชี a spouse's, a son's) is never her name; that
person's phone, ID or PromptPay never hers. A PromptPay number that IS her own mobile or
her own ID leaves it her phone or her ID (right either way); another's PromptPay is never
hers. A bank account (even 10 digits opening 0), a meter, user, CIF, receipt, contract or
invoice number, an amount, a juristic tax ID is never a phone or an ID. Address: where she
lives (the firm's office), never a bank branch's, a stall's, the job site's, the dead
parent's; with or without เลขที่, the province and postal code; province and postal code of
that address. Phone and e-mail hers only where given (a grandson's, a son's, the office's,
a school's line, no-reply never); birth date only hers, never a payment, death, opening or
the parent's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_60 import KIND, build_set

# First sight: not yet measured (the set is committed before any reader is run on it).
FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
