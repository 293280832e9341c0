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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_60.py -s -p
# no:randomly, set at 2414b5e on main's 6436cff), 21 styles, 42 requests, 297 fields of
# which 295 scored: 274/295 right (0.929), 11 wrong flagged, 0 wrong without a flag
# (0.000%), 10 missing, 2 n/a (xlsx_contractor_bill's full_name: its template,
# document_request, has none); 129 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 63/71 (2, 0, 6), HTML 69/72 (3, 0, 0),
# Word 52/54 (0, 0, 2), PDF 67/73 (4, 0, 2), sheet 23/25 (2, 0, 0). Every miss, all
# twenty-one:
# Silent: none. Bank accounts (10 and 12 digits, dashed, spaced, opening 0 as a mobile,
# a comb of 10 or 12), PromptPay (her own mobile or ID; a husband's mobile or ID), CIF,
# meter, user, receipt, contract and invoice numbers, juristic tax IDs, amounts and their
# Thai words never read as a phone or an ID; account holders (a wife, a husband, a son)
# never her name.
# Flagged, 11:
# - the dead parent for the heir: plain_funeral_aid_heir birth_date 2 (the parent's,
#   given first: 1937-07-09, 1931-08-10; the heir's ID, address, phone right);
#   pdf_scanned_funeral_form national_id 2 and address 2 (the parent's block first in the
#   scanned form: his ID, his last address run on into "ถึงแก่กรรมวันที่ 18\nพฤศจิกายน
#   2569"; read as document_copy).
# - a procurement officer's mobile in a firm's Outlook signature: html_outlook_bond_refund
#   phone 2 (086-270-4422/4423; the firm's line "Tel. 075-... ext." beside it).
# - a place she is moving to: html_outlook_meter_deposit v2 province "ตรัง" ("จะย้ายไป
#   รับราชการที่จังหวัดตรัง"; her address read right).
# - a post after the name: xlsx_village_storm_list full_name 2 ("นายประเสริฐ ทองสุข
#   ผู้ใหญ่บ้าน" in the ผู้รายงาน cell, the post kept).
# Missing, 10: the firm's own box that sends (plain_contractor_payment 2,
# docx_contractor_invoice_letter 2); the firm's office under "สำนักงาน" in a plain
# signature block (plain_contractor_payment address 2, postal code and province v1);
# pdf_typed_bid_bond_letter v1 postal code and province (the sender's block top right as
# three lines, "9 ม.6 ต.สระแก้ว อ.ท่าศาลา" / "นครศรีธรรมราช" / "80160": the address read).
# Right everywhere else: PromptPay as her own mobile or ID, the wife's account and her
# PromptPay mobile and ID, the grandson's Gmail and phone, the son's power (มอบฉันทะ) and
# box, the office's quoted request (its line and account), the e-service table from
# no-reply, the fillable forms (Thai names with combs; Text1..Text14 with the address in
# parts), the bank book's page (the branch's address and line never hers), the village
# list's households (their IDs never the head's), the partnership's bill.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO).
# After the fixes on branch fix60 (same command): 291/295 right (0.986), 4 wrong flagged,
# 0 wrong without a flag (0.000%), 0 missing, 2 n/a. By kind: plain 71/71, HTML 70/72 (2,
# 0, 0), Word 54/54, PDF 71/73 (2, 0, 0), sheet 25/25. Mended: the dead parent's values
# (second_persons.DECEASED: prose drops what his line says up to the heir's part; a form's
# line opening "ผู้ถึงแก่กรรม <name>" opens his part in body_form, his address under it);
# the scan's template (a sum under "จำนวน" no count of copies: general_request again); the
# post after the village head's name (values._NAME_END); "ไป...ที่จังหวัด..." a province
# she goes to; a firm's From box its e-mail (sender_email); "สำนักงาน <address>" under a
# firm's name in a plain signature (prose, read as another's place: a last resort, so set
# 28's signer's home under a label still wins); a sender block's province and postal code
# on a line each (prose._ADDRESS_LINE).
# Left: html_outlook_bond_refund phone 2 (the procurement officer's "Mobile" beside the
# firm's "Tel. ... ext." on one line of her signature: flagged); pdf_scanned_funeral_form
# national_id 2 (the picture's OCR reads the dead parent's ID mid-line; the heir's ID,
# wrapped below its label in the copier's layer, is read by no label reader: flagged);
# xlsx_contractor_bill full_name n/a 2 (its juristic tax ID's label "เลขประจำตัว
# ผู้เสียภาษี" read as a student number picks document_request).
# Floors: each style below 0.99 at its accuracy after the fixes, rounded down; silent
# held at none (first sight: each below 0.99 at its first-sight accuracy).
FLOORS: dict[str, float] = {
    "html_outlook_bond_refund": 0.857,
    "pdf_scanned_funeral_form": 0.875,
}
SILENT_NOW = 0 / 295  # first sight: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 295 at first sight: held there, so one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
