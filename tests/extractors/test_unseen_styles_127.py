"""Accuracy on a hundred-and-twenty-seventh set of requests written by others (issue 8):
ELECTRICITY, SOLAR ROOFTOPS, POLES AND CABLES, to เทศบาลนครนครปฐม, เทศบาลเมืองราชบุรี and
the อบต. of Samut Songkhram (บางขันแตก, ลาดใหญ่, แควอ้อม, ปลายโพงพาง, บางนกแขวก). A house
owner notifying a solar rooftop (the installer company and its tax number, its engineer
with his licence สฟก./ภฟก., his ID and mobile, a civil engineer's ภย. certificate; the PEA
account CA of 12 digits, a 10-digit meter number, kWp, the cost), also sent by the
installer's engineer for her; asking to move a power pole (a contractor's quotation with
its tax number, line, foreman's mobile, amounts, a bank account) or trim trees near the
wires (pole numbers such as นฐ.03/117, a PEA report number); complaints about hanging
telecom cables (NT, TRUE, a crew's number, tickets); a shop asking for a street light (its
worker named with his phone); a condominium's manager (his ID in one, none in the other);
a tenant writing for the owner who works in Japan (his own ID and phone beside hers).
Plain: iPhone, the installer's mail, a LINE chat forwarded, a tenant's mail, Android Gmail.
HTML: Gmail with a quoted quotation, Outlook (a condo's manager), a web form's
notification, a reply over the clerk's quoted mail. Word: a notification form (the
engineer's block), a letter with a quotation table, a condo's letter, a petition with
co-signers. PDF: fillable (owner_*/installer_*/engineer_*, applicant_*/contractor_*),
typed (a shop's letter, an owner's letter with the engineer's certificate). Sheets: an
installer's data sheet, a contractor's quotation, a complaint log of poles.

unseen_requests_127.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63,
37 and 56/60: the APPLICANT is the house's owner who notifies or asks (also where the
installer's engineer or her tenant writes for her: her phone and box `()` where only
theirs appear; the tenant gives her own Thai mobile, so that one is hers); the one who
signs a complaint, petition or a shop's letter; for a condominium its manager who signs
(his ID where given, else `()`), the condo's place, line and box. The installer, its
engineer, the civil engineer, the contractor and his foreman, the neighbours, co-signers,
operators' crews, the shop's worker, the clerk quoted never. CA, meter, pole, licence,
quotation, tax, ticket and account numbers, kW and amounts are never an ID or a phone;
birth date only the applicant's, only where written. Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_127 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_127.py -s -p
# no:randomly, set at 2dbe975 on d4e3b1c), 20 styles, 40 requests, 286 fields of which 284
# scored: 270/284 right (0.951), 4 wrong flagged, 2 wrong without a flag (0.704%), 8
# missing, 2 n/a (both in plain_android_cable_complaint, one per variant; the table does
# not name the field: birth_date, the one field a complaint's template may well not
# collect, is my guess, not read); 190 of the right values flagged for a look. By kind of
# input (right/fields; flagged, silent, missing), summed from the per-style table: plain
# 67/69 (0, 0, 2), HTML 55/57 (0, 0, 2), Word 57/57 (0, 0, 0), PDF 59/59 (0, 0, 0),
# sheet 32/42 (4, 2, 4). Every miss, all fourteen:
# Silent, 2: xlsx_quotation_sheet full_name 2 ("นายชัยยา เรืองฤทธิ์", the contractor's
#   ผู้เสนอราคา in the quotation's head block, with his มือถือ, over the customer's
#   "ลูกค้า" row: the owner who sends the sheet with her request is the applicant).
# Flagged, 4: xlsx_quotation_sheet phone 2 (the foreman's mobile 081-776-0349, not the
#   customer's "โทรลูกค้า" row); xlsx_installer_data_sheet phone 2 (the installer's
#   engineer's มือถือ in the head row, 081-884-2216 / 089-441-0637, not the owner's
#   "โทรศัพท์" row).
# Missing, 8: plain_installer_for_owner address 2 (the owner's home after "สถานที่ติดตั้ง
#   (บ้านเจ้าของ):"; her name, ID, birth date read right, the engineer's ID, mobile and
#   box never taken without a flag); html_outlook_condo_manager address 2 (the condo's
#   place after "<condo> ตั้งอยู่เลขที่", as sets 63 and 84's offices and schools);
#   xlsx_installer_data_sheet full_name 2 (the owner's row "เจ้าของ/ผู้ใช้ไฟฟ้า");
#   xlsx_quotation_sheet email 2 (the owner's own From box, not taken once the foreman
#   was read as the applicant).
# Right everywhere else: the CA (12 digits), 10-digit meter numbers, pole numbers, kWp,
# licences (สฟก., ภฟก., ภย.), tax numbers, tickets and amounts never an ID or a phone; the
# installer's engineer's ID and mobile never the owner's (the mail, the Word form, the
# fillable PDF); the tenant's name, ID and phone never the owner's (her own Thai mobile
# read); the LINE chat's neighbour, the petition's co-signers, the shop's worker, the
# clerk quoted, the contractor in the Gmail quote, the Word quotation table and the
# fillable contractor_* fields never; both condo managers (his ID, her none).
# No builder slips found: each miss's value was read back against the conventions (the
# builder's WHO): every expected value is written in the mail (the From box for email).
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's two.
# After stop 56's fixes (fix127; rules by kind, each with a unit test on made-up text):
# 284/284 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 69/69, HTML 57/57,
# Word 57/57, PDF 59/59, sheet 42/42.
# - A firm's quotation or data sheet sent by its customer: where its first block is the
#   firm's and a row gives a person by a customer word (ลูกค้า, ผู้ว่าจ้าง, ผู้ใช้ไฟฟ้า,
#   เจ้าของ/ผู้ใช้ไฟฟ้า), the firm's head block is set behind and her name read at 0.7,
#   flagged (new customers_row; role_words.CUSTOMER; test_firms_paper_customer).
# - A place noted as its owner's home ("สถานที่ติดตั้ง (บ้านเจ้าของ)") is the home address,
#   as "(บ้านตัวเอง)" is (labels._OWN_HOME, test_place_noted_owners_home).
# - "ตั้งอยู่เลขที่" after a condominium's or estate's manager or chair who writes, or after
#   "ด้วยนิติบุคคลอาคารชุด...", gives the address (prose._BODY_WRITES,
#   test_place_of_who_writes).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = (
    0 / 284
)  # after stop 56; 2 at first sight: the contractor's foreman as the quotation's sender

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 284 at first sight (xlsx_quotation_sheet's foreman).
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
