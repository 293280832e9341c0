"""Accuracy on a fifty-sixth set of requests written by others (issue 8): AN ORDINARY
WEEK OF A MUNICIPALITY'S REVENUE AND PERMITS DESK (กองคลัง / กองช่าง of เทศบาลเมืองหัวหิน):
land and building tax (โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง beside IDs and phones; the
bill's amount, due date, the date paid, a receipt's number), signboard tax (ภ.ป.1: signs'
sizes, the sign's place apart from the owner's), building and renovation permits (ข.1
for the อ.1, the designer's ภว., the site engineer's สย., the architect's ภ-สถ with their
phones, a contractor partnership's 13-digit number), food-shop licences (age but no
birth date on the desk's form; a birth date in a vendor's mail), owners in Bangkok,
Nonthaburi and Phetchaburi with a house or land in the town, ATTORNEYS (ผู้รับมอบอำนาจ)
writing and sending for owners, companies and limited partnerships as taxpayers (their
registration numbers opening 0, check digit valid), their directors, their accountant.
Plain: a Bangkok owner's tax question, an attorney's request with both parties' blocks,
a café's signs, the accountant asking a receipt in a company's name, a vendor's licence
renewal from a phone, an owner's renovation with designer, engineer and contractor.
HTML: a company's Outlook with a table of its lines and one of its signs, an agent's
Gmail chasing a permit, the town's e-service ภ.ด.ส.10 table from no-reply, the
accountant's Outlook asking a receipt reissued (old payer and new as columns), a
daughter's Gmail for her parent's licence. Word: the desk's ภ.ป.1 table filled for a
company (the director's ID and mobile below), the food-shop licence over dotted lines,
ข.1 typed by the owner's agent (his lines as ข้าพเจ้า, the owner's in a table), a
company's letterhead letter appointing an attorney. PDF: a fillable ภ.ด.ส.3 correction
(Thai field names, the ID as a comb), a fillable ภ.ป.1 (fields fill_1..fill_14), an
owner's letter and a power of attorney scanned with the scanner's text layer, a
company's permit renewal from Word. Sheets: the accountant's list of a client's plots,
a company's list of signs.

unseen_requests_56.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 53 and 54, the helpers they import
and the earlier sets' first docstrings). Conventions written down before measuring
(WHO and JURISTIC in the builder say them per style): the applicant is the one whose
request it is, the owner of the land, building or sign, the licensee; never the
attorney who writes or sends, the agent who fills the ข้าพเจ้า lines of ข.1, the
accountant, the daughter, the designer, engineer, architect or contractor. Where a
company or partnership is itself the taxpayer or owner, the writer first made IT the
applicant (its name the full_name, its registration number the national_id); RE-SCORED
under the project's documented convention (the lead's ruling; config/fields.toml's
full_name, set 28, extractors/juristic.py): full_name and national_id are a natural
person's. The director or managing partner who signs for it is the applicant (his name;
his ID where given, else `()`: no value or a flagged one right, as a juristic number
stands there); no one signs as director (an accountant or admin officer writes): both
`()`. Address, phone, e-mail: the company's registered office, office line, own box, and
the signing director's own where given (FIRM_SIGNER in the builder). Where the applicant
is a person, a juristic number (the contractor's) is never her ID. Address: the applicant's home or
the firm's registered office, never the taxed land, the site, the sign's place, the
stall, the shop, the branch, the attorney's home; with or without เลขที่, with or
without the province (as typed) and postal code; province and postal code of that
address. Phone and e-mail hers only where given (an attorney's, accountant's, the
daughter's, a no-reply box never); birth date only where the applicant's is given,
never a due, payment, notice or licence date. A deed's, parcel's, survey page's, ระวาง,
receipt, licence or permit number is never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style, per
kind of input and per kind of request.
"""

from __future__ import annotations

from ocr_sample import typed_and_half_the_scans
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_56 import KIND, REQUEST, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_56.py -s -p
# no:randomly, set at 93c2691 on main's 3c913b2), 22 styles, 44 requests, 294 fields
# scored: 229/294 right (0.779), 33 wrong flagged, 8 wrong without a flag (2.721%), 24
# missing, 0 n/a; 117 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 72/82 (6, 2, 2), HTML 52/66 (10, 0, 4),
# Word 33/54 (12, 6, 3), PDF 56/66 (5, 0, 5), sheet 16/26 (0, 0, 10). By kind of
# request: land tax 89/106 (14, 0, 3), signboard 62/92 (7, 6, 17), food licence 44/44,
# permit 34/52 (12, 2, 4). Every miss, all sixty-five:
# Silent, 8:
# - docx_signboard_form both variants (the desk's ภ.ป.1 as a Word table for a company,
#   rows "ชื่อผู้ประกอบการ/เจ้าของป้าย", "เลขประจำตัวผู้เสียภาษี/เลขทะเบียนนิติบุคคล", then
#   "ผู้ยื่นแบบ (กรรมการผู้มีอำนาจ)" and "เลขประจำตัวประชาชนผู้ยื่นแบบ"): full_name and
#   national_id read as the signing director's (นายสมเกียรติ อัศวโกวิท, 3100500199837).
# - docx_kh1_agent_form both (ข.1 typed by the owner's agent, "ข้าพเจ้า <agent> ...
#   เป็นตัวแทนเจ้าของอาคาร", the owner in a table under "เจ้าของอาคาร"): full_name the
#   agent's (นางสาวอรทัย ใจเย็น, นายชาตรี มีสุข).
# - plain_accountant_company both (the accountant writes for the company, its line under
#   "โทรศัพท์บริษัท:", her own mobile in her signature): phone the accountant's.
# Flagged, 33:
# - the attorney, agent or accountant for the applicant: plain_attorney_land_tax
#   full_name 2 (the owner's ID, address, phone right); html_gmail_agent_permit full_name
#   and phone 2 each; docx_kh1_agent_form national_id 2 (the agent's); pdf_scanned_poa v2
#   national_id (the attorney's, plain beside the owner's dashed one); plain_accountant_
#   company full_name 2; html_outlook_accountant_invoice phone 2 (hers).
# - the director for the company: html_outlook_accountant_invoice full_name and
#   national_id 2 each (the old receipt's payer column); docx_company_poa_letter
#   national_id 2; pdf_word_permit_renewal full_name 2 (his name under the sign-off).
# - the attorney in a company's letter: docx_company_poa_letter full_name and address 2
#   each (the appointed attorney's name and home).
# - a place not hers: plain_signboard_shop address 2 (the café's "9/4 หมู่ 5 ถนนเพชรเกษม
#   ต.ทับใต้ มีป้ายใหม่ 2 ป้าย", run on); docx_kh1_agent_form v1 address, postal code,
#   province and v2 address (the site "88 ตำบลหัวหิน อำเภอหัวหิน ในที่ดินโฉนด...").
# - pdf_fillable_pp1 address 2: the house number alone ("45/2", "200/15") from the
#   fields fill_3.. of an address in parts.
# Missing, 24: the company's registration number under "เลขประจำตัวผู้เสียภาษี" or
# "เลขทะเบียนนิติบุคคล" (plain_accountant_company 2, html_outlook_company_signs 2,
# pdf_word_permit_renewal 2, xlsx_company_signs 2); the company's office under
# "ที่ตั้งสำนักงานใหญ่" (html_outlook_company_signs 2); xlsx_company_signs full_name,
# address, postal code, province 2 each (labels in A, values in B, "ผู้ประกอบการ",
# "สำนักงานใหญ่"; its phone read); the company's own box that sends the file
# (docx_signboard_form v1, docx_company_poa_letter 2, pdf_word_permit_renewal 2);
# pdf_scanned_surcharge_letter v1 address (the sender's block top right over three
# lines, scanned with a text layer).
# First sight, re-scored under the project's convention (the lead's ruling above: the
# 7 company styles' full_name and national_id a signing director's or `()`; the readers
# unchanged, main's 3024016, same command): 253/294 right (0.861), 23 wrong flagged, 4
# wrong without a flag (1.361%), 14 missing. By kind of input: plain 76/82 (4, 2, 0),
# HTML 58/66 (6, 0, 2), Word 39/54 (10, 2, 3), PDF 60/66 (3, 0, 3), sheet 20/26 (0, 0,
# 6). By kind of request: land tax 95/106 (8, 0, 3), signboard 76/92 (5, 2, 9), food
# licence 44/44, permit 38/52 (10, 2, 2). What the ruling changed: docx_signboard_form's
# director read is right (silent 2 gone, national_id right), the company's number or
# name missing or read where `()` is right now no miss (plain_accountant_company,
# html_outlook_company_signs, html_outlook_accountant_invoice, pdf_word_permit_renewal,
# xlsx_company_signs); docx_company_poa_letter's national_id (the director's) right, its
# full_name still the attorney's (flagged, now wanting the director's);
# pdf_word_permit_renewal's full_name (the director's) right.
# One builder slip mended after first sight (as set 28's as_asked): pdf_fillable_pp1
# prints no ซอย box, so the address its boxes give lacks the soi of a Bangkok owner's
# address; that one is accepted too (first-sight figures unchanged: the house number
# alone was read, wrong either way).
# Right everywhere else: owners in Bangkok, Nonthaburi, Phetchaburi (their homes, never
# the taxed land); deeds, parcels, survey pages, ระวาง, receipts, licences, amounts
# never an ID or a phone; due, payment and notice dates never a birth date; the
# e-service table, the fillable ภ.ด.ส.3 (Thai field names, ID as a comb), food-shop
# licences (dotted lines, the daughter's Gmail: her phone and box never taken), the
# accountant's sheet of a client's plots (client read, accountant never), the scanned
# power of attorney's owner (name, address, phone) and the contractor's juristic number
# never an ID. No builder slips found: each miss's value was printed and read back
# against the conventions (the builder's WHO and JURISTIC).
# Fixes (unit tests in test_shapes_56.py, examples written afresh; extractors/
# acting_for.py, body_form.py, prose.py, address_parts.py): the
# writer naming himself the attorney or agent on his ข้าพเจ้า line ("ข้าพเจ้า <name> [ID]
# ผู้รับมอบอำนาจ", "... เป็นตัวแทนเจ้าของอาคาร") marks that line a proxy's, and a heading
# with the owner's role he names ("เจ้าของอาคาร") is then the applicant's part, not
# another's; a writer who says she keeps another's books ("ดิฉันเป็นผู้ทำบัญชีของ ...")
# makes her signature's lines no one's; a place that "ตั้งอยู่ที่" (a shop's) is kept as
# another's address, below her home; a form box captioned "ที่อยู่ เลขที่" holding a
# house number alone joins the area boxes of its source; the name, ID, home and phone
# after "มอบอำนาจให้" are the appointed attorney's, kept at 0.4, below any other reading.
# After them (same command): 273/294 right (0.929), 7 wrong flagged, 0 wrong without a
# flag (0.000%), 14 missing. By kind of input: plain 82/82, HTML 58/66 (6, 0, 2), Word
# 51/54 (0, 0, 3), PDF 62/66 (1, 0, 3), sheet 20/26 (0, 0, 6). By kind of request: land
# tax 101/106 (2, 0, 3), signboard 82/92 (1, 0, 9), food licence 44/44, permit 46/52 (4,
# 0, 2). Tried and taken back: "ที่ตั้งสำนักงานใหญ่"/"สำนักงานใหญ่" as address labels
# read the company's office (8 more right here) but over set 28's signing director's
# own home (docx_hazard_license_company, 6 flagged there): the two sets' conventions on a
# company's address differ (set 28: the signer's; set 56's ruling: either).
# Left: html_gmail_agent_permit full_name and phone 2 each (the agent
# writing "ผมเป็นผู้รับมอบอำนาจ..." with the owner under "เจ้าของอาคาร:", his own
# "ติดต่อกลับผมได้ที่เบอร์" and signature: flagged); html_outlook_accountant_invoice phone
# 2 (the accountant's Mobile in her Outlook signature, the firm's line only in a
# sentence: flagged); pdf_scanned_poa v2 national_id (the attorney's plain ID in the
# scanner's text layer: flagged); pdf_scanned_surcharge_letter v1 address (the sender's
# block top right, missing); the company's role boxes that send the file (admin@,
# account@: missing, 5); the company's office under "ที่ตั้งสำนักงานใหญ่" (HTML table) and
# "สำนักงานใหญ่" (a sheet's column A) with its postal code and province (missing, 8).
# Floors: each style below 0.99 at its accuracy after the fixes, rounded down; silent
# held at none (first sight: each below 0.99 at its first-sight accuracy, silent 8, 4
# re-scored).
FLOORS: dict[str, float] = {
    "html_outlook_company_signs": 0.857,
    "html_gmail_agent_permit": 0.666,
    "html_outlook_accountant_invoice": 0.833,
    "docx_signboard_form": 0.928,
    "docx_company_poa_letter": 0.857,
    "pdf_scanned_surcharge_letter": 0.928,
    "pdf_scanned_poa": 0.916,
    "pdf_word_permit_renewal": 0.857,
    "xlsx_company_signs": 0.571,
}
SILENT_NOW = 0 / 294  # after fix56 (8 at first sight, 4 re-scored under the convention)

# The styles read by OCR (style -> family): `make test` reads half of each family,
# `make test-ocr-all` all of them (ocr_sample.py).
SCANNED = {
    "pdf_scanned_surcharge_letter": "scan",
    "pdf_scanned_poa": "scan",
}
HELD_OUT = HeldOutSet(build_set, FLOORS, typed_and_half_the_scans(SCANNED))


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    print("\n" + by_kind(HELD_OUT.table, REQUEST))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 294 after fix56 (4 at first sight re-scored under the convention, 8 as
    # first scored): held there, so one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
