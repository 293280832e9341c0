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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_101.py -s -p
# no:randomly, set at 83acc5e on main's e94df0d), 20 styles, 40 requests, 282 fields of
# which 280 scored: 243/280 right (0.868), 16 wrong flagged, 2 wrong without a flag
# (0.714%), 19 missing, 2 n/a (full_name 2: xlsx_quotation_sheet read as
# document_request, which has none); 165 of the right values flagged for a look. By kind
# of input (right/fields; flagged, silent, missing): plain 69/70 (1, 0, 0), HTML 49/58 (7,
# 0, 2), Word 47/56 (1, 0, 8), PDF 46/56 (7, 2, 1), sheet 32/40 (0, 0, 8). Every miss, all
# thirty-seven:
# Silent, 2:
# - the one who hands in the bill as the signer: pdf_typed_billing_note full_name 2
#   ("นางสาวศิริพร มีทรัพย์", "นายเอกชัย พลายงาม": the employee under "ผู้วางบิล ....", left of
#   the director under "ผู้มีอำนาจลงนาม ...." whom the convention names; both sign the
#   bill, the one with the power to bind the company asks to be paid).
# Flagged, 16:
# - the agency's own place as the applicant's: html_invoice_table_mail address 2, postal
#   code and province v2 (the customer's row "ที่อยู่ลูกค้า", the city's "เลขที่ 999 ถนน
#   พหลโยธิน ตำบลนครสวรรค์ตก ... 60000", over the seller's row "ที่อยู่ผู้ขาย");
#   pdf_typed_billing_note address 2, postal code 2, province v2 (the customer block
#   "ที่อยู่ ถนนศรีอุทัย ตำบลอุทัยใหม่ ... 61000", the PAO's); docx_quotation_table postal
#   code v2 (60000, the city's under "เสนอราคาต่อ", for the shop's 60140).
# - the agency's name as the province: plain_outlook_guarantee_accounts province v2,
#   html_outlook_quotation_signature province v2, pdf_fillable_bid_security_return
#   province 2 ("อุทัยธานี" from "องค์การบริหารส่วนจังหวัดอุทัยธานี"; the firm in Bangkok or
#   Nakhon Sawan).
# - a signer's name run on into her post: html_outlook_quotation_signature full_name 2
#   ("นายเอกชัย พลายงามผู้จัดการฝ่ายขายภาครัฐ", the name and the post in two <p> of the
#   signature table).
# Missing, 19: html_outlook_quotation_signature address 2 (the office in the signature
# table, Bangkok's or Nakhon Sawan's); docx_guarantee_refund_form address, postal code,
# province 2 each (the table's row "สำนักงานตั้งอยู่เลขที่"; the managing partner's name
# and ID read right, the proxy's never); docx_quotation_table full_name 2 (the owner only
# in brackets under "ผู้เสนอราคา ...", over "เจ้าของกิจการ"); pdf_fillable_vendor_bank_form
# national_id v1 (the person's 13 digits in the field tax_id, as a comb);
# xlsx_quotation_sheet national_id 2 (the row "เลขประจำตัวผู้เสียภาษี"; her name not
# scored, n/a); xlsx_billing_statement address, postal code, province 2 each (the head
# row "สำนักงาน").
# Right everywhere else: every juristic number and tax ID never a national_id (the
# director's own ID taken where given), bank accounts, e-GP project, contract, invoice and
# guarantee numbers never an ID or a phone, the site engineers (licence, mobile) never,
# the proxies' and coordinators' IDs and mobiles never, the officer of the forwarded LINE
# chat and of the quoted Gmail mail never, the winning bidder and its director in the
# appeal never, the Thai digits of the letterhead letter, the accountant who signs for the
# company.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO). Doubts: the ใบวางบิล's two signatures (the convention
# names the ผู้มีอำนาจลงนาม; a reader taking the ผู้วางบิล with a flag would be as fair);
# a staff member who signs a body's letter is its applicant here (set 28), where sets
# 56/60 would take no one.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down to 3 decimals.
# After stop 51's fix101 (rules by kind, each with a unit test on made-up text): 279/282
# right (0.989), none flagged, none silent, 3 missing (282 fields: xlsx_quotation_sheet
# now read under a template with a name field, its two names right). By kind: plain
# 70/70, HTML 58/58, Word 56/56, PDF 55/56 (0, 0, 1), sheet 40/42 (0, 0, 2).
# - signature lines stacked first, then as many bracketed names: the n-th name the n-th
#   signature's (stacked_signatures): pdf_typed_billing_note, the two silent
#   (test_stacked_signatures).
# - a province inside an office's name (องค์การบริหารส่วนจังหวัด..., สำนักงาน...จังหวัด...)
#   below any other (office_province) (test_office_province).
# - a seller's paper naming the agency or a firm as its customer (ลูกค้า, ผู้ซื้อ,
#   เสนอราคาต่อ, Bill to): that block set behind, the seller's head line read (buyers_block)
#   (test_buyers_block); ผู้เสนอราคา, เจ้าของกิจการ label a name (fields.toml).
# - an HTML signature row of one filled cell is written a paragraph a line (html_text)
#   (test_html_signature_table); สำนักงาน(ตั้งอยู่(เลขที่)) labels an office
#   (business_labels) (test_permit_parties).
# Left: a person's 13-digit ID written as her tax ID (เลขประจำตัวผู้เสียภาษี; sheet x2,
# a fillable field tax_id): reading it as national_id cost sets 77 and 81 two silent
# phones, withdrawn.
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "pdf_fillable_vendor_bank_form": 0.928,
    "xlsx_quotation_sheet": 0.857,
}
SILENT_NOW = 0 / 282  # first sight: two (pdf_typed_billing_note full_name 2)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 280 at first sight, none after fix101: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
