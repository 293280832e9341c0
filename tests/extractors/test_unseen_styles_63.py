"""Accuracy on a sixty-third set of requests written by others (issue 8): REQUESTS SENT BY
SOMEONE FOR SOMEONE ELSE, to เทศบาลนครหาดใหญ่, อบต.คอหงส์ and the ที่ว่าการอำเภอหาดใหญ่
(Songkhla). A lawyer (ทนายความ, his licence ใบอนุญาตเลขที่ 12847/2548, his office's address,
line, mobile and box) asking copies of documents for a client; a company's ผู้รับมอบอำนาจ
(the company's registration number, the director who grants the power and his ID, the
proxy's own ID and mobile); a son in Bangkok writing for his bedridden father (the father's
ID and birth date, the son's ID, condo, phone and box); a temple's ไวยาวัจกร writing for the
temple, and the temple's own letter signed by the abbot (his title name, own name and
ฉายา); a foreign wife's requests written by her Thai husband (her Thai and passport names,
passport, birth date in passport style, his ID and phone); a request for one's own records
under พ.ร.บ.ข้อมูลข่าวสารของราชการ มาตรา 25 (a daughter named to collect, her ID); a
caretaker for a person with a disability (the บัตรประจำตัวคนพิการ's number, her own ID,
home elsewhere, phone).
Plain: a lawyer's phone mail, a son's Yahoo mail for his father's ID card made at home, an
information-act request from webmail, a husband's mail adding his foreign wife to ทร.13, a
caretaker's Outlook-for-Android mail. HTML: a lawyer's Gmail (client's lines as a list), a
company's Outlook from its general box (the proxy's signature), a law firm's mail whose
signature is a logo table, a ไวยาวัจกร's Gmail for a sala's permit, a husband's Gmail table
(the wife's rows, then his). Word: a father's หนังสือมอบอำนาจ to his son, a lawyer's letter
on letterhead to the district chief, a company's หนังสือมอบอำนาจ (ภ.ป.1), the temple's
letter signed by the abbot. PDF: the city's fillable information request (a proxy section,
empty or filled), a lawyer's typed letter (his block top left), a son's or daughter's typed
letter to the district chief (the writer's block top right), the อบต.'s fillable disability
allowance form (fields named disabled_* and carer_*). Sheets: a law firm's list of
documents wanted (its head block, the client's rows), a caretaker's yearly check sheet (the
disabled person's row above the caretaker's).

unseen_requests_63.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 59 and 60, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style). The rulings followed are those of sets
28 (the person who asks; the natural person who signs for a company), 31 (the elder or
disabled person, not the payee or caregiver; the villager, not the headman who files for
him), 37 (a mother whose letter gives only her son's phone expects no phone, the son's
only with a flag) and 56/60 (a firm: the director who signs for it, else no name or ID);
set 20's powers of attorney hold the same shape. So the APPLICANT IS THE ONE THE REQUEST IS
FOR, never who sends it: the client, not the lawyer; the father, not the son; the foreign
wife, not the husband (her passport is no ID: national_id `()`); the person with a
disability, not the caretaker (her card's number is her 13-digit ID); the ผู้มอบอำนาจ, not
the ผู้รับมอบอำนาจ. Where only the sender's phone or box appears, phone and e-mail are `()`
(no value, or a flagged one, is right; the sender's unflagged is silent). A company: the
director who grants the power (his name and ID), the company's office, line and general
box; the proxy's name, ID, mobile never. A temple: the abbot who signs its letter (his
title name, with or without his own name and ฉายา in brackets; no ID given: `()`); where
the ไวยาวัจกร writes and signs, no name or ID (`()`); address and phone the temple's place
and line (the ไวยาวัจกร's mobile also accepted as its contact); no e-mail scored. Address:
where the applicant lives, never the lawyer's office, the son's condo, the caretaker's
home, the proxy's. Licence, registration, passport, case, deed, permit and complaint
numbers are never an ID or a phone; birth date only the applicant's. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_63 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_63.py -s -p
# no:randomly, set at 81a9269 on main's 0d4d971), 20 styles, 40 requests, 296 fields of
# which 290 scored: 218/290 right (0.752), 47 wrong flagged, 17 wrong without a flag
# (5.862%), 8 missing, 6 n/a (birth_date 4: plain_info_act_own_records and
# pdf_fillable_info_request read as foi_request, which has none; full_name 2:
# html_outlook_company_proxy read as document_request); 172 of the right values flagged
# for a look. By kind of input (right/fields; flagged, silent, missing): plain 56/76 (20,
# 0, 0), HTML 59/68 (3, 0, 6), Word 42/56 (7, 5, 2), PDF 45/60 (7, 8, 0), sheet 16/30 (10,
# 4, 0). Every miss, all seventy-two:
# Silent, 17:
# - the lawyer's contacts as the client's: docx_lawyer_letterhead email 2 (the
#   letterhead's "อีเมล kittisak.law@gmail.com", "paweena@pw-law...") and phone v2 (the
#   letterhead's line 074-212-660); pdf_typed_lawyer_letter phone 2 (his office's line in
#   his block top left, 074-212-660 / 074-354-218); xlsx_lawfirm_document_list phone 2
#   and email 2 (the firm's head block: the lawyer's มือถือ and box).
# - the caretaker's section of a fillable form: pdf_fillable_disability_caretaker
#   national_id 2 and phone 2 (carer_id 3901100955131, carer_phone 080-661-2947; the
#   disabled person's name, card number as a comb, birth date and address read right).
# - the writer of a typed letter for his father: pdf_typed_son_district_letter full_name
#   2 (the son, the daughter who write as ข้าพเจ้า and sign).
# - a signature line's caption as a name: docx_company_poa full_name 2 ("ลงชื่อ
#   ผู้รับมอบอำนาจ", from "ลงชื่อ....ผู้รับมอบอำนาจ").
# Flagged, 47:
# - the sender named as the applicant: plain_lawyer_copies_phone full_name 2,
#   html_lawfirm_logo_signature full_name v1, docx_lawyer_letterhead full_name 2,
#   pdf_typed_lawyer_letter full_name 2 (run on: "<lawyer> ทนายความของ <client>"),
#   xlsx_lawfirm_document_list full_name 2 (the lawyer); plain_son_bedridden_father
#   full_name 2 (the son); plain_husband_for_foreign_wife full_name 2 (the husband);
#   plain_caretaker_disability full_name 2, xlsx_caretaker_allowance_sheet full_name 2
#   (the caretaker).
# - the sender's other values: plain_son_bedridden_father address, postal code, province
#   2 each (the son's Bangkok condo, his Nonthaburi home); plain_caretaker_disability
#   national_id, address, postal code 2 each and xlsx_caretaker_allowance_sheet the same
#   (the caretaker's ID and Phatong home, 90230); pdf_typed_son_district_letter
#   national_id 2 (the writer's ID; v1's wrapped across lines), address, postal code,
#   province v1 (the son's block top right, "9 ตำบลบางแม่นาง อำเภอบางใหญ่" cut after its
#   ซอย's number, Nonthaburi 11140); docx_lawyer_letterhead address 2 and postal code v1
#   (the letterhead's office).
# - a company's proxy: html_outlook_company_proxy phone 2 (the proxy's มือถือ beside the
#   company's line in her signature); docx_company_poa address 2 (the proxy's home, 52/4
#   หมู่ที่ 8 ทุ่งตำเสา, not the company's office).
# Missing, 8: html_outlook_company_proxy address 2 (the office in prose after
# "สำนักงานตั้งอยู่เลขที่"); html_gmail_temple_waiyawatchakon address 2, postal code and
# province v2 (the temple's place after "ตั้งอยู่เลขที่", short form in v2);
# docx_temple_abbot_letter full_name 2 (the abbot's title name in brackets over
# "เจ้าอาวาส...").
# Right everywhere else: the lawyer's Gmail list (the client's lines), the husband's
# Gmail table (the wife's names, birth date; his rows never hers), the information-act
# requests (plain and fillable, the daughter who collects never), the father's
# หนังสือมอบอำนาจ to his son (the ผู้มอบอำนาจ's values), the company's registration
# number and the directors' IDs, passports, licence, case and permit numbers never an ID
# or a phone, the temple's line.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO).
# After fix63 (acting_for: a lawyer's client, the one "ได้รับมอบอำนาจจาก" names, the one
# "ยื่นเรื่องแทน<name>" names; a grown child's own line about a parent and a lawyer's block
# a proxy's; the writer's contacts in a part about another flagged; a fillable form's
# carer_* fields a proxy's; "ลงชื่อ....ผู้รับมอบอำนาจ" no name): 246/290 right (0.848), 36
# wrong flagged, 0 silent, 8 missing. By kind: plain 63/76 (13, 0, 0), HTML 60/68 (2, 0,
# 6), Word 52/56 (2, 0, 2), PDF 51/60 (9, 0, 0), sheet 20/30 (10, 0, 0). Left: the son's
# plain mail and typed letter (his name, condo or block top right, flagged; the father's
# lines under "ชื่อบิดา" are not taken), the husband's name over his foreign wife's, the
# caretaker's home in prose, her sheet's row over the disabled person's (the roles
# "คนพิการ"/"ผู้ดูแล" name no asker), the carer's ID beside a card number no label of ours
# reads (เลขประจำตัวคนพิการ), the proxy's mobile and home for a company's, the office's
# and temple's place after "(สำนักงาน)ตั้งอยู่เลขที่" and the abbot's name (missing).
# Floors: each style below 0.99 at its accuracy after fix63, rounded down; silent held at
# none (one fails).
FLOORS: dict[str, float] = {
    "plain_son_bedridden_father": 0.5,
    "plain_husband_for_foreign_wife": 0.875,
    "plain_caretaker_disability": 0.812,
    "html_outlook_company_proxy": 0.666,
    "html_gmail_temple_waiyawatchakon": 0.666,
    "docx_company_poa": 0.857,
    "docx_temple_abbot_letter": 0.833,
    "pdf_typed_son_district_letter": 0.562,
    "pdf_fillable_disability_caretaker": 0.875,
    "xlsx_lawfirm_document_list": 0.857,
    "xlsx_caretaker_allowance_sheet": 0.5,
}
SILENT_NOW = 0 / 290  # first sight seventeen; none after fix63

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Seventeen of 290 at first sight, none after fix63: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
